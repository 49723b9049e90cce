package org.specworks.cms.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What an administrator looks for in the audit trail; every part is optional and the parts combine.
 *
 * @param actor exact user name (as recorded, lower case)
 * @param action an action id such as {@code workflow.approve}, or a feature prefix such as {@code
 *     identity.}
 * @param pathContains part of the item's path
 * @param from entries at or after this instant
 * @param until entries before this instant
 */
public record AuditFilter(
    Optional<String> actor,
    Optional<String> action,
    Optional<String> pathContains,
    Optional<Instant> from,
    Optional<Instant> until) {

  public static final AuditFilter EVERYTHING =
      new AuditFilter(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public AuditFilter {
    actor = actor.map(String::strip).filter(text -> !text.isEmpty());
    action = action.map(String::strip).filter(text -> !text.isEmpty());
    pathContains = pathContains.map(String::strip).filter(text -> !text.isEmpty());
  }
}
