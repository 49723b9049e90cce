package org.specworks.cms.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of "now": services inject {@link Clock}. The clock follows the system clock, shifted by an
 * offset that only tests of time-driven behaviour (schedules) move: no screen, endpoint or configuration reaches
 * {@link #shift}, so in production the offset stays zero.
 */
@ApplicationScoped
public class ClockProducer {

  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  @Produces
  @ApplicationScoped
  Clock clock() {
    return new ShiftedClock(Clock.systemUTC(), offset);
  }

  /** Moves the application's "now" forward (or back) by {@code by}, on top of earlier shifts. */
  public void shift(Duration by) {
    offset.accumulateAndGet(by, Duration::plus);
  }

  /** Back to the system clock. */
  public void reset() {
    offset.set(Duration.ZERO);
  }

  /** A clock that reads another one plus a changeable offset. */
  private static final class ShiftedClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    ShiftedClock(Clock base, AtomicReference<Duration> offset) {
      this.base = base;
      this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.offset(base.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
      return base.instant().plus(offset.get());
    }
  }
}
