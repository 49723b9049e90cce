package org.specworks.cms.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.specworks.cms.shared.InvalidInputException;

class AgeBucketTest {

  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  @Test
  void eachBucketHoldsItsLowerBoundAndNotItsUpperOne() {
    assertEquals(AgeBucket.UNDER_ONE_DAY, AgeBucket.of(Duration.ZERO));
    assertEquals(AgeBucket.UNDER_ONE_DAY, AgeBucket.of(Duration.ofHours(23).plusMinutes(59)));
    assertEquals(AgeBucket.ONE_TO_THREE_DAYS, AgeBucket.of(Duration.ofDays(1)));
    assertEquals(AgeBucket.ONE_TO_THREE_DAYS, AgeBucket.of(Duration.ofHours(71)));
    assertEquals(AgeBucket.OVER_THREE_DAYS, AgeBucket.of(Duration.ofDays(3)));
    assertEquals(AgeBucket.OVER_THREE_DAYS, AgeBucket.of(Duration.ofDays(40)));
  }

  @Test
  void theSubmissionTimesOfABucketAgreeWithItsAges() {
    for (Duration age :
        new Duration[] {
          Duration.ofHours(1), Duration.ofDays(1), Duration.ofHours(50), Duration.ofDays(3)
        }) {
      Instant submitted = NOW.minus(age);
      AgeBucket bucket = AgeBucket.of(age);
      assertTrue(!submitted.isAfter(bucket.submittedUntil(NOW)), age + " until");
      Optional<Instant> after = bucket.submittedAfter(NOW);
      assertTrue(after.isEmpty() || submitted.isAfter(after.get()), age + " after");
    }
    assertEquals(Optional.empty(), AgeBucket.OVER_THREE_DAYS.submittedAfter(NOW));
  }

  @Test
  void keysOfLinksParseAndUnknownOnesAreRefusedWithTheValidOnes() {
    assertEquals(AgeBucket.OVER_THREE_DAYS, AgeBucket.parse("gt3d"));
    assertEquals(AgeBucket.ONE_TO_THREE_DAYS, AgeBucket.parse("1to3d"));

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> AgeBucket.parse("forever"));
    assertEquals(
        "Unknown waiting time 'forever': use one of lt1d, 1to3d, gt3d.", refused.getMessage());
  }
}
