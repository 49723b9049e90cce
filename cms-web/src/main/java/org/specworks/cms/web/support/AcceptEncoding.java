package org.specworks.cms.web.support;

import java.util.Locale;

/**
 * Reads {@code Accept-Encoding} (RFC 9110, section 12.5.3) for the one question the public
 * responses ask: may the body be sent gzip-compressed? A quality of 0 refuses; {@code *} stands for
 * every coding the header does not name.
 */
public final class AcceptEncoding {

  private AcceptEncoding() {}

  public static boolean allowsGzip(String header) {
    if (header == null || header.isBlank()) {
      return false;
    }
    Double gzip = null;
    Double any = null;
    for (String element : header.split(",")) {
      String[] parts = element.split(";");
      String coding = parts[0].strip().toLowerCase(Locale.ROOT);
      double quality = quality(parts);
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        gzip = gzip == null ? quality : Math.max(gzip, quality);
      } else if (coding.equals("*")) {
        any = quality;
      }
    }
    if (gzip != null) {
      return gzip > 0;
    }
    return any != null && any > 0;
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
        try {
          double q = Double.parseDouble(parameter.substring(2).strip());
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException malformed) {
          return 0;
        }
      }
    }
    return 1;
  }
}
