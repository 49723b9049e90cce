package org.specworks.cms.content;

import java.util.Optional;
import java.util.regex.Pattern;

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

  private static final Pattern VALID = Pattern.compile("(/[a-z0-9]+(-[a-z0-9]+)*)+");

  public ContentPath {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Not a valid content path: '"
              + value
              + "' (expected lower-case segments of letters, digits and hyphens, e.g. /omaspecworks/about)");
    }
  }

  /**
   * Parses a path as a reader might type it: surrounding blanks, a trailing slash and upper case
   * are forgiven.
   */
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
