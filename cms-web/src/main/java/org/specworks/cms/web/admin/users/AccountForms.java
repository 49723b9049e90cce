package org.specworks.cms.web.admin.users;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** How the account forms read what an administrator typed. */
final class AccountForms {

  private AccountForms() {}

  /** "legal, reviewers" or "legal reviewers" → {legal, reviewers}; blank → none. */
  static Set<String> groupNames(String typed) {
    if (typed == null || typed.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(typed.split("[,\\s]+"))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
