package org.specworks.cms.web.admin.users;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.workflow.ReviewStaffing;

/** How the account forms read what an administrator chose, and what they are told after. */
final class AccountForms {

  private AccountForms() {}

  /** The chosen groups; none when nothing was chosen. */
  static Set<String> groupNames(List<String> chosen) {
    return chosen == null ? Set.of() : new TreeSet<>(chosen);
  }

  /**
   * After an account changed: every review step nobody can decide on now, as a warning, so the
   * administrator sees at once that a group was left without an active member.
   */
  static void flagUnstaffedSteps(ReviewStaffing staffing) {
    staffing.unstaffedSteps().forEach(step -> Messages.warnText(step.message()));
  }
}
