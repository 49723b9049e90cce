package org.specworks.cms.it.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The XSS corpus in {@code src/test/resources/xss/payloads.txt}: one payload a line, {@code #}
 * lines are notes.
 */
public final class XssPayloads {

  public static final String RESOURCE = "xss/payloads.txt";

  private XssPayloads() {}

  public static List<String> all() {
    try (InputStream in = XssPayloads.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
      }
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
