package org.specworks.cms.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: the system clock shifted by an offset that tests of time-driven
 * behaviour (schedules, expiring links) move instead of waiting. Deployed with the tests only; as a
 * selected alternative it replaces the production {@code ClockProducer}'s clock for every service.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class MovableClock {

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
