package org.specworks.cms.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, one request per connection: sends a request target exactly as given
 * (any bytes, any encoding, however long), which no HTTP client library lets through, and reads
 * what comes back.
 */
public final class RawHttp {

  /**
   * What came back: a parsed response, or empty when the server closed the connection without one.
   */
  public record Answer(
      int status, Map<String, String> headers, List<String> setCookies, String body) {
    public String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  private final URI base;

  public RawHttp(URI base) {
    this.base = base;
  }

  /**
   * Sends {@code GET <context path><target> HTTP/1.1}; {@code target} is written byte for byte.
   *
   * @throws IllegalStateException when the response is not well-formed HTTP/1.1 (status line,
   *     headers, a body of the announced length)
   */
  public Optional<Answer> get(byte[] target) throws IOException {
    return get(target, base.getHost() + ":" + base.getPort());
  }

  /** As {@link #get(byte[])}, naming {@code host} in the Host header, as a forging client would. */
  public Optional<Answer> get(byte[] target, String host) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET ".getBytes(StandardCharsets.US_ASCII));
      out.write(contextPath().getBytes(StandardCharsets.US_ASCII));
      out.write(target);
      out.write(
          (" HTTP/1.1\r\nHost: " + host + "\r\nAccept: */*\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] raw = readAll(socket.getInputStream());
      return raw.length == 0 ? Optional.empty() : Optional.of(parse(raw));
    }
  }

  /**
   * Sends {@code POST <context path><path>} announcing a body of {@code declaredLength} bytes but
   * sending only {@code body} (possibly fewer bytes, even none), then reads the answer: a server
   * that judges a request by its announced size must answer without waiting for the rest.
   */
  public Optional<Answer> post(
      String path, Map<String, String> headers, byte[] body, long declaredLength)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head =
          new StringBuilder("POST ")
              .append(contextPath())
              .append(path)
              .append(" HTTP/1.1\r\nHost: ")
              .append(base.getHost())
              .append(':')
              .append(base.getPort())
              .append("\r\nContent-Length: ")
              .append(declaredLength)
              .append("\r\nConnection: close\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      byte[] raw = readAnswer(socket.getInputStream());
      return raw.length == 0 ? Optional.empty() : Optional.of(parse(raw));
    }
  }

  /**
   * The application's path on the server ("/cms" in tests, "" at the root), without a trailing
   * slash.
   */
  private String contextPath() {
    String path = base.getPath() == null ? "" : base.getPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (java.net.SocketException reset) {
      // A reset after the response was sent still leaves a complete response to check.
    }
    return all.toByteArray();
  }

  /**
   * Reads until the answer is complete, without waiting for the server to close the connection: one
   * that has not read the whole announced body may keep it open to read (and discard) the rest.
   */
  private static byte[] readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int read; (read = in.read(buffer)) >= 0; ) {
        all.write(buffer, 0, read);
        if (isComplete(all.toByteArray())) {
          break;
        }
      }
    } catch (java.net.SocketException reset) {
      // A reset after the response was sent still leaves a complete response to check.
    }
    return all.toByteArray();
  }

  private static boolean isComplete(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      return false;
    }
    String head = text.substring(0, headEnd).toLowerCase(Locale.ROOT);
    int length = head.indexOf("\r\ncontent-length:");
    if (length >= 0) {
      int end = head.indexOf("\r\n", length + 2);
      String value = head.substring(length + 17, end < 0 ? head.length() : end).strip();
      return raw.length - headEnd - 4 >= Integer.parseInt(value);
    }
    return head.contains("transfer-encoding: chunked") && text.endsWith("0\r\n\r\n");
  }

  static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0 || !text.startsWith("HTTP/1.1 ")) {
      throw new IllegalStateException("not an HTTP/1.1 response: " + abbreviate(text));
    }
    String[] lines = text.substring(0, headEnd).split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, String> headers = new LinkedHashMap<>();
    // Several Set-Cookie lines cannot be folded into one (RFC 6265), so they are kept apart.
    List<String> setCookies = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException("malformed header line '" + lines[i] + "'");
      }
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
      if (lines[i].substring(0, colon).strip().equalsIgnoreCase("set-cookie")) {
        setCookies.add(lines[i].substring(colon + 1).strip());
      }
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
    if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
      body = unchunk(body);
    } else if (headers.containsKey("content-length")
        && Integer.parseInt(headers.get("content-length")) != body.length) {
      throw new IllegalStateException(
          "Content-Length "
              + headers.get("content-length")
              + " but "
              + body.length
              + " bytes of body");
    }
    return new Answer(status, headers, setCookies, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(chunked, at);
      if (lineEnd < 0) {
        throw new IllegalStateException("chunked body without its last chunk");
      }
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        return body.toByteArray();
      }
      body.write(chunked, lineEnd + 2, size);
      at = lineEnd + 2 + size + 2;
    }
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
