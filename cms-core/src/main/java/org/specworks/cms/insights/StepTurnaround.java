package org.specworks.cms.insights;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.specworks.cms.insights.internal.TurnaroundRow;

/**
 * Review turnaround at one workflow step, week by week. A step's turnaround is the time from the
 * moment a review reached the step (its submission for the first step, the previous step's approval
 * for the others) to the step's decision, approval or rejection; it counts in the week of the
 * decision.
 */
public record StepTurnaround(String step, List<TurnaroundWeek> weeks) implements Serializable {

  /** Every week has decisions of no step. */
  public boolean isEmpty() {
    return weeks.stream().allMatch(week -> week.decisions() == 0);
  }

  /** One series per step, steps in alphabetical order, every week of the window present. */
  static List<StepTurnaround> assemble(InsightWindow window, List<TurnaroundRow> rows) {
    List<LocalDate> starts = window.weekStarts();
    Map<String, TurnaroundWeek[]> byStep = new TreeMap<>();
    for (TurnaroundRow row : rows) {
      int position = window.position(row.week());
      if (position < 0) {
        continue;
      }
      TurnaroundWeek[] weeks = byStep.computeIfAbsent(row.step(), step -> empty(starts));
      weeks[position] =
          new TurnaroundWeek(
              starts.get(position),
              row.decisions(),
              Optional.of(seconds(row.medianSeconds())),
              Optional.of(seconds(row.p90Seconds())));
    }
    List<StepTurnaround> series = new ArrayList<>();
    byStep.forEach((step, weeks) -> series.add(new StepTurnaround(step, List.of(weeks))));
    return series;
  }

  private static TurnaroundWeek[] empty(List<LocalDate> starts) {
    return starts.stream().map(TurnaroundWeek::none).toArray(TurnaroundWeek[]::new);
  }

  private static Duration seconds(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
