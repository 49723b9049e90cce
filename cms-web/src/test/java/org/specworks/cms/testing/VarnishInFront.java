package org.specworks.cms.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Varnish on loopback in front of the test CMS, running the project's {@code
 * docker/varnish/default.vcl} unchanged; only the included {@code cms-backend.vcl} (where the CMS
 * is, who may purge) is written here. Its files live under {@code target/edge-cache/}.
 */
public final class VarnishInFront implements AutoCloseable {

  public static final String VARNISHD = "/usr/sbin/varnishd";

  /**
   * The one started for a test class whose methods alternate with server steps; kept here because
   * such a class also loads in the server, where this class is absent.
   */
  private static VarnishInFront shared;

  private final Process process;
  private final URI base;

  private VarnishInFront(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  public static boolean isInstalled() {
    return new File(VARNISHD).canExecute();
  }

  /**
   * Starts Varnish on {@code 127.0.0.1:port} in front of the CMS at {@code cms} and waits until it
   * answers.
   */
  public static VarnishInFront start(int port, URI cms) {
    try {
      Path vclDir = Path.of(System.getProperty("cms.it.vclDir", "../docker/varnish"));
      Path dir = Path.of("target", "edge-cache").toAbsolutePath();
      Files.createDirectories(dir);
      Files.copy(
          vclDir.resolve("default.vcl"),
          dir.resolve("default.vcl"),
          StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(
          dir.resolve("cms-backend.vcl"),
          "backend cms {\n  .host = \"127.0.0.1\";\n  .port = \""
              + cms.getPort()
              + "\";\n}\n\nacl purgers {\n  \"127.0.0.1\";\n}\n");
      Process process =
          new ProcessBuilder(
                  VARNISHD,
                  "-F",
                  // No privilege drop: the files stay readable wherever the build runs.
                  "-j",
                  "none",
                  "-a",
                  "127.0.0.1:" + port,
                  "-T",
                  "none",
                  "-p",
                  "vcl_path=" + dir,
                  // As in docker/compose.yml: the CMS compresses, Varnish keeps both encodings.
                  "-p",
                  "http_gzip_support=off",
                  "-f",
                  dir.resolve("default.vcl").toString(),
                  "-n",
                  dir.resolve("instance-" + port).toString(),
                  "-s",
                  "malloc,64m")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("varnishd-" + port + ".log").toFile())
              .start();
      VarnishInFront varnish =
          new VarnishInFront(process, URI.create("http://127.0.0.1:" + port + cms.getPath()));
      Runtime.getRuntime().addShutdownHook(new Thread(varnish::close));
      varnish.awaitAnswer(dir.resolve("varnishd-" + port + ".log"));
      return varnish;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the shared Varnish ({@link #start}). */
  public static void startShared(int port, URI cms) {
    stopShared();
    shared = start(port, cms);
  }

  /** The shared Varnish, if one runs. */
  public static java.util.Optional<VarnishInFront> shared() {
    return java.util.Optional.ofNullable(shared);
  }

  /** A client of the site through the shared Varnish; skips the test when none runs. */
  public static SiteClient sharedClient() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        shared != null, "skipped: Varnish did not start (see the first client step)");
    return new SiteClient(shared.base());
  }

  /**
   * Polls {@code address} through the cache until it shows {@code words}; fails unless that happens
   * within {@code limit} (counted from the call, which follows the server step that published
   * them).
   */
  public static void awaitShowing(SiteClient edge, Duration limit, String address, String words) {
    long start = System.nanoTime();
    while (true) {
      HttpResponse<String> response = edge.get(address);
      if (response.body().contains(words)) {
        return;
      }
      Duration waited = Duration.ofNanos(System.nanoTime() - start);
      if (waited.compareTo(limit) > 0) {
        org.junit.jupiter.api.Assertions.fail(
            address
                + " still shows the old content through the cache after "
                + waited.toMillis()
                + " ms (X-Cache: "
                + response.headers().firstValue("X-Cache").orElse("none")
                + ", status "
                + response.statusCode()
                + ")");
      }
      sleep(20);
    }
  }

  public static void stopShared() {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  /** The CMS's base address through the cache (same context path), ending in "/". */
  public URI base() {
    return base;
  }

  private void awaitAnswer(Path log) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("varnishd ended: " + Files.readString(log));
      }
      try {
        http.send(
            HttpRequest.newBuilder(base.resolve("/robots.txt")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        return;
      } catch (IOException notYet) {
        sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    close();
    throw new IllegalStateException("varnishd did not answer in 30 s: " + Files.readString(log));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
