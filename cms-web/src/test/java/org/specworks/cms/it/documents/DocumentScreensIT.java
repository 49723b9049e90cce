package org.specworks.cms.it.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;
import org.specworks.cms.workflow.WorkflowService;

/**
 * A document's screens treat the upload as facts: the editor shows the file's name, size, type and
 * checksum without letting them be typed, and offers the live policies as its agreement; the review
 * of the uploaded revision opens the very file.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentScreensIT {

  static final ContentPath DOCUMENT = ContentPath.of("/documents/it-screens-charter");
  static final String TITLE = "Screens charter xq";

  @Inject private ContentService content;
  @Inject private DocumentFiles documents;
  @Inject private WorkflowService workflow;

  @Test
  @Order(1)
  void aDocumentWithAnUploadWaitsForReview() {
    ContentItem document =
        content.create(
            Staff.EDITOR,
            ContentType.DOCUMENT,
            DOCUMENT,
            new RevisionContent(TITLE, "", ""),
            "new");
    Revision withFile =
        documents.attachPdf(
            Staff.EDITOR,
            DOCUMENT,
            document.latestRevision().orElseThrow().id(),
            "charter.pdf",
            TestPdfs.pdfSaying("screens charter"),
            null);
    workflow.submitForReview(Staff.EDITOR, DOCUMENT, withFile.id());
  }

  @Test
  @Order(2)
  @RunAsClient
  void theEditorShowsTheUploadsFactsAndOffersTheLivePolicies(@ArquillianResource URL deployment) {
    StaffHttpSession admin =
        StaffHttpSession.signIn(
            new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"));
    Document editor =
        Jsoup.parse(ok(admin.get("admin/content/edit.xhtml?path=" + DOCUMENT.value())));

    for (String fact : List.of("fileName", "sizeBytes", "mediaType", "sha256")) {
      assertTrue(editor.select("input.field-" + fact).isEmpty(), fact + " cannot be typed");
      assertEquals(1, editor.select("output.field-" + fact).size(), fact + " is shown");
    }
    assertEquals("charter.pdf", editor.selectFirst("output.field-fileName").text());
    assertEquals("application/pdf", editor.selectFirst("output.field-mediaType").text());
    assertTrue(editor.selectFirst("output.field-sha256").text().matches("[0-9a-f]{64}"));

    Element agreement = editor.selectFirst("select.field-agreement");
    assertNotNull(agreement, "the agreement is chosen, not typed");
    List<String> offered = agreement.select("option").eachAttr("value");
    assertTrue(
        offered.contains("/omaspecworks/about/policies-terms-of-use/document-use-agreement"),
        offered.toString());
    // Other tests publish policies of their own: compare with what the delivery API says is live.
    List<String> live =
        Json.createReader(
                new StringReader(
                    new SiteClient(deployment).get("api/v1/items?type=policy&size=100").body()))
            .readObject()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(policy -> policy.getString("path"))
            .toList();
    assertTrue(
        offered.stream().allMatch(v -> v.isEmpty() || live.contains(v)),
        "live policies only: " + offered + ", live: " + live);
  }

  @Test
  @Order(3)
  @RunAsClient
  void theReviewOpensTheUploadedFile(@ArquillianResource URL deployment) {
    StaffHttpSession admin =
        StaffHttpSession.signIn(
            new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"));
    Document reviews = Jsoup.parse(ok(admin.get("admin/review/index.xhtml")));
    Elements links = reviews.select("a[href*=review.xhtml]");
    List<String> texts = links.eachText();
    int listed = -1;
    for (int i = 0; i < texts.size() && listed < 0; i++) {
      listed = texts.get(i).contains(TITLE) ? i : -1;
    }
    assertTrue(listed >= 0, "the review is listed: " + links.eachText());
    String href = links.eachAttr("href").get(listed);
    String reviewPath = href.substring(href.indexOf("admin/review/review.xhtml"));
    Document review = Jsoup.parse(ok(admin.get(reviewPath)));

    Element open = review.selectFirst("#open-file");
    assertNotNull(open, "the review links the uploaded file");
    assertEquals("charter.pdf", open.text());
    String file = open.attr("href").substring(open.attr("href").indexOf("admin/files/"));
    HttpResponse<String> pdf = admin.get(file);
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    assertTrue(pdf.body().startsWith("%PDF"), "the uploaded bytes");

    HttpResponse<String> anonymous = new SiteClient(deployment).get(file);
    assertFalse(anonymous.body().startsWith("%PDF"), "staff only");
  }

  private static String ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.uri().toString());
    return response.body();
  }
}
