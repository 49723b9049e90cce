package org.specworks.cms.insights;

import java.util.List;
import org.specworks.cms.insights.internal.WeeklyCount;

/** Turns the queries' sparse weekly counts into one number per week of a window. */
final class Weekly {

  private Weekly() {}

  /** Per week, the sum of the counts of every key; weeks outside the window are left out. */
  static long[] totals(InsightWindow window, List<WeeklyCount> counts) {
    return totals(window, counts, null);
  }

  /** Per week, the counts of one key only ({@code null}: of every key). */
  static long[] totals(InsightWindow window, List<WeeklyCount> counts, String key) {
    long[] totals = new long[window.weeks()];
    for (WeeklyCount count : counts) {
      int position = window.position(count.week());
      if (position >= 0 && (key == null || key.equals(count.key()))) {
        totals[position] += count.count();
      }
    }
    return totals;
  }
}
