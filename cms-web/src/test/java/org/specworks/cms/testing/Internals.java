package org.specworks.cms.testing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises internals in a response body: a stack trace, or the names of the server's Java
 * packages and drivers. The bare word "Exception" is not one (PrimeFaces' settings name the
 * exception class its error page handles).
 */
public final class Internals {

  private static final Pattern LEAK =
      Pattern.compile(
          "\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]+\\.java:\\d+\\)|\\bjava\\.lang\\.[A-Z]\\w*(Exception|Error)"
              + "|org\\.specworks\\.cms\\.|org\\.eclipse\\.persistence|PSQLException|org\\.h2\\.jdbc");

  private Internals() {}

  /** The first internal the body shows, with some text around it; empty if it shows none. */
  public static Optional<String> shownIn(String body) {
    Matcher leak = LEAK.matcher(body);
    if (!leak.find()) {
      return Optional.empty();
    }
    return Optional.of(
        "…"
            + body.substring(
                Math.max(0, leak.start() - 200), Math.min(body.length(), leak.end() + 200))
            + "…");
  }
}
