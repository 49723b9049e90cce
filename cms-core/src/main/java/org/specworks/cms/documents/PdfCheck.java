package org.specworks.cms.documents;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides whether uploaded bytes are a PDF we accept, by what they contain and never by the file's
 * name or the type the browser claimed. Refuses active content that a PDF reader would run
 * (JavaScript, launch actions) where it is visible in the file's uncompressed objects.
 */
public final class PdfCheck {

  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final String[] ACTIVE_CONTENT = {"/JavaScript", "/JS ", "/JS(", "/JS<", "/Launch"};

  /**
   * The end-of-file marker may be followed by a little whitespace or garbage; readers look this far
   * back.
   */
  private static final int END_WINDOW = 1024;

  private PdfCheck() {}

  /** Empty when acceptable, else the reason to show the editor. */
  public static Optional<String> problemWith(byte[] bytes, long maxBytes) {
    if (bytes == null || bytes.length == 0) {
      return Optional.of("The file is empty.");
    }
    if (bytes.length > maxBytes) {
      return Optional.of(
          "The file has "
              + megabytes(bytes.length)
              + "; uploads are limited to "
              + megabytes(maxBytes)
              + ".");
    }
    if (!startsWith(bytes, HEADER)) {
      return Optional.of(
          "Only PDF files can be uploaded, and this file is not a PDF (its content was checked, not"
              + " its name).");
    }
    if (indexOf(bytes, END, Math.max(0, bytes.length - END_WINDOW)) < 0) {
      return Optional.of("The PDF is incomplete or damaged: it has no end-of-file marker.");
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    for (String active : ACTIVE_CONTENT) {
      if (text.contains(active)) {
        return Optional.of(
            "The PDF contains scripts or launch actions ("
                + active.strip()
                + "), which the site does not publish.");
      }
    }
    return Optional.empty();
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte[] needle, int from) {
    outer:
    for (int i = from; i <= bytes.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
