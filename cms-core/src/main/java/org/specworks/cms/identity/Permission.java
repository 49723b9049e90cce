package org.specworks.cms.identity;

import static org.specworks.cms.identity.Role.ADMIN;
import static org.specworks.cms.identity.Role.EDITOR;
import static org.specworks.cms.identity.Role.REVIEWER;

import java.util.EnumSet;
import java.util.Set;

/**
 * The permission policy: what each role may do, in one table. Services refuse with {@link
 * Actor#require}; screens show or hide actions with {@link Actor#may}; both ask this table, so a
 * screen never offers what a service would refuse. (Reviewer groups and four-eyes decide who may
 * take a particular workflow step; that is the workflow's rule, on top of this one.)
 */
public enum Permission {
  CREATE_CONTENT("create content", EDITOR, ADMIN),
  /**
   * Saving, reverting, fixing live content, merging, autosave, uploads, list rows and their order.
   */
  EDIT_CONTENT("edit content", EDITOR, ADMIN),
  IMPORT_LISTS("import trademarks or IPR declarations", EDITOR, ADMIN),
  SUBMIT_FOR_REVIEW("submit content for review", EDITOR, ADMIN),
  COMMENT_ON_REVIEWS("comment on reviews", EDITOR, REVIEWER, ADMIN),
  DECIDE_ON_REVIEWS("approve or reject content", REVIEWER, ADMIN),
  /**
   * Publishing approved revisions, taking items off the site, and scheduling or cancelling either.
   */
  PUBLISH("publish content or take it off the site", REVIEWER, ADMIN),
  PUBLISH_WITHOUT_REVIEW("publish without review", ADMIN),
  COMPOSE_RELEASES("compose and submit releases", EDITOR, ADMIN),
  DECIDE_ON_RELEASES("approve or reject releases", REVIEWER, ADMIN),
  PUBLISH_RELEASES("publish or schedule releases", REVIEWER, ADMIN),
  REOPEN_RELEASES("reopen or cancel releases", EDITOR, REVIEWER, ADMIN),
  SHARE_PREVIEWS("share or withdraw preview links", EDITOR, REVIEWER, ADMIN),
  /**
   * Everyone's review turnaround and waiting reviews on the dashboard; without it a person sees
   * only the reviews of what they submitted.
   */
  SEE_TEAM_REVIEW_INSIGHTS("see everyone's review turnaround", REVIEWER, ADMIN),
  MANAGE_ACCOUNTS("manage accounts", ADMIN),
  READ_AUDIT_LOG("read the audit log", ADMIN),
  CHANGE_WORKFLOWS("change workflows", ADMIN),
  EXPORT_ACCEPTANCES("export agreement acceptances", ADMIN),
  /** The whole CMS, password hashes included, as one archive. */
  EXPORT_ARCHIVE("export the whole CMS as an archive", ADMIN),
  /** Failing schedules and other operational problems on the dashboard. */
  WATCH_OPERATIONS("watch failing schedules", ADMIN);

  private final String action;
  private final Set<Role> roles;

  Permission(String action, Role first, Role... more) {
    this.action = action;
    this.roles = EnumSet.of(first, more);
  }

  /** Completes "… may not": for refusals. */
  public String action() {
    return action;
  }

  /** The roles that hold this permission. */
  public Set<Role> roles() {
    return EnumSet.copyOf(roles);
  }

  boolean grantedToAnyOf(Set<Role> held) {
    return held.stream().anyMatch(roles::contains);
  }
}
