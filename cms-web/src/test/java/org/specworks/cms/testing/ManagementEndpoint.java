package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CMS's management listener (MicroProfile Health and Metrics), on the loopback port the build
 * reserved ({@code CMS_MANAGEMENT_PORT}, inherited by the server and the test JVM alike).
 */
public final class ManagementEndpoint {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{([^}]*)})?\\s+(\\S+)$");

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public ManagementEndpoint() {
    this(configuredPort());
  }

  /** The management listener on loopback port {@code port}: another instance's, say. */
  public ManagementEndpoint(int port) {
    base = URI.create("http://127.0.0.1:" + port + "/");
  }

  private static int configuredPort() {
    String port = System.getenv("CMS_MANAGEMENT_PORT");
    if (port == null || port.isBlank()) {
      throw new IllegalStateException("CMS_MANAGEMENT_PORT is not set (see cms-web/pom.xml)");
    }
    return Integer.parseInt(port);
  }

  /** {@code path} relative to the listener's root, e.g. {@code health/ready}. */
  public HttpResponse<String> get(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The value of the application counter {@code name} (its Prometheus name, e.g. {@code
   * cms_publications_total}) whose labels include {@code labels}, summed.
   */
  public double applicationCounter(String name, Map<String, String> labels) {
    HttpResponse<String> metrics = get("metrics?scope=application");
    assertEquals(200, metrics.statusCode(), metrics.body());
    double sum = 0;
    for (String line : metrics.body().split("\n")) {
      Matcher sample = SAMPLE.matcher(line.trim());
      if (sample.matches() && sample.group(1).equals(name) && hasLabels(sample.group(2), labels)) {
        sum += Double.parseDouble(sample.group(3));
      }
    }
    return sum;
  }

  private static boolean hasLabels(String exported, Map<String, String> wanted) {
    String labels = exported == null ? "" : "," + exported + ",";
    return wanted.entrySet().stream()
        .allMatch(e -> labels.contains("," + e.getKey() + "=\"" + e.getValue() + "\","));
  }
}
