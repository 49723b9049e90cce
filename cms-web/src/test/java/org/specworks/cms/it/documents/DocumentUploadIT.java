package org.specworks.cms.it.documents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.documents.DocumentFiles;
import org.specworks.cms.it.Staff;
import org.specworks.cms.it.TestPdfs;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;

/**
 * PDF uploads: checked by content, stored once, attached as new revisions (replacing keeps the old
 * file), and served to the public as a download with {@code Content-Disposition} and {@code
 * nosniff}. The last test runs as a client against the document the earlier ones published.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentUploadIT {

  /** One document per test run (each database run starts empty). */
  private static final ContentPath PUBLISHED = ContentPath.of("/documents/it-uploaded-agreement");

  @Inject private DocumentFiles documents;
  @Inject private ContentService content;
  @Inject private PublishingService publishing;

  @Test
  @Order(1)
  void aPdfIsStoredAsANewRevisionAndReplacingKeepsTheOldFile() {
    ContentItem item = newDocument(PUBLISHED);
    Revision first =
        documents.attachPdf(
            Staff.EDITOR,
            PUBLISHED,
            latestId(item),
            "C:\\tmp\\Agreement v1.pdf",
            TestPdfs.pdfSaying("version one"),
            null);
    assertEquals("Agreement v1.pdf", first.content().field("fileName"));
    assertEquals(DocumentFiles.PDF, first.content().field("mediaType"));
    assertEquals(
        Integer.toString(TestPdfs.pdfSaying("version one").length),
        first.content().field("sizeBytes"));

    Revision second =
        documents.attachPdf(
            Staff.EDITOR,
            PUBLISHED,
            first.id(),
            "agreement-v2.pdf",
            TestPdfs.pdfSaying("version two"),
            "Second version");
    assertEquals(first.number() + 1, second.number());

    assertArrayEquals(
        TestPdfs.pdfSaying("version one"),
        documents.bytesOf(documents.find(first.content().field("sha256")).orElseThrow()),
        "the old file stays");
    assertArrayEquals(
        TestPdfs.pdfSaying("version two"),
        documents.bytesOf(documents.find(second.content().field("sha256")).orElseThrow()));
    publishing.publishUrgentFix(
        Staff.ADMIN, PUBLISHED, second.id(), "Publishing the upload for the download test");
  }

  @Test
  @Order(2)
  void anythingThatIsNotAPdfIsRefusedAndChangesNothing() {
    ContentPath path = ContentPath.of("/documents/it-refused-" + System.nanoTime());
    ContentItem item = newDocument(path);
    long base = latestId(item);

    InvalidInputException html =
        assertThrows(
            InvalidInputException.class,
            () ->
                documents.attachPdf(
                    Staff.EDITOR, path, base, "agreement.pdf", TestPdfs.htmlNamedLikeAPdf(), null));
    assertTrue(html.getMessage().contains("not a PDF"), html.getMessage());
    InvalidInputException script =
        assertThrows(
            InvalidInputException.class,
            () ->
                documents.attachPdf(
                    Staff.EDITOR, path, base, "hidden.pdf", TestPdfs.pdfWithEscapedScript(), null));
    assertTrue(script.getMessage().contains("JavaScript"), script.getMessage());
    assertThrows(
        InvalidInputException.class,
        () -> documents.attachPdf(Staff.EDITOR, path, base, "empty.pdf", new byte[0], null));
    assertThrows(
        PermissionDeniedException.class,
        () ->
            documents.attachPdf(
                Staff.REVIEWER, path, base, "a.pdf", TestPdfs.pdfSaying("reviewer"), null));
    InvalidInputException notADocument =
        assertThrows(
            InvalidInputException.class,
            () ->
                documents.attachPdf(
                    Staff.EDITOR,
                    ContentPath.of("/omaspecworks/about"),
                    latestId(content.requireByPath(ContentPath.of("/omaspecworks/about"))),
                    "a.pdf",
                    TestPdfs.pdfSaying("page"),
                    null));
    assertTrue(
        notADocument.getMessage().contains("only be attached to documents"),
        notADocument.getMessage());

    assertEquals(1, content.history(path).size(), "no revision was added");
    assertTrue(
        documents.find(sha256Of(TestPdfs.pdfSaying("reviewer"))).isEmpty(), "no file was stored");
    assertTrue(
        documents.find(sha256Of(TestPdfs.pdfWithEscapedScript())).isEmpty(),
        "the scripted file was not stored");
  }

  @Test
  @Order(3)
  @RunAsClient
  void theLiveFileDownloadsAsAnAttachmentThatBrowsersMayNotSniff(
      @ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);
    HttpResponse<String> response = site.get("documents/it-uploaded-agreement");

    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals(
        "attachment; filename=\"agreement-v2.pdf\"",
        response.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        response.body().contains("(version two) Tj"), "the published file, not the first one");
    String etag = response.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        304,
        site.get("documents/it-uploaded-agreement", java.util.Map.of("If-None-Match", etag))
            .statusCode());
  }

  private ContentItem newDocument(ContentPath path) {
    return content.create(
        Staff.EDITOR,
        ContentType.DOCUMENT,
        path,
        new RevisionContent("Agreement", "", "", java.util.Map.of()),
        "new document");
  }

  private static long latestId(ContentItem item) {
    return item.latestRevision().orElseThrow().id();
  }

  private static String sha256Of(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
