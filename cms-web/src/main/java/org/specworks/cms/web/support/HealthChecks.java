package org.specworks.cms.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.specworks.cms.scheduling.ScheduleRunner;
import org.specworks.cms.shared.SchemaMigrator;

/**
 * MicroProfile Health ({@code /health/live}, {@code /health/ready}): alive while the application is
 * deployed; ready when the database answers, every migration of this build is applied, the
 * scheduler is polling, and the public pages and API items were composed once ({@link WarmStart};
 * UP also when that failed, so a warming bug never keeps an instance out of service). Payara serves
 * them on the embedded default and on PostgreSQL alike.
 */
@ApplicationScoped
public class HealthChecks {

  @Inject private SchemaMigrator migrator;
  @Inject private ScheduleRunner scheduler;
  @Inject private WarmStart warmStart;

  @Produces
  @Liveness
  HealthCheck application() {
    return () -> HealthCheckResponse.up("cms");
  }

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      SchemaMigrator.DatabaseState state = migrator.database();
      return HealthCheckResponse.named("database")
          .status(state.answers())
          .withData("detail", state.detail())
          .build();
    };
  }

  @Produces
  @Readiness
  HealthCheck migrations() {
    return () -> {
      try {
        int pending = migrator.pendingMigrations();
        return HealthCheckResponse.named("migrations")
            .status(pending == 0)
            .withData("pending", pending)
            .build();
      } catch (RuntimeException e) {
        return HealthCheckResponse.named("migrations")
            .down()
            .withData("error", String.valueOf(e.getMessage()))
            .build();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck scheduler() {
    return () -> {
      ScheduleRunner.PollerState state = scheduler.pollerState(Instant.now());
      return HealthCheckResponse.named("scheduler")
          .status(state.polling())
          .withData("detail", state.detail())
          .build();
    };
  }

  @Produces
  @Readiness
  HealthCheck warmStart() {
    return () -> {
      WarmStart.State state = warmStart.state();
      return HealthCheckResponse.named("warm-start")
          .status(state.done())
          .withData("detail", state.detail())
          .build();
    };
  }
}
