package org.specworks.cms.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The database a Failsafe run targets, from the environment its execution sets ({@code
 * CMS_IT_DATABASE}, {@code CMS_DB_URL}, {@code CMS_DB_USER}); Payara Micro inherits the same
 * environment, so the application under test uses the same database.
 *
 * <p>As a JUnit condition it skips a run whose PostgreSQL server is unreachable, saying why, unless
 * the {@code CI} environment variable is set: in CI an unreachable database is a failure, never a
 * skip.
 */
public final class TargetDatabase implements ExecutionCondition {

  public static final String POSTGRESQL = "postgresql";
  public static final String EMBEDDED = "embedded-h2";

  private final String name;
  private final String jdbcUrl;
  private final String user;

  private TargetDatabase(String name, String jdbcUrl, String user) {
    this.name = name;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
  }

  /** Used by JUnit as the condition; reads the environment on each evaluation. */
  public TargetDatabase() {
    this(
        envOr("CMS_IT_DATABASE", EMBEDDED),
        envOr("CMS_DB_URL", "jdbc:h2:mem:cms"),
        envOr("CMS_DB_USER", "postgres"));
  }

  public static TargetDatabase current() {
    return new TargetDatabase();
  }

  /** "embedded-h2" or "postgresql": names screenshots and reports. */
  public String name() {
    return name;
  }

  public boolean isPostgres() {
    return POSTGRESQL.equals(name);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!isPostgres()) {
      return ConditionEvaluationResult.enabled("embedded database: always available");
    }
    String problem = unreachableReason();
    if (problem == null) {
      return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + hostAndPort());
    }
    if (System.getenv("CI") != null) {
      throw new IllegalStateException("CI requires PostgreSQL, but " + problem);
    }
    return ConditionEvaluationResult.disabled(
        "Skipped the PostgreSQL run: "
            + problem
            + ". Start PostgreSQL on "
            + hostAndPort()
            + " (trust auth for user '"
            + user
            + "') to run it; CI always does.");
  }

  /** Called once, client side, before the shared deployment goes to the server. */
  void prepareForDeployment() {
    if (isPostgres()) {
      PostgresTestDatabase.recreate(jdbcUrl, user);
    }
  }

  private String unreachableReason() {
    URI address = URI.create(jdbcUrl.substring("jdbc:".length()));
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address.getHost(), port(address)), 2_000);
      return null;
    } catch (IOException e) {
      return "nothing answers at " + hostAndPort() + " (" + e.getMessage() + ")";
    }
  }

  private String hostAndPort() {
    URI address = URI.create(jdbcUrl.substring("jdbc:".length()));
    return address.getHost() + ":" + port(address);
  }

  private static int port(URI address) {
    return address.getPort() == -1 ? 5432 : address.getPort();
  }

  private static String envOr(String key, String fallback) {
    String value = System.getenv(key);
    return value == null || value.isBlank() ? fallback : value;
  }
}
