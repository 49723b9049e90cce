package org.specworks.cms.web.admin.schedules;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.specworks.cms.scheduling.Schedule;

/**
 * How schedule forms offer time zones and how screens show a due time: as the scheduler chose it.
 */
public final class ScheduleTimes {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

  private ScheduleTimes() {}

  /** The due time in the zone it was chosen in, e.g. "2026-12-01 09:00 Europe/Paris". */
  public static String describe(Schedule schedule) {
    return schedule.dueInZone().format(SHOWN) + " " + schedule.timeZone();
  }

  /** Every time zone the JDK knows, sorted by name. */
  public static List<String> zones() {
    return ZONES;
  }
}
