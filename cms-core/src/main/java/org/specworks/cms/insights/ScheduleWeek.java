package org.specworks.cms.insights;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.specworks.cms.insights.internal.WeeklyCount;

/**
 * One week of scheduled work, by the week it finished: ran on time, ran late (the scheduling rule's
 * {@code Schedule.LATE_AFTER} or more after its due time), or failed after its last attempt.
 */
public record ScheduleWeek(LocalDate week, long onTime, long late, long failed)
    implements Serializable {

  /** The query's outcome keys. */
  public static final String ON_TIME = "on-time";

  public static final String LATE = "late";
  public static final String FAILED = "failed";

  public long total() {
    return onTime + late + failed;
  }

  static List<ScheduleWeek> assemble(InsightWindow window, List<WeeklyCount> outcomes) {
    long[] onTime = Weekly.totals(window, outcomes, ON_TIME);
    long[] late = Weekly.totals(window, outcomes, LATE);
    long[] failed = Weekly.totals(window, outcomes, FAILED);
    List<LocalDate> starts = window.weekStarts();
    List<ScheduleWeek> weeks = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      weeks.add(new ScheduleWeek(starts.get(i), onTime[i], late[i], failed[i]));
    }
    return weeks;
  }
}
