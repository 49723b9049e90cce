package org.specworks.cms.it;

import java.nio.charset.StandardCharsets;

/** Small files for upload tests: real (minimal) PDFs and things that only pretend to be one. */
public final class TestPdfs {

  private TestPdfs() {}

  /** A one-page PDF whose page says {@code words}; different words give different files. */
  public static byte[] pdfSaying(String words) {
    String stream = "BT /F1 18 Tf 72 720 Td (" + words + ") Tj ET";
    String pdf =
        "%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
            + "4 0 obj << /Length "
            + stream.length()
            + " >> stream\n"
            + stream
            + "\nendstream endobj\n"
            + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * A PDF that runs a script when opened, its names spelled with {@code #xx} escapes (/Java#53cript
   * is /JavaScript, /J#53 is /JS), which a reader decodes and a text search does not.
   */
  public static byte[] pdfWithEscapedScript() {
    String pdf =
        new String(pdfSaying("scripted"), StandardCharsets.ISO_8859_1)
            .replace(
                "/Type /Catalog",
                "/Type /Catalog /OpenAction << /S /Java#53cript /J#53 (app.alert(1)) >>");
    return pdf.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** An HTML page with a script, as an attacker would upload it under a .pdf name. */
  public static byte[] htmlNamedLikeAPdf() {
    return "<!doctype html><html><body><script>alert('uploaded')</script></body></html>"
        .getBytes(StandardCharsets.UTF_8);
  }
}
