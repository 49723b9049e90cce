package org.specworks.cms.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InsightWindowTest {

  @Test
  void twelveWeeksEndWithTheWeekOfNowAndStartOnAMondayAtMidnightUtc() {
    // Thursday 3 December 2026, afternoon
    InsightWindow window = InsightWindow.endingAt(Instant.parse("2026-12-03T17:00:00Z"), 12);

    assertEquals(Instant.parse("2026-09-14T00:00:00Z"), window.start());
    assertEquals(12, window.weekStarts().size());
    assertEquals(LocalDate.of(2026, 9, 14), window.weekStarts().get(0));
    assertEquals(LocalDate.of(2026, 11, 30), window.weekStarts().get(11));
  }

  @Test
  void aMondayAtMidnightStartsItsOwnWeek() {
    InsightWindow window = InsightWindow.endingAt(Instant.parse("2026-11-30T00:00:00Z"), 1);

    assertEquals(Instant.parse("2026-11-30T00:00:00Z"), window.start());
  }

  @Test
  void weeksOutsideTheWindowHaveNoPosition() {
    InsightWindow window = InsightWindow.endingAt(Instant.parse("2026-12-03T17:00:00Z"), 12);

    assertEquals(-1, window.position(-1));
    assertEquals(0, window.position(0));
    assertEquals(11, window.position(11));
    assertEquals(-1, window.position(12));
  }
}
