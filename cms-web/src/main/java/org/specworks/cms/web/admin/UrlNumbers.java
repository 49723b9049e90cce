package org.specworks.cms.web.admin;

import java.util.OptionalLong;

/**
 * Reads the numbers admin pages take from their address ({@code ?id=}, {@code ?from=}). A Faces
 * converter would fail the whole request on "abc" and the page would render without its data; read
 * here, a value that is not a number simply names nothing, and the page says so.
 */
public final class UrlNumbers {

  /** An id no record has: what an address that is not a number refers to. */
  public static final long NONE = -1;

  private UrlNumbers() {}

  /** The number {@code typed} spells in plain digits (at most 18, so it fits a long). */
  public static OptionalLong parse(String typed) {
    if (typed == null || typed.isEmpty() || typed.length() > 18) {
      return OptionalLong.empty();
    }
    for (int i = 0; i < typed.length(); i++) {
      if (typed.charAt(i) < '0' || typed.charAt(i) > '9') {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(Long.parseLong(typed));
  }
}
