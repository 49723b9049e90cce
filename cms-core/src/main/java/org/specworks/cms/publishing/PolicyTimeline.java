package org.specworks.cms.publishing;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Which published version of a policy binds readers on a given day. Publishing a version with a
 * future effective date announces it; the version before it stays in effect until that date (from
 * 00:00 UTC). A version without an effective date takes effect when it is published.
 *
 * @param current the version in effect; the oldest version when none is in effect yet (nothing
 *     earlier applies, so it is the one to read and accept)
 * @param next the version that takes effect after {@code current}, if one is announced
 * @param today the day this was decided for
 */
public record PolicyTimeline(
    PublishedVersion current, Optional<PublishedVersion> next, LocalDate today)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Decides from every version, oldest first (as {@link PublishedVersions#of} lists them).
   *
   * @throws IllegalArgumentException if there is no version
   */
  public static PolicyTimeline of(List<PublishedVersion> all, LocalDate today) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("A policy that was never published has no timeline");
    }
    int current = 0;
    for (int i = all.size() - 1; i >= 0; i--) {
      if (effectiveDate(all.get(i)).map(day -> !day.isAfter(today)).orElse(true)) {
        current = i;
        break;
      }
    }
    Optional<PublishedVersion> next =
        current + 1 < all.size() ? Optional.of(all.get(current + 1)) : Optional.empty();
    return new PolicyTimeline(all.get(current), next, today);
  }

  /**
   * The day {@code version} takes effect, if its editor gave one (a malformed one counts as none).
   */
  public static Optional<LocalDate> effectiveDate(PublishedVersion version) {
    try {
      return version.effectiveDate().isBlank()
          ? Optional.empty()
          : Optional.of(LocalDate.parse(version.effectiveDate().strip()));
    } catch (DateTimeParseException malformed) {
      return Optional.empty();
    }
  }

  /** Whether {@code version} applies today or applied before: false for an announced one. */
  public boolean hasTakenEffect(PublishedVersion version) {
    return effectiveDate(version).map(day -> !day.isAfter(today)).orElse(true);
  }

  /**
   * When this decision stops being true without anything being published: the moment the current
   * version (if not yet in effect) or the next one takes effect. What shows this timeline must be
   * composed again then.
   */
  public Optional<Instant> changesAt() {
    Optional<LocalDate> day =
        hasTakenEffect(current)
            ? next.flatMap(PolicyTimeline::effectiveDate)
            : effectiveDate(current);
    return day.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
