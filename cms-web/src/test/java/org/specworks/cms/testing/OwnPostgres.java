package org.specworks.cms.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own (initdb, pg_ctl from Debian's postgresql package) on a free
 * loopback port, in a folder under /tmp: one the test may restart or stop, unlike the machine's own
 * server. Runs as the postgres user, which initdb requires; the test process must be root to switch
 * to it.
 */
public final class OwnPostgres implements AutoCloseable {

  private final Path data;
  private final int port;
  private final String bin;

  private OwnPostgres(Path data, int port, String bin) {
    this.data = data;
    this.port = port;
    this.bin = bin;
  }

  /** Creates a cluster with trust authentication and a database {@code cms}, and starts it. */
  public static OwnPostgres start() throws IOException, InterruptedException {
    String bin = binaries();
    Path data = Files.createTempDirectory(Path.of("/tmp"), "cms-own-postgres");
    run("chown", "postgres:postgres", data.toString());
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    OwnPostgres server = new OwnPostgres(data, port, bin);
    server.asPostgres(
        bin + "/initdb",
        "-D",
        data.resolve("cluster").toString(),
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8");
    server.pgCtl("start");
    server.asPostgres(
        bin + "/createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "cms");
    return server;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/cms";
  }

  /** Stops the server (fast: open sessions are ended) and starts it again. */
  public void restart() throws IOException, InterruptedException {
    pgCtl("restart");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      pgCtl("stop");
    } finally {
      run("rm", "-rf", data.toString());
    }
  }

  private void pgCtl(String action) throws IOException, InterruptedException {
    asPostgres(
        bin + "/pg_ctl",
        "-D",
        data.resolve("cluster").toString(),
        "-w",
        "-m",
        "fast",
        "-l",
        data.resolve("server.log").toString(),
        "-o",
        "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data,
        action);
  }

  private void asPostgres(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    line.addAll(List.of(command));
    run(line.toArray(String[]::new));
  }

  private static String binaries() throws IOException {
    try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .sorted()
          .reduce((first, second) -> second)
          .orElseThrow()
          .resolve("bin")
          .toString();
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
    }
  }
}
