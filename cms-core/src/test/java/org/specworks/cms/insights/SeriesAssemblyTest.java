package org.specworks.cms.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.insights.internal.TurnaroundRow;
import org.specworks.cms.insights.internal.WaitingRow;
import org.specworks.cms.insights.internal.WeeklyCount;

/** The queries' sparse rows become one value per week of the window, in a stable order. */
class SeriesAssemblyTest {

  private static final InsightWindow WINDOW =
      InsightWindow.endingAt(Instant.parse("2026-12-03T17:00:00Z"), 12);

  @Test
  void turnaroundHasEveryWeekPerStepWithGapsWhereNothingWasDecided() {
    List<StepTurnaround> series =
        StepTurnaround.assemble(
            WINDOW,
            List.of(
                new TurnaroundRow("Legal review", 11, 3, 7200, 12_960),
                new TurnaroundRow("Communications review", 0, 1, 1.5, 1.5),
                new TurnaroundRow("Legal review", 12, 9, 1, 1)));

    assertEquals(2, series.size());
    assertEquals("Communications review", series.get(0).step());
    StepTurnaround legal = series.get(1);
    assertEquals(12, legal.weeks().size());
    TurnaroundWeek last = legal.weeks().get(11);
    assertEquals(LocalDate.of(2026, 11, 30), last.week());
    assertEquals(3, last.decisions());
    assertEquals(Optional.of(Duration.ofHours(2)), last.median());
    assertEquals(Optional.of(Duration.ofMinutes(216)), last.p90());
    assertEquals(Optional.empty(), legal.weeks().get(10).median());
    assertEquals(
        Optional.of(Duration.ofMillis(1500)), series.get(0).weeks().get(0).median(), "rounded");
    assertFalse(legal.isEmpty());
  }

  @Test
  void waitingLeavesOutStepsWithNothingWaitingAndCountsEachBucket() {
    List<WaitingAtStep> waiting =
        WaitingAtStep.from(
            List.of(new WaitingRow("Review", 2, 0, 5), new WaitingRow("Legal review", 0, 0, 0)));

    assertEquals(1, waiting.size());
    assertEquals(5, waiting.get(0).count(AgeBucket.OVER_THREE_DAYS));
    assertEquals(0, waiting.get(0).count(AgeBucket.ONE_TO_THREE_DAYS));
    assertEquals(7, waiting.get(0).total());
  }

  @Test
  void publishingCountsTypesReleasesAndUrgentFixesPerWeek() {
    List<PublishingWeek> weeks =
        PublishingWeek.assemble(
            WINDOW,
            List.of(
                new WeeklyCount(3, "POLICY", 2),
                new WeeklyCount(3, "PAGE", 4),
                new WeeklyCount(-2, "PAGE", 100)),
            List.of(new WeeklyCount(3, "release", 1)),
            List.of(new WeeklyCount(11, "publishing.urgent-fix", 2)));

    assertEquals(12, weeks.size());
    assertEquals(6, weeks.get(3).total());
    assertEquals(2, weeks.get(3).published(ContentType.POLICY));
    assertEquals(1, weeks.get(3).releases());
    assertEquals(2, weeks.get(11).urgentFixes());
    assertEquals(0, weeks.get(0).total(), "a row before the window is left out");
  }

  @Test
  void schedulesSplitIntoOnTimeLateAndFailed() {
    List<ScheduleWeek> weeks =
        ScheduleWeek.assemble(
            WINDOW,
            List.of(
                new WeeklyCount(5, ScheduleWeek.ON_TIME, 4),
                new WeeklyCount(5, ScheduleWeek.LATE, 1),
                new WeeklyCount(6, ScheduleWeek.FAILED, 2)));

    assertEquals(new ScheduleWeek(LocalDate.of(2026, 10, 19), 4, 1, 0), weeks.get(5));
    assertEquals(2, weeks.get(6).failed());
    assertTrue(weeks.stream().mapToLong(ScheduleWeek::total).sum() == 7);
  }
}
