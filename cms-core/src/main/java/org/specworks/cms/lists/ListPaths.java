package org.specworks.cms.lists;

import java.util.Locale;
import org.specworks.cms.content.ContentPath;

/**
 * Where list items live. Trademarks sit directly below the trademark policy, as the seed puts them
 * ({@code seed.SiteSeed}): {@code …/policies-terms-of-use/trademarks/<designation>}, with {@code
 * -logo} for a logo.
 */
public final class ListPaths {

  /** The parent of every trademark of the list; the public policies page lists the live ones. */
  public static final ContentPath TRADEMARKS =
      ContentPath.of("/omaspecworks/about/policies-terms-of-use/trademarks");

  private ListPaths() {}

  /** The path the seed would give a mark; the caller adds a suffix if it is taken. */
  public static String trademarkPath(String designation, String form) {
    return TRADEMARKS.value() + "/" + slug(designation) + ("logo".equals(form) ? "-logo" : "");
  }

  /** The IPR page; each declaration list is a page below it ({@code member-declarations}, …). */
  public static final ContentPath IPR = ContentPath.of("/omaspecworks/about/ipr");

  /**
   * Where a new declaration goes: below its list's page, which shows the live ones, named after
   * declarant and specification; the caller adds a suffix if it is taken.
   */
  public static String declarationPath(String declarant, String list, String specification) {
    String name =
        java.util.stream.Stream.of(slug(declarant), slug(specification))
            .filter(part -> !part.isEmpty())
            .collect(java.util.stream.Collectors.joining("-"));
    return IPR.value() + "/" + list + "-declarations/" + name;
  }

  /** Whether a path belongs to the trademark list (directly below {@link #TRADEMARKS}). */
  public static boolean isTrademarkPath(ContentPath path) {
    String prefix = TRADEMARKS.value() + "/";
    return path.value().startsWith(prefix) && path.value().indexOf('/', prefix.length()) < 0;
  }

  /** Lower-case letters and digits joined by hyphens, as the seed builds paths. */
  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
