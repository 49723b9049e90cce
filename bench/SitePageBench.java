import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Public page throughput, three ways, in one run against one server: the cached page (200), the cached page
 * revalidated with its ETag (304), and the same page composed afresh on every request (a search query bypasses
 * the cache): the reference the other two are divided by. Bounded: a fixed number of requests per case.
 *
 * <p>Usage: java bench/SitePageBench.java http://127.0.0.1:18181 [requests-per-case] [threads]
 */
public class SitePageBench {

  private static final String PAGE = "/omaspecworks/about/policies-terms-of-use";

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:18181";
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI cached = URI.create(base + PAGE);
    URI composed = URI.create(base + PAGE + "?q=bench");
    String etag = http.send(HttpRequest.newBuilder(cached).build(), HttpResponse.BodyHandlers.ofString())
        .headers().firstValue("ETag").orElseThrow();

    // Warm-up: JIT and connection pool, not measured.
    run(http, cached, null, 500, threads, 200);
    run(http, composed, null, 500, threads, 200);

    double reference = run(http, composed, null, requests, threads, 200);
    double fromCache = run(http, cached, null, requests, threads, 200);
    double revalidated = run(http, cached, etag, requests, threads, 304);

    System.out.println("| case | requests/s | ratio to composing |");
    System.out.println("| --- | ---: | ---: |");
    row("composed on every request (reference)", reference, reference);
    row("cached page, 200", fromCache, reference);
    row("cached page revalidated, 304", revalidated, reference);
    System.out.printf(Locale.ROOT, "%n%d requests per case, %d client threads, page %s%n", requests, threads, PAGE);
  }

  private static void row(String name, double perSecond, double reference) {
    System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f |%n", name, perSecond, perSecond / reference);
  }

  /** Sends {@code total} GETs from {@code threads} threads; returns requests per second. */
  private static double run(HttpClient http, URI uri, String etag, int total, int threads, int expectedStatus)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int share = total / threads;
        work.add(pool.submit(() -> {
          for (int i = 0; i < share; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
            if (etag != null) {
              request.header("If-None-Match", etag);
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expectedStatus) {
              throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
          }
          return null;
        }));
      }
      for (Future<?> done : work) {
        done.get();
      }
      return total / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }
}
