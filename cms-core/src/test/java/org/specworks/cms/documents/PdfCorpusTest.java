package org.specworks.cms.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;

/**
 * A corpus of crafted PDFs, written by PDFBox (which stores most objects in compressed object
 * streams, where no text search sees them) and byte by byte (names spelled with {@code #xx}
 * escapes, {@code /JS} followed by a line break): each must be refused with the reason named, and
 * clean documents, links and plain "open at page 1" destinations must still pass.
 */
class PdfCorpusTest {

  private static final String ALERT = "app.alert('from the PDF')";

  private static Optional<String> check(byte[] pdf) {
    return PdfCheck.problemWith(pdf, 20_000_000);
  }

  private static void assertRefused(byte[] pdf, String reason) {
    String problem = check(pdf).orElseThrow(() -> new AssertionError("accepted, expected refusal"));
    assertTrue(problem.contains(reason), problem);
  }

  private interface Crafting {
    void craft(PDDocument document, PDPage page) throws IOException;
  }

  private static byte[] written(Crafting crafting) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      crafting.craft(document, page);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] raw(String catalogExtra, String... objects) {
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    pdf.append("1 0 obj\n<< /Type /Catalog /Pages 2 0 R ")
        .append(catalogExtra)
        .append(" >>\n")
        .append("endobj\n");
    pdf.append("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
    pdf.append("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>\nendobj\n");
    int number = 4;
    for (String object : objects) {
      pdf.append(number++).append(" 0 obj\n").append(object).append("\nendobj\n");
    }
    pdf.append("trailer\n<< /Root 1 0 R /Size ").append(number).append(" >>\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static PDActionJavaScript script() {
    return new PDActionJavaScript(ALERT);
  }

  @Test
  void cleanDocumentsLinksAndDestinationsPass() throws IOException {
    assertEquals(Optional.empty(), check(written((document, page) -> {})));
    assertEquals(
        Optional.empty(),
        check(
            written(
                (document, page) -> {
                  PDAnnotationLink link = new PDAnnotationLink();
                  link.setRectangle(new PDRectangle(72, 700, 200, 20));
                  PDActionURI uri = new PDActionURI();
                  uri.setURI("https://example.org/");
                  link.setAction(uri);
                  page.getAnnotations().add(link);
                  PDPageFitDestination first = new PDPageFitDestination();
                  first.setPage(page);
                  document.getDocumentCatalog().setOpenAction(first);
                })),
        "a web link and 'open at page 1' are not active content");
    assertEquals(Optional.empty(), check(raw("")), "a hand-written file without xref");
  }

  @Test
  void documentLevelJavaScriptInTheNamesTreeIsRefused() throws IOException {
    assertRefused(
        written(
            (document, page) -> {
              PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
              scripts.setNames(Map.of("init", script()));
              PDDocumentNameDictionary names =
                  new PDDocumentNameDictionary(document.getDocumentCatalog());
              names.setJavascript(scripts);
              document.getDocumentCatalog().setNames(names);
            }),
        "JavaScript");
  }

  @Test
  void scriptsAndLaunchesBehindAnnotationsAreRefused() throws IOException {
    assertRefused(
        written(
            (document, page) -> {
              PDAnnotationLink link = new PDAnnotationLink();
              link.setRectangle(new PDRectangle(72, 700, 200, 20));
              link.setAction(script());
              page.getAnnotations().add(link);
            }),
        "JavaScript");
    assertRefused(
        written(
            (document, page) -> {
              PDAnnotationLink link = new PDAnnotationLink();
              link.setRectangle(new PDRectangle(72, 700, 200, 20));
              PDActionLaunch launch = new PDActionLaunch();
              launch.setF("calc.exe");
              link.setAction(launch);
              page.getAnnotations().add(link);
            }),
        "launch actions");
  }

  @Test
  void formFieldActionsAndAdditionalActionsAreRefused() throws IOException {
    assertRefused(
        written(
            (document, page) -> {
              PDAcroForm form = new PDAcroForm(document);
              document.getDocumentCatalog().setAcroForm(form);
              PDTextField field = new PDTextField(form);
              field.setPartialName("name");
              PDFormFieldAdditionalActions actions = new PDFormFieldAdditionalActions();
              actions.setK(script());
              field.setActions(actions);
              PDAnnotationWidget widget = field.getWidgets().get(0);
              widget.setRectangle(new PDRectangle(72, 600, 200, 20));
              widget.setPage(page);
              page.getAnnotations().add(widget);
              form.setFields(List.of(field));
            }),
        "(/AA");
    assertRefused(
        written(
            (document, page) -> {
              PDPageAdditionalActions actions = new PDPageAdditionalActions();
              actions.setO(new PDActionURI());
              page.setActions(actions);
            }),
        "(/AA");
  }

  @Test
  void openActionsThatAreActionsAreRefused() throws IOException {
    assertRefused(
        written((document, page) -> document.getDocumentCatalog().setOpenAction(script())),
        "JavaScript");
    PDActionURI phoneHome = new PDActionURI();
    phoneHome.setURI("https://tracker.example/opened");
    assertRefused(
        written((document, page) -> document.getDocumentCatalog().setOpenAction(phoneHome)),
        "when it is opened (/OpenAction)");
  }

  @Test
  void embeddedFilesAreRefused() throws IOException {
    assertRefused(
        written(
            (document, page) -> {
              PDEmbeddedFile file =
                  new PDEmbeddedFile(
                      document,
                      new ByteArrayInputStream("MZ payload".getBytes(StandardCharsets.UTF_8)));
              PDComplexFileSpecification spec = new PDComplexFileSpecification();
              spec.setFile("invoice.exe");
              spec.setEmbeddedFile(file);
              PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
              files.setNames(Map.of("invoice.exe", spec));
              PDDocumentNameDictionary names =
                  new PDDocumentNameDictionary(document.getDocumentCatalog());
              names.setEmbeddedFiles(files);
              document.getDocumentCatalog().setNames(names);
            }),
        "embedded files");
  }

  @Test
  void hexEscapedNamesAreSeenAsTheNamesTheySpell() {
    assertRefused(
        raw("/OpenAction 4 0 R", "<< /S /Java#53cript /J#53 (" + ALERT + ") >>"), "JavaScript");
    assertRefused(raw("/OpenAction 4 0 R", "<< /S /L#61unch /F (calc.exe) >>"), "launch actions");
    assertRefused(
        raw(
            "/Names << /J#61vaScript 4 0 R >>",
            "<< /Names [(x) 5 0 R] >>",
            "<< /S /Java#53cript /J#53 (" + ALERT + ") >>"),
        "JavaScript");
    assertRefused(
        raw(
            "/Names << /Embedded#46iles 4 0 R >>",
            "<< /Names [(a.exe) 5 0 R] >>",
            "<< /Type /Filespec /F (a.exe) /E#46 << /F 6 0 R >> >>",
            "<< /Length 2 >>\nstream\nMZ\nendstream"),
        "embedded files");
  }

  @Test
  void javaScriptFollowedByALineBreakIsRefused() {
    assertRefused(
        raw("/OpenAction 4 0 R", "<< /S /Java#53cript /JS\n(" + ALERT + ") >>"), "JavaScript");
    assertRefused(
        raw("/AA << /WC 4 0 R >>", "<< /S\n/JavaScript\n/JS\n<6170702e616c657274283129> >>"),
        "JavaScript");
  }

  @Test
  void encryptedDocumentsAreRefusedAsUncheckable() throws IOException {
    for (String userPassword : new String[] {"", "secret"}) {
      byte[] encrypted =
          written(
              (document, page) -> {
                StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
              });
      assertRefused(encrypted, "encrypted");
    }
  }

  @Test
  void whatDoesNotParseIsRefused() {
    assertRefused(
        "%PDF-1.7\nnothing a reader could open\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1),
        "could not be read");
  }
}
