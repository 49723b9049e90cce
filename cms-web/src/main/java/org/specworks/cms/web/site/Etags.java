package org.specworks.cms.web.site;

/** Conditional requests: does an {@code If-None-Match} header name the current entity tag? */
final class Etags {

  private Etags() {}

  static boolean matches(String ifNoneMatch, String etag) {
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
