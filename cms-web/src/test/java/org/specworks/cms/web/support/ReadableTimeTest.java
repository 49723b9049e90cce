package org.specworks.cms.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReadableTimeTest {

  private static final Instant NOW = Instant.parse("2026-12-04T15:20:02.990422Z");
  private final ReadableTime berlin =
      new ReadableTime(Clock.fixed(NOW, ZoneOffset.UTC), "Europe/Berlin");

  @Test
  void anOlderMomentReadsAsDayTimeAndZone() {
    assertEquals("2 Dec 2026, 16:20 CET", berlin.of(Instant.parse("2026-12-02T15:20:02.990422Z")));
    assertEquals(
        "2 Jul 2026, 17:20 CEST",
        berlin.of(Instant.parse("2026-07-02T15:20:00Z").atOffset(ZoneOffset.UTC)));
  }

  @Test
  void aRecentMomentReadsRelative() {
    assertEquals("just now", berlin.of(NOW.minusSeconds(20)));
    assertEquals("1 minute ago", berlin.of(NOW.minusSeconds(61)));
    assertEquals("59 minutes ago", berlin.of(NOW.minusSeconds(59 * 60 + 5)));
    assertEquals("4 Dec 2026, 15:20 CET", berlin.of(NOW.minusSeconds(3600)));
  }

  @Test
  void aFutureMomentAndExactlyNeverReadRelative() {
    assertEquals("4 Dec 2026, 16:30 CET", berlin.of(NOW.plusSeconds(600)));
    assertEquals("4 Dec 2026, 16:19 CET", berlin.exactly(NOW.minusSeconds(60)));
  }

  @Test
  void noMomentReadsAsNothing() {
    assertEquals("", berlin.of(null));
  }
}
