package org.specworks.cms.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.specworks.cms.content.RevisionContent;

/** Which version of a policy is in effect on a day, and when that changes. */
class PolicyTimelineTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  /**
   * Each row: the versions' effective dates oldest first ('-' for none), then the version in
   * effect, the announced one (0: none) and when the page must be composed again ('-': never).
   */
  @ParameterizedTest(name = "{0} → in effect {1}, next {2}, changes at {3}")
  @CsvSource({
    "'-',                                1, 0, -",
    "'2026-01-01',                       1, 0, -",
    "'2026-12-04',                       1, 0, -",
    "'-, 2027-01-01',                    1, 2, 2027-01-01T00:00:00Z",
    "'2026-01-01, 2027-01-01',           1, 2, 2027-01-01T00:00:00Z",
    "'2026-01-01, 2027-01-01, 2027-02-01', 1, 2, 2027-01-01T00:00:00Z",
    "'2026-01-01, 2026-06-01, 2027-02-01', 2, 3, 2027-02-01T00:00:00Z",
    "'2027-01-01',                       1, 0, 2027-01-01T00:00:00Z",
    "'2026-01-01, not-a-date',           2, 0, -",
    "'2027-03-01, 2026-06-01',           2, 0, -",
  })
  void theNewestVersionWhoseDayHasComeIsInEffect(
      String dates, int inEffect, int next, String changesAt) {
    List<PublishedVersion> all = new ArrayList<>();
    String[] each = dates.split(",");
    for (int i = 0; i < each.length; i++) {
      all.add(version(i + 1, each[i].strip()));
    }

    PolicyTimeline timeline = PolicyTimeline.of(all, TODAY);

    assertEquals(inEffect, timeline.current().version());
    assertEquals(next, timeline.next().map(PublishedVersion::version).orElse(0));
    assertEquals(
        changesAt.equals("-") ? Optional.empty() : Optional.of(Instant.parse(changesAt)),
        timeline.changesAt());
  }

  private static PublishedVersion version(int number, String effectiveDate) {
    return new PublishedVersion(
        "/omaspecworks/about/policies-terms-of-use/ipr-policy",
        number,
        number * 10L,
        Instant.parse("2026-01-01T00:00:00Z"),
        new RevisionContent(
            "IPR Policy",
            "",
            "",
            effectiveDate.equals("-") ? Map.of() : Map.of("effectiveDate", effectiveDate)));
  }
}
