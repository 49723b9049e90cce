package org.specworks.cms.web.admin.schedules;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.specworks.cms.scheduling.Schedule;

/**
 * How schedule forms offer time zones and how screens show a due time: as the scheduler chose it.
 */
public final class ScheduleTimes {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

  /** The zones staff schedule in most, offered first; every other zone follows. */
  static final List<String> COMMON =
      List.of(
          "UTC",
          "Europe/London",
          "Europe/Berlin",
          "Europe/Paris",
          "Europe/Helsinki",
          "America/New_York",
          "America/Chicago",
          "America/Denver",
          "America/Los_Angeles",
          "America/Sao_Paulo",
          "Asia/Kolkata",
          "Asia/Shanghai",
          "Asia/Seoul",
          "Asia/Tokyo",
          "Australia/Sydney");

  /** Region/City zones only: the JDK's aliases ("EST", "SystemV/…", "Etc/GMT+5") only confuse. */
  private static final List<String> OTHERS =
      ZoneId.getAvailableZoneIds().stream()
          .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
          .filter(id -> !COMMON.contains(id))
          .sorted()
          .toList();

  private static final DateTimeFormatter ZONE_ABBREVIATION =
      DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

  private ScheduleTimes() {}

  /** The due time in the zone it was chosen in, e.g. "1 Dec 2026, 09:00 CET (Europe/Paris)". */
  public static String describe(Schedule schedule) {
    return schedule.dueInZone().format(SHOWN) + " (" + schedule.timeZone() + ")";
  }

  /**
   * Time zones for a schedule form: the common ones first, then every other by name, each labelled
   * with its short name ("Europe/Berlin · CET"), for a menu with a search.
   */
  public static List<SelectItem> zones() {
    return List.of(group("Common time zones", COMMON), group("All time zones", OTHERS));
  }

  private static SelectItemGroup group(String label, List<String> ids) {
    SelectItemGroup group = new SelectItemGroup(label);
    group.setSelectItems(
        ids.stream()
            .map(id -> new SelectItem(id, id + " · " + shortName(id)))
            .toArray(SelectItem[]::new));
    return group;
  }

  private static String shortName(String id) {
    // The abbreviation in use today ("CET" in winter, "CEST" in summer), as people write it.
    return ZONE_ABBREVIATION.format(java.time.ZonedDateTime.now(ZoneId.of(id)));
  }
}
