import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Admin content list latency as a signed-in staff member sees it: the first page (25 rows) of the lazy list, and
 * the list filtered by text, each timed over a fixed number of sequential requests. Run once against the seed
 * ("reference") and once after 10 000 more items were added ("measure"); bench/admin-list.sh runs both phases
 * and prints the ratio.
 *
 * <p>Usage: java bench/AdminListBench.java http://127.0.0.1:18182 admin password requests [dashboard]
 *
 * <p>With {@code dashboard} (bench/dashboard.sh) it times only the dashboard with its charts and the review list
 * filtered to one bar of "waiting now".
 */
public class AdminListBench {

  private static final Pattern HIDDEN = Pattern.compile(
      "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private String cookie = "";
  private final Map<String, String> cookies = new java.util.LinkedHashMap<>();

  AdminListBench(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    AdminListBench bench = new AdminListBench(args[0]);
    int requests = Integer.parseInt(args[3]);
    bench.signIn(args[1], args[2]);
    if (args.length > 4 && args[4].equals("dashboard")) {
      bench.timed("dashboard", requests, bench::dashboardWithCharts); // warm-up, not printed
      System.out.println(bench.timed("dashboard with its four charts", requests, bench::dashboardWithCharts));
      System.out.println(bench.timed("reviews waiting > 3 days at Review", requests, bench::waitingList));
      return;
    }
    bench.timed("first page", requests, bench::firstPage); // warm-up, not printed
    System.out.println(bench.timed("first page of the content list", requests, bench::firstPage));
    System.out.println(bench.timed("content list filtered by text", requests, bench::filtered));
    System.out.println(bench.timed("dashboard", requests, bench::dashboard));
    // The checks read the whole site, so this case runs a tenth as often.
    System.out.println(bench.timed("dashboard with its content-check panel", Math.max(5, requests / 10),
        bench::dashboardWithChecks));
  }

  private String dashboard() throws Exception {
    String page = get("/admin/index.xhtml");
    require(page.contains("open-checks"), "the dashboard");
    return page;
  }

  private String dashboardWithCharts() throws Exception {
    String page = dashboard();
    require(page.contains("insights-form:publishing-chart"), "the dashboard's charts");
    return page;
  }

  private String waitingList() throws Exception {
    String page = get("/admin/review/index.xhtml?step=Review&waiting=gt3d");
    require(page.contains("filtered-heading"), "the filtered review list");
    return page;
  }

  /** The dashboard and the ajax request that fills its deferred content-check panel, as a browser sends it. */
  private String dashboardWithChecks() throws Exception {
    Map<String, String> form = hiddenFields(dashboard());
    form.put("checks", "checks");
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "checks:findings");
    form.put("jakarta.faces.partial.execute", "checks:findings");
    form.put("jakarta.faces.partial.render", "checks:findings");
    form.put("checks:findings_load", "true");
    HttpResponse<String> response = post("/admin/index.xhtml", form);
    require(response.statusCode() == 200 && response.body().contains("partial-response")
        && response.body().contains("checks:findings") && !response.body().contains("<error"),
        "the content-check panel " + response.statusCode());
    return response.body();
  }

  private void signIn(String username, String password) throws Exception {
    Map<String, String> form = hiddenFields(get("/login.xhtml"));
    form.put("login", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:sign-in", "");
    HttpResponse<String> response = post("/login.xhtml", form);
    if (response.statusCode() != 302 || !get("/admin/index.xhtml").contains("signed-in-as")) {
      throw new IllegalStateException("sign-in failed: " + response.statusCode());
    }
  }

  private String firstPage() throws Exception {
    String page = get("/admin/content/index.xhtml");
    require(page.contains("list:items_data"), "the list");
    return page;
  }

  private String filtered() throws Exception {
    Map<String, String> form = hiddenFields(get("/admin/content/index.xhtml"));
    form.put("list", "list");
    form.put("list:text", "question 9");
    form.put("list:apply", "");
    HttpResponse<String> response = post("/admin/content/index.xhtml", form);
    require(response.statusCode() == 200, "filtered list " + response.statusCode());
    return response.body();
  }

  /** Median and 95th percentile of {@code count} sequential calls, in milliseconds. */
  private String timed(String name, int count, Call call) throws Exception {
    long[] millis = new long[count];
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      call.run();
      millis[i] = Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
    Arrays.sort(millis);
    return String.format(Locale.ROOT, "%s\t%d\t%d", name, millis[count / 2], millis[(int) (count * 0.95)]);
  }

  @FunctionalInterface
  private interface Call {
    String run() throws Exception;
  }

  private String get(String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return remember(http.send(request.build(), HttpResponse.BodyHandlers.ofString())).body();
  }

  private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return remember(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
  }

  /** Keeps every cookie, as a browser does: a distributable session needs JSESSIONIDVERSION too. */
  private HttpResponse<String> remember(HttpResponse<String> response) {
    for (String c : response.headers().allValues("Set-Cookie")) {
      String pair = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
      if (pair.indexOf('=') > 0) {
        cookies.put(pair.substring(0, pair.indexOf('=')), pair);
      }
    }
    cookie = String.join("; ", cookies.values());
    return response;
  }

  private static Map<String, String> hiddenFields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher hidden = HIDDEN.matcher(html);
    while (hidden.find()) {
      fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
    }
    Matcher nonce = NONCE.matcher(html);
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    return fields;
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("unexpected response: " + what);
    }
  }
}
