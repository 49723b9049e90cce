package org.specworks.cms.content;

import java.util.Optional;

/**
 * A public URL path such as {@code /omaspecworks/about/ipr}: lower-case segments of letters, digits
 * and hyphens, no trailing slash. Normalising here means "/About/" and "/about" can never become
 * two items.
 */
public record ContentPath(String value) {

  /**
   * The key of the path's problem among a form's problems ({@link
   * ContentValidationException#violations()}).
   */
  public static final String FIELD = "path";

  /**
   * The longest path: the width of the database columns that hold paths. Anything longer is refused
   * before it is looked at further, so a request with a huge path costs no more than a short one.
   */
  public static final int MAX_LENGTH = 400;

  /** Real paths have a handful of segments; this leaves room and bounds the work per path. */
  public static final int MAX_SEGMENTS = 32;

  public ContentPath {
    if (value == null || !isValid(value)) {
      throw new IllegalArgumentException(
          "Not a valid content path: '"
              + abbreviated(value)
              + "' (expected lower-case segments of letters, digits and hyphens, at most "
              + MAX_SEGMENTS
              + " segments and "
              + MAX_LENGTH
              + " characters, e.g. /omaspecworks/about)");
    }
  }

  /**
   * {@code (/[a-z0-9]+(-[a-z0-9]+)*)+}, checked in one pass: Java's regex engine recurses once per
   * repetition of a group, so a path of thousands of segments overflowed the stack.
   */
  private static boolean isValid(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    int segments = 0;
    char previous = '/';
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/') {
        if (i > 0 && (previous == '/' || previous == '-')) {
          return false;
        }
        if (++segments > MAX_SEGMENTS) {
          return false;
        }
      } else if (c == '-') {
        if (previous == '/' || previous == '-') {
          return false;
        }
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) || i == 0) {
        return false;
      }
      previous = c;
    }
    return previous != '/' && previous != '-';
  }

  private static String abbreviated(String value) {
    return value == null || value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }

  /**
   * Parses a path as a reader might type it: surrounding blanks, a trailing slash and upper case
   * are forgiven.
   */
  public static ContentPath of(String raw) {
    if (raw == null) {
      throw new IllegalArgumentException("A content path is required");
    }
    if (raw.length() > MAX_LENGTH + 64) {
      // Not worth normalising: even after stripping blanks and slashes it would be too long.
      throw new IllegalArgumentException(
          "Not a valid content path: longer than " + MAX_LENGTH + " characters");
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

  /**
   * What is wrong with {@code raw} as the path of a new item, in words an editor can act on; empty
   * if nothing is. Stricter than {@link #of}: a path ending with a slash is a parent whose new item
   * still has no name (the new-item form offers {@code …/omaspecworks-faq/} to be completed), not
   * the parent itself. Whether the path is taken is for {@link ContentService} to say.
   */
  public static Optional<String> problemWithNewPath(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.of("A path is required, e.g. /omaspecworks/about/collaborate.");
    }
    if (raw.strip().endsWith("/")) {
      return Optional.of(
          "Not a valid path: add a name for the new item after the last slash, in lower-case letters,"
              + " digits and hyphens.");
    }
    if (parse(raw).isEmpty()) {
      return Optional.of(
          "Not a valid path: use lower-case letters, digits and hyphens, with a slash before each"
              + " segment, e.g. /omaspecworks/about/collaborate.");
    }
    return Optional.empty();
  }

  /** The path one segment up; empty for a top-level path such as {@code /omaspecworks}. */
  public Optional<ContentPath> parent() {
    int last = value.lastIndexOf('/');
    return last == 0 ? Optional.empty() : Optional.of(new ContentPath(value.substring(0, last)));
  }

  /**
   * Where most of {@code paths} live: the parent the largest number of them share (on a tie, the
   * shorter, then the alphabetically first). It is where a new item of their kind most likely
   * belongs.
   */
  public static Optional<ContentPath> usualParentOf(java.util.Collection<String> paths) {
    return paths.stream()
        .map(ContentPath::of)
        .flatMap(path -> path.parent().stream())
        .collect(
            java.util.stream.Collectors.groupingBy(
                ContentPath::value, java.util.stream.Collectors.counting()))
        .entrySet()
        .stream()
        .sorted(
            java.util.Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(entry -> entry.getKey().length())
                .thenComparing(java.util.Map.Entry::getKey))
        .map(entry -> new ContentPath(entry.getKey()))
        .findFirst();
  }

  @Override
  public String toString() {
    return value;
  }
}
