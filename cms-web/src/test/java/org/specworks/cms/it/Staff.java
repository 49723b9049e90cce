package org.specworks.cms.it;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.identity.Role;

/** Actors for in-container tests, and fresh paths so tests never share items. */
public final class Staff {

  public static final Actor EDITOR = actor("edna", EnumSet.of(Role.EDITOR));
  public static final Actor OTHER_EDITOR = actor("otto", EnumSet.of(Role.EDITOR));
  public static final Actor REVIEWER =
      actor("rita", EnumSet.of(Role.REVIEWER), ReviewerGroups.REVIEWERS);
  public static final Actor EDITING_REVIEWER =
      actor("erik", EnumSet.of(Role.EDITOR, Role.REVIEWER), ReviewerGroups.REVIEWERS);
  public static final Actor COMMUNICATIONS =
      actor("cora", EnumSet.of(Role.REVIEWER), ReviewerGroups.COMMUNICATIONS);
  public static final Actor LEGAL = actor("lou", EnumSet.of(Role.REVIEWER), ReviewerGroups.LEGAL);
  public static final Actor ADMIN = actor("ada", EnumSet.of(Role.ADMIN));

  private Staff() {}

  public static Actor actor(String name, Set<Role> roles, String... groups) {
    return new Actor(name, roles, new TreeSet<>(Set.of(groups)));
  }

  /** A path no other test uses. */
  public static ContentPath freshPath(String prefix) {
    return ContentPath.of("/it/" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }
}
