package org.specworks.cms.insights;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.insights.internal.WeeklyCount;

/**
 * One week of publishing: new public versions per content type (a release counts once per item it
 * publishes), and how many releases and urgent fixes (publications without review) went live.
 */
public record PublishingWeek(
    LocalDate week, Map<ContentType, Long> byType, long releases, long urgentFixes)
    implements Serializable {

  public PublishingWeek {
    byType = Map.copyOf(byType);
  }

  public long published(ContentType type) {
    return byType.getOrDefault(type, 0L);
  }

  public long total() {
    return byType.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every week of the window, from per-type publication counts and release and fix counts. */
  static List<PublishingWeek> assemble(
      InsightWindow window,
      List<WeeklyCount> publicationsByType,
      List<WeeklyCount> releases,
      List<WeeklyCount> urgentFixes) {
    List<LocalDate> starts = window.weekStarts();
    List<Map<ContentType, Long>> types = new ArrayList<>();
    starts.forEach(start -> types.add(new EnumMap<>(ContentType.class)));
    for (WeeklyCount count : publicationsByType) {
      int position = window.position(count.week());
      if (position >= 0) {
        types.get(position).merge(ContentType.valueOf(count.key()), count.count(), Long::sum);
      }
    }
    long[] releasesPerWeek = Weekly.totals(window, releases);
    long[] fixesPerWeek = Weekly.totals(window, urgentFixes);
    List<PublishingWeek> weeks = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      weeks.add(
          new PublishingWeek(starts.get(i), types.get(i), releasesPerWeek[i], fixesPerWeek[i]));
    }
    return weeks;
  }
}
