package org.specworks.cms.web.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * A response body encoded once, when it is cached, instead of on every request: its UTF-8 bytes and
 * their gzip compression. (Writing a cached {@code String} made the container encode it to UTF-8 in
 * the JDK's slow path on every request: pages with typographic quotes are UTF-16 strings.)
 *
 * <p>Each encoding is its own representation with its own strong entity tag, as RFC 9110 (section
 * 8.8.3) requires of strong validators: {@code "<tag>"} for the plain bytes, {@code "<tag>-gzip"}
 * for the compressed ones. A conditional request is compared with the tag of the encoding it would
 * get.
 */
public final class EncodedBody {

  private final byte[] identity;
  private final byte[] gzip;
  private final String etag;
  private final String gzipEtag;

  private EncodedBody(byte[] identity, byte[] gzip, String tag) {
    this.identity = identity;
    this.gzip = gzip;
    this.etag = "\"" + tag + "\"";
    this.gzipEtag = "\"" + tag + "-gzip\"";
  }

  /**
   * @param tag the opaque part of the strong entity tag, without quotes: changes whenever the text
   *     would
   */
  public static EncodedBody of(String text, String tag) {
    if (!tag.matches("[0-9A-Za-z_.:-]+")) {
      throw new IllegalArgumentException("not an entity tag: " + tag);
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return new EncodedBody(utf8, gzip(utf8), tag);
  }

  /** The representation chosen for a request with this {@code Accept-Encoding} header. */
  public Representation choose(String acceptEncoding) {
    return AcceptEncoding.allowsGzip(acceptEncoding)
        ? new Representation(gzip, "gzip", gzipEtag)
        : new Representation(identity, null, etag);
  }

  /** The entity tag of the uncompressed bytes. */
  public String etag() {
    return etag;
  }

  /** Bytes held, both encodings. */
  public long size() {
    return (long) identity.length + gzip.length;
  }

  /** The uncompressed text, decoded again: for tests and the rare reader of the text. */
  public String text() {
    return new String(identity, StandardCharsets.UTF_8);
  }

  /**
   * One encoding of the body, ready to write.
   *
   * @param contentEncoding {@code gzip}, or {@code null} for the plain bytes
   */
  public record Representation(byte[] bytes, String contentEncoding, String etag) {}

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
      out.write(bytes);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return compressed.toByteArray();
  }
}
