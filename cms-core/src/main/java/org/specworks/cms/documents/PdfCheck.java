package org.specworks.cms.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides whether uploaded bytes are a PDF we accept, by what they contain and never by the file's
 * name or the type the browser claimed. The file is parsed (Apache PDFBox), so names spelled with
 * {@code #xx} escapes, compressed object streams and odd whitespace are seen as a reader sees them;
 * every object reachable from the document is then inspected for active content ({@link
 * PdfActiveContent}). A file that does not parse, or is encrypted, is refused: what cannot be read
 * cannot be checked.
 */
public final class PdfCheck {

  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

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
    return activeContentIn(bytes);
  }

  private static Optional<String> activeContentIn(byte[] bytes) {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      if (document.isEncrypted()) {
        return Optional.of(encrypted());
      }
      var found = PdfActiveContent.in(document.getDocument());
      if (found.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          "The PDF contains "
              + found.stream().map(PdfActiveContent.Kind::description).collect(joinedInWords())
              + ", which the site does not publish. Save or print it as a plain PDF without them"
              + " and upload that.");
    } catch (InvalidPasswordException locked) {
      return Optional.of(encrypted());
    } catch (IOException | RuntimeException unreadable) {
      // PDFBox reports broken files with runtime exceptions too; either way it is not a PDF we can
      // vouch for.
      return Optional.of("The PDF is damaged or not a valid PDF: it could not be read.");
    }
  }

  private static String encrypted() {
    return "The PDF is encrypted or password-protected, so its content cannot be checked. Upload a"
        + " copy without protection.";
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joinedInWords() {
    return Collectors.collectingAndThen(
        Collectors.toList(),
        parts ->
            parts.size() <= 1
                ? String.join("", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1))
                    + " and "
                    + parts.get(parts.size() - 1));
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
