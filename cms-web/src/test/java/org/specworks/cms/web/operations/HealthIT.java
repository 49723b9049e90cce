package org.specworks.cms.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.ManagementEndpoint;

/**
 * MicroProfile Health on the running CMS's management listener: liveness, and readiness that names
 * the database, the migrations, the scheduler and the warm start, each UP.
 */
@CmsIntegrationTest
@RunAsClient
class HealthIT {

  @Test
  void livenessAnswersUp() {
    HttpResponse<String> live = new ManagementEndpoint().get("health/live");
    assertEquals(200, live.statusCode(), live.body());
    assertEquals(Map.of("cms", "UP"), checks(live.body()));
  }

  @Test
  void readinessChecksTheDatabaseTheMigrationsAndTheScheduler() throws InterruptedException {
    ManagementEndpoint management = new ManagementEndpoint();
    // The scheduler counts as polling once its first poll (2 s after start-up in tests) finished.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    HttpResponse<String> ready = management.get("health/ready");
    while (ready.statusCode() != 200 && Instant.now().isBefore(deadline)) {
      Thread.sleep(500);
      ready = management.get("health/ready");
    }
    assertEquals(200, ready.statusCode(), ready.body());
    assertEquals(
        Map.of("database", "UP", "migrations", "UP", "scheduler", "UP", "warm-start", "UP"),
        checks(ready.body()));
    // Payara writes check data as strings.
    assertTrue(ready.body().matches("(?s).*\"pending\":\"?0\"?[,}].*"), ready.body());
    // Every seeded page and policy, and every seeded item's API response, composed before ready.
    Matcher warmed =
        Pattern.compile("\"detail\":\"(\\d+) pages and (\\d+) API items in").matcher(ready.body());
    assertTrue(warmed.find(), ready.body());
    assertTrue(Integer.parseInt(warmed.group(1)) >= 12, ready.body());
    assertTrue(Integer.parseInt(warmed.group(2)) >= 37, ready.body());
  }

  private static Map<String, String> checks(String body) {
    JsonObject health = Json.createReader(new StringReader(body)).readObject();
    Map<String, String> byName = new TreeMap<>();
    for (JsonValue check : health.getJsonArray("checks")) {
      JsonObject object = check.asJsonObject();
      byName.put(object.getString("name"), object.getString("status"));
    }
    return byName;
  }
}
