package org.specworks.cms.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every moment the admin shows, as a person reads it in their time zone: "2 Dec 2026, 16:20 CET",
 * and "5 minutes ago" within the last hour. The one formatter of the admin's screens, in views as
 * {@code #{readableTime.of(x)}}, in beans injected. The zone is {@code cms.admin.time-zone} (staff
 * accounts keep no zone of their own yet).
 */
@Named
@ApplicationScoped
public class ReadableTime implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss zzz", Locale.ENGLISH);
  private static final Duration RECENT = Duration.ofHours(1);

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "cms.admin.time-zone", defaultValue = "Europe/Berlin")
  private String zoneName;

  protected ReadableTime() {
    // for CDI
  }

  ReadableTime(Clock clock, String zoneName) {
    this.clock = clock;
    this.zoneName = zoneName;
  }

  /**
   * A moment as staff read it: relative within the last hour, else day, time and zone; empty for
   * none. Accepts {@link Instant}, {@link OffsetDateTime} and {@link ZonedDateTime}.
   */
  public String of(Object moment) {
    Instant at = instantOf(moment);
    if (at == null) {
      return "";
    }
    Duration ago = Duration.between(at, clock.instant());
    if (!ago.isNegative() && ago.compareTo(RECENT) < 0) {
      long minutes = ago.toMinutes();
      return minutes == 0 ? "just now" : minutes == 1 ? "1 minute ago" : minutes + " minutes ago";
    }
    return exactly(at);
  }

  /** Day, time and zone, never relative: for times in the future and for text that is kept. */
  public String exactly(Object moment) {
    Instant at = instantOf(moment);
    return at == null ? "" : DAY_AND_TIME.format(at.atZone(zone()));
  }

  /** The time of day with seconds, for "kept automatically at 16:20:02 CET". */
  public String clock(Instant at) {
    return at == null ? "" : TIME.format(at.atZone(zone()));
  }

  /** The zone staff read times in. */
  public ZoneId zone() {
    return ZoneId.of(zoneName);
  }

  private static Instant instantOf(Object moment) {
    if (moment == null) {
      return null;
    }
    if (moment instanceof Instant instant) {
      return instant;
    }
    if (moment instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (moment instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    throw new IllegalArgumentException("Not a moment in time: " + moment.getClass().getName());
  }
}
