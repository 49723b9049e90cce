package org.specworks.cms.web.support;

/** Conditional requests: does an {@code If-None-Match} header name the current entity tag? */
public final class Etags {

  private Etags() {}

  /**
   * Weak comparison, as RFC 9110 prescribes for {@code If-None-Match}: {@code W/"x"} matches {@code
   * "x"}.
   */
  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
