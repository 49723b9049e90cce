package org.specworks.cms.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client for the deployed site, on loopback, that never follows redirects. */
public final class SiteClient {

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder()
          // Browsers and edge caches speak HTTP/1.1 to a plain-HTTP origin; the JDK's default
          // HTTP/2 sends an h2c
          // upgrade on every request, and a connection ended mid-upgrade failed a test with "EOF
          // reached".
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public SiteClient(URL deploymentUrl) {
    this(Loopback.base(deploymentUrl));
  }

  /** A client of the CMS at {@code base} (ending in "/"). */
  public SiteClient(URI base) {
    this.base = base;
  }

  /** {@code path} without a leading slash, relative to the deployment. */
  public URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** The deployment's context path, e.g. "/cms": site-relative links in content do not carry it. */
  public String contextPath() {
    String path = base.getPath();
    return path.substring(0, path.length() - 1);
  }

  public HttpResponse<String> get(String path) {
    return get(path, Map.of());
  }

  public HttpResponse<String> get(String path, Map<String, String> headers) {
    return send(uri(path), headers);
  }

  /** The body as bytes, exactly as sent (a gzip-encoded body stays compressed). */
  public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
    headers.forEach(request::header);
    return send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A HEAD request; the body a server wrongly sent would show as bytes. */
  public HttpResponse<byte[]> head(String path, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .method("HEAD", HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    return send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A URI outside the deployment on the same server, such as {@code /openapi}. */
  public HttpResponse<String> getAbsolute(URI uri) {
    return send(uri, Map.of());
  }

  /** Posts an HTML form ({@code application/x-www-form-urlencoded}) as a browser would. */
  public HttpResponse<String> post(
      String path, Map<String, String> form, Map<String, String> headers) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(java.util.stream.Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private HttpResponse<String> send(URI uri, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
    headers.forEach(request::header);
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> bodyHandler) {
    try {
      return http.send(request.build(), bodyHandler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
