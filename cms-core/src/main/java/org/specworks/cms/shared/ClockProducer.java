package org.specworks.cms.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one source of "now": services inject {@link Clock}, which is the system clock in UTC. Tests
 * of time-driven behaviour (schedules) replace it with a clock they can move, deployed with the
 * tests only; nothing in the application can move this one.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
