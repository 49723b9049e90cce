package org.specworks.cms.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A public URL path such as {@code /omaspecworks/about/ipr}: lower-case segments of letters, digits and hyphens,
 * no trailing slash. Normalising here means "/About/" and "/about" can never become two items.
 */
public record ContentPath(String value) {

  private static final Pattern VALID = Pattern.compile("(/[a-z0-9]+(-[a-z0-9]+)*)+");

  public ContentPath {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Not a valid content path: '"
              + value
              + "' (expected lower-case segments of letters, digits and hyphens, e.g. /omaspecworks/about)");
    }
  }

  /** Parses a path as a reader might type it: surrounding blanks, a trailing slash and upper case are forgiven. */
  public static ContentPath of(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("A content path is required");
    }
    String path = raw.strip().toLowerCase(java.util.Locale.ROOT);
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return new ContentPath(path);
  }

  /** Like {@link #of(String)}, for input that may be anything: empty instead of an exception. */
  public static Optional<ContentPath> parse(String raw) {
    try {
      return Optional.of(of(raw));
    } catch (IllegalArgumentException notAPath) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
