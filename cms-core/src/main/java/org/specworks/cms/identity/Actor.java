package org.specworks.cms.identity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.specworks.cms.shared.PermissionDeniedException;

/**
 * Who is acting, with what roles and reviewer groups. Every core service that changes something
 * takes one and checks it, so a request that skips the admin screens is refused exactly as a click
 * would be. The web tier builds it from the signed-in account, never from request input.
 */
public record Actor(String username, Set<Role> roles, SortedSet<String> groups)
    implements Serializable {

  /** The system itself: seed import and other unattended work. */
  public static final Actor SYSTEM =
      new Actor("system", EnumSet.allOf(Role.class), new TreeSet<>());

  public Actor {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    groups = new TreeSet<>(groups);
  }

  /**
   * Someone known only by name: for recording consequences of their action, never for permission
   * checks.
   */
  public static Actor named(String username) {
    return new Actor(username, EnumSet.noneOf(Role.class), new TreeSet<>());
  }

  public static Actor of(StaffAccount account) {
    return new Actor(account.username(), account.roles(), new TreeSet<>(account.groups()));
  }

  public boolean inGroup(String group) {
    return groups.contains(group);
  }

  /**
   * Whether the permission policy lets this actor do {@code what}; for screens that show or hide
   * actions.
   */
  public boolean may(Permission what) {
    return what.grantedToAnyOf(roles);
  }

  /** Refuses unless the permission policy lets this actor do {@code what}. */
  public void require(Permission what) {
    if (!may(what)) {
      throw new PermissionDeniedException(
          username
              + " may not "
              + what.action()
              + ": that needs the role "
              + describe(what.roles())
              + ".");
    }
  }

  private static String describe(Set<Role> anyOf) {
    StringBuilder text = new StringBuilder();
    List<Role> roles = List.copyOf(anyOf);
    for (int i = 0; i < roles.size(); i++) {
      text.append(i == 0 ? "" : i == roles.size() - 1 ? " or " : ", ").append(roles.get(i));
    }
    return text.toString();
  }
}
