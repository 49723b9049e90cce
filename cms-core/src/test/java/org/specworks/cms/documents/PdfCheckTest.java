package org.specworks.cms.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PdfCheckTest {

  private static final String MINIMAL =
      "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
          + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

  private static Optional<String> check(String text) {
    return PdfCheck.problemWith(text.getBytes(StandardCharsets.ISO_8859_1), 1_000_000);
  }

  @Test
  void acceptsAPdfWhateverItIsCalled() {
    assertEquals(Optional.empty(), check(MINIMAL));
  }

  @Test
  void refusesHtmlAndOtherFilesByTheirContent() {
    assertTrue(check("<html><script>alert(1)</script></html>").orElseThrow().contains("not a PDF"));
    assertTrue(check("PK\u0003\u0004 zip").orElseThrow().contains("not a PDF"));
    assertTrue(check(" %PDF-1.4 leading space\n%%EOF").orElseThrow().contains("not a PDF"));
  }

  @Test
  void refusesEmptyTruncatedAndOversizedFiles() {
    assertTrue(check("").orElseThrow().contains("empty"));
    assertTrue(check("%PDF-1.4\n1 0 obj").orElseThrow().contains("no end-of-file marker"));
    byte[] big = (MINIMAL + " ".repeat(2000)).getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(PdfCheck.problemWith(big, 1024).orElseThrow().contains("limited to"));
  }

  @Test
  void refusesScriptsAndLaunchActions() {
    String withScript =
        MINIMAL.replace(
            "/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>");
    assertTrue(check(withScript).orElseThrow().contains("JavaScript"));
    assertTrue(
        check(MINIMAL.replace("/Type /Catalog", "/Type /Catalog /OpenAction << /S /Launch >>"))
            .isPresent());
  }

  @Test
  void fileNamesLoseTheirPathAndHeaderBreakingCharacters() {
    assertEquals("report.pdf", DocumentFiles.safeFileName("C:\\Users\\x\\report.pdf"));
    assertEquals("a_b_.pdf", DocumentFiles.safeFileName("a\"b\r.pdf"));
    assertEquals("document.pdf", DocumentFiles.safeFileName(""));
    assertEquals("notes.txt.pdf", DocumentFiles.safeFileName("../../notes.txt"));
  }
}
