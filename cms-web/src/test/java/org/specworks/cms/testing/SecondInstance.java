package org.specworks.cms.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second CMS process on the same database as the test deployment: the real WAR on its own Payara
 * Micro, on loopback, polling schedules every second. Started and stopped by the test that needs
 * it.
 */
public final class SecondInstance implements AutoCloseable {

  /**
   * The one a test class started, if any (kept here so test classes hold no field of this type).
   */
  private static SecondInstance shared;

  /** The context root of the test deployment (cms.war), which a clustered instance shares. */
  private static final String CLUSTERED_CONTEXT = "cms";

  private final Process process;
  private final Path log;
  private final URI base;

  private SecondInstance(Process process, Path log, URI base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /** Starts the shared second instance (see {@link #start}). */
  public static void startShared() throws IOException, InterruptedException {
    shared = start();
  }

  /** Stops the shared second instance, if one was started. */
  public static void stopShared() throws InterruptedException {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  /**
   * Starts it with the database settings of this Failsafe run and waits until it serves the site.
   */
  public static SecondInstance start() throws IOException, InterruptedException {
    return start(Map.of());
  }

  /**
   * Starts it as {@link #start()} does, with {@code environment} added to (or replacing) this
   * process's environment: another database, say.
   */
  public static SecondInstance start(Map<String, String> environment)
      throws IOException, InterruptedException {
    return awaitServing(launch(environment, false));
  }

  /**
   * Starts it as {@link #start(Map)} does, joined to the data grid of the test server (the options
   * the PostgreSQL run gives in {@code CMS_IT_SECOND_CLUSTER_OPTIONS}), with a management listener
   * of its own ({@link #management()}).
   */
  public static SecondInstance startClustered(Map<String, String> environment)
      throws IOException, InterruptedException {
    return awaitServing(launch(environment, true));
  }

  private static SecondInstance awaitServing(SecondInstance instance)
      throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    URI about = instance.base.resolve("omaspecworks/about");
    long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
    while (System.nanoTime() < deadline && instance.process.isAlive()) {
      try {
        if (http.send(HttpRequest.newBuilder(about).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return instance;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    instance.close();
    throw new IllegalStateException("The second instance did not start; see " + instance.log);
  }

  /**
   * Starts the process as {@link #start(Map)} does without waiting for it to serve: for a start
   * that is meant to fail, which the test reads in {@link #log()}.
   */
  public static SecondInstance launch(Map<String, String> environment) throws IOException {
    return launch(environment, false);
  }

  private static SecondInstance launch(Map<String, String> environment, boolean clustered)
      throws IOException {
    // A clustered instance listens where the build reserved (so the test server knows it too).
    int port = clustered ? reservedPort("CMS_IT_SECOND_PORT") : freePort();
    int managementPort = clustered ? reservedPort("CMS_IT_SECOND_MANAGEMENT_PORT") : freePort();
    Path work = Files.createTempDirectory("second-instance");
    Path log = work.resolve("server.log");
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-Djava.io.tmpdir=" + work,
            "-jar",
            setting("payara.microJar", "CMS_IT_MICRO_JAR")));
    if (clustered) {
      command.addAll(
          List.of(
              setting("cms.it.secondClusterOptions", "CMS_IT_SECOND_CLUSTER_OPTIONS").split(" ")));
      command.addAll(
          List.of(
              "--postdeploycommandfile",
              setting("payara.postdeployCommands", "CMS_IT_POSTDEPLOY_COMMANDS")));
    } else {
      command.add("--nocluster");
    }
    command.addAll(
        List.of(
            "--port",
            String.valueOf(port),
            "--contextroot",
            // Joined instances serve one application at one address (the test server's /cms):
            // sessions in the data grid belong to the context they were made in.
            clustered ? CLUSTERED_CONTEXT : "/",
            "--prebootcommandfile",
            setting("payara.prebootCommands", "CMS_IT_PREBOOT_COMMANDS"),
            "--deploy",
            new File(setting("cms.war", "CMS_IT_WAR")).getAbsolutePath()));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.put("CMS_SCHEDULES_POLL_SECONDS", "1");
    env.put("CMS_SCHEDULES_FIRST_POLL_SECONDS", "1");
    env.put("CMS_MANAGEMENT_PORT", String.valueOf(managementPort));
    env.putAll(environment);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new SecondInstance(
        builder.start(),
        log,
        URI.create("http://127.0.0.1:" + port + (clustered ? "/" + CLUSTERED_CONTEXT : "") + "/"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return free.getLocalPort();
    }
  }

  private static int reservedPort(String variable) {
    return Integer.parseInt(setting("cms.it." + variable, variable));
  }

  /**
   * Where the clustered second instance serves, as the build reserved it: known in the test JVM
   * that starts it and in the test server alike.
   */
  public static URI clusteredBase() {
    return URI.create(
        "http://127.0.0.1:" + reservedPort("CMS_IT_SECOND_PORT") + "/" + CLUSTERED_CONTEXT + "/");
  }

  /** The clustered second instance's management listener (see {@link #clusteredBase()}). */
  public static ManagementEndpoint clusteredManagement() {
    return new ManagementEndpoint(reservedPort("CMS_IT_SECOND_MANAGEMENT_PORT"));
  }

  /** The shared second instance of this JVM; fails when none was started here. */
  public static SecondInstance shared() {
    if (shared == null) {
      throw new IllegalStateException("No second instance was started in this JVM");
    }
    return shared;
  }

  /** Starts the shared second instance joined to the data grid (see {@link #startClustered}). */
  public static void startSharedClustered(Map<String, String> environment)
      throws IOException, InterruptedException {
    shared = startClustered(environment);
  }

  /** Whether the process still runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * A path the Failsafe run gives: as a system property to the test JVM, and as an environment
   * variable, which Payara (and so an in-container test) inherits.
   */
  private static String setting(String property, String variable) {
    String value = System.getProperty(property, System.getenv(variable));
    if (value == null) {
      throw new IllegalStateException("Neither -D" + property + " nor " + variable + " is set");
    }
    return value;
  }

  /**
   * Ends the process at once, as a crash or {@code kill -9} would: no shutdown, no rollback by the
   * server.
   */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException interrupted) {
      // An interrupted test must not leave a CMS polling the test database behind it.
      process.destroyForcibly();
      throw interrupted;
    }
  }

  /** Where it serves: {@code http://127.0.0.1:<port>/}. */
  public URI base() {
    return base;
  }

  public Path log() {
    return log;
  }
}
