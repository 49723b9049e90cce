package org.specworks.cms.insights;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The weeks a chart covers: {@code weeks} calendar weeks (Monday 00:00 UTC to the next Monday), the
 * last one being the week of {@code now}, so the current week is shown as far as it has gone.
 */
public record InsightWindow(Instant start, Instant now, int weeks) {

  public static final int DEFAULT_WEEKS = 12;
  static final Duration WEEK = Duration.ofDays(7);

  public InsightWindow {
    if (weeks < 1) {
      throw new IllegalArgumentException("A window has at least one week.");
    }
  }

  /** The {@code weeks} weeks ending with the week of {@code now}. */
  public static InsightWindow endingAt(Instant now, int weeks) {
    LocalDate monday =
        LocalDate.ofInstant(now, ZoneOffset.UTC)
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(weeks - 1L);
    return new InsightWindow(monday.atStartOfDay(ZoneOffset.UTC).toInstant(), now, weeks);
  }

  /** The first day (a Monday) of each week, oldest first. */
  public List<LocalDate> weekStarts() {
    LocalDate first = LocalDate.ofInstant(start, ZoneOffset.UTC);
    return IntStream.range(0, weeks).mapToObj(first::plusWeeks).toList();
  }

  /**
   * Which week {@code index}, as the queries count it (whole weeks since {@code start}), stands
   * for; -1 if it lies outside the window.
   */
  int position(long index) {
    return index >= 0 && index < weeks ? (int) index : -1;
  }

  /** The window's start in seconds since the epoch, the origin the queries count weeks from. */
  public long startEpochSecond() {
    return start.getEpochSecond();
  }
}
