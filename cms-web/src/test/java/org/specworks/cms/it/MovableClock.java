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
  private final AtomicReference<Instant> frozen = new AtomicReference<>();

  @Produces
  @ApplicationScoped
  Clock clock() {
    return new ShiftedClock(Clock.systemUTC(), offset, frozen);
  }

  /** Moves the application's "now" forward (or back) by {@code by}, on top of earlier shifts. */
  public void shift(Duration by) {
    offset.accumulateAndGet(by, Duration::plus);
  }

  /**
   * Stops the application's "now" at {@code moment} until the next {@code freezeAt} or {@link
   * #reset}: for tests that need exact durations between actions (the time a call takes would
   * otherwise add to them).
   */
  public void freezeAt(Instant moment) {
    frozen.set(moment);
  }

  /** Back to the system clock. */
  public void reset() {
    frozen.set(null);
    offset.set(Duration.ZERO);
  }

  /** A clock that reads another one plus a changeable offset. */
  private static final class ShiftedClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final AtomicReference<Instant> frozen;

    ShiftedClock(Clock base, AtomicReference<Duration> offset, AtomicReference<Instant> frozen) {
      this.base = base;
      this.offset = offset;
      this.frozen = frozen;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      Instant stopped = frozen.get();
      return stopped != null
          ? Clock.fixed(stopped, zone)
          : Clock.offset(base.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
      Instant stopped = frozen.get();
      return stopped != null ? stopped : base.instant().plus(offset.get());
    }
  }
}
