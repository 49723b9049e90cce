package org.specworks.cms.it.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.agreements.AgreementAcceptance;
import org.specworks.cms.agreements.AgreementService;
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
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.AgreementClickThrough;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * The Document Use Agreement click-through: a protected document is given only after AGREE, which
 * records the exact agreement version; DO NOT AGREE gives nothing; a forged or outdated decision is
 * refused; a new agreement version asks again; administrators export the acceptances as CSV.
 * Methods alternate between the server (set-up, records) and the client (HTTP, Chromium), in order.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgreementIT {

  static final ContentPath AGREEMENT = ContentPath.of("/omaspecworks/legal-it/use-agreement");
  static final ContentPath DOCUMENT = ContentPath.of("/documents/it-protected-specification");
  static final String DOC = DOCUMENT.value().substring(1);
  private static final String JUSTIFICATION = "Test publication for the click-through";

  /**
   * The acceptance cookie the client got in step 2, kept for step 4 (client methods share this
   * JVM).
   */
  private static String acceptance;

  @Inject private ContentService content;
  @Inject private PublishingService publishing;
  @Inject private DocumentFiles documents;
  @Inject private AgreementService agreements;

  @Test
  @Order(1)
  void publishesAnAgreementAndADocumentThatRequiresIt() {
    ContentItem agreement =
        content.create(
            Staff.EDITOR,
            ContentType.POLICY,
            AGREEMENT,
            agreementText("Use agreement text one."),
            "v1");
    publishing.publishUrgentFix(
        Staff.ADMIN, AGREEMENT, agreement.latestRevision().orElseThrow().id(), JUSTIFICATION);
    ContentItem document =
        content.create(
            Staff.EDITOR,
            ContentType.DOCUMENT,
            DOCUMENT,
            new RevisionContent(
                "Protected specification", "", "", Map.of("agreement", AGREEMENT.value())),
            "new");
    Revision withFile =
        documents.attachPdf(
            Staff.EDITOR,
            DOCUMENT,
            document.latestRevision().orElseThrow().id(),
            "spec.pdf",
            TestPdfs.pdfSaying("protected"),
            null);
    publishing.publishUrgentFix(Staff.ADMIN, DOCUMENT, withFile.id(), JUSTIFICATION);
  }

  @Test
  @Order(2)
  @RunAsClient
  void onlyAgreeingOpensTheDocument(@ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);
    HttpResponse<String> asked = site.get(DOC);
    assertEquals(200, asked.statusCode());
    assertTrue(
        asked.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        "not the PDF yet");
    assertTrue(asked.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    Document page = Jsoup.parse(asked.body());
    assertTrue(page.select("article.agreement").text().contains("Use agreement text one."));
    Map<String, String> form = formOf(asked.body());
    String formCookie = cookie(asked, "cms_agreement_form");

    HttpResponse<String> declined =
        site.post(DOC, decide(form, "decline"), Map.of("Cookie", formCookie));
    assertEquals(403, declined.statusCode());
    assertTrue(cookie(declined, "cms_agreement").isEmpty(), "declining records nothing");
    assertTrue(
        declined.headers().allValues("Set-Cookie").stream()
            .anyMatch(set -> set.startsWith("cms_agreement_form=;") && set.contains("Max-Age=0")),
        "a form is used once: its cookie is cleared " + declined.headers().allValues("Set-Cookie"));

    for (String selfMade : List.of("", "x", form.get("token") + "x")) {
      Map<String, String> madeUp = decide(form, "agree");
      madeUp.put("token", selfMade);
      HttpResponse<String> refused =
          site.post(DOC, madeUp, Map.of("Cookie", "cms_agreement_form=" + selfMade));
      assertEquals(
          403, refused.statusCode(), "a token the visitor made up themselves: '" + selfMade + "'");
    }

    HttpResponse<String> forged = site.post(DOC, decide(form, "agree"), Map.of());
    assertEquals(
        403, forged.statusCode(), "a post without the page's own token (another site's form)");

    HttpResponse<String> agreed =
        site.post(DOC, decide(form, "agree"), Map.of("Cookie", formCookie));
    assertEquals(303, agreed.statusCode());
    acceptance = cookie(agreed, "cms_agreement");
    assertTrue(acceptance.matches("cms_agreement=[0-9]+\\.[0-9a-f]{32}"), acceptance);

    HttpResponse<String> file = site.get(DOC, Map.of("Cookie", acceptance));
    assertEquals(200, file.statusCode());
    assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        file.headers().firstValue("Cache-Control").orElse("").startsWith("private"),
        "never in shared caches");
  }

  @Test
  @Order(3)
  void theAcceptanceRecordsTheExactVersionAndNoAddressThenANewVersionIsPublished() {
    List<AgreementAcceptance> all =
        agreements.all(Staff.ADMIN).stream()
            .filter(a -> a.documentPath().equals(DOCUMENT.value()))
            .toList();
    assertEquals(1, all.size(), "one AGREE, one record");
    AgreementAcceptance accepted = all.get(0);
    assertEquals(AGREEMENT.value(), accepted.agreementPath());
    assertEquals(1, accepted.agreementVersion());
    assertEquals(
        content.requireByPath(AGREEMENT).liveRevision().orElseThrow().id(),
        accepted.agreementRevisionId());
    assertTrue(accepted.visitorReference().matches("[0-9a-f]{64}"), "a hash, not an address");
    assertThrows(PermissionDeniedException.class, () -> agreements.all(Staff.EDITOR));

    Revision second =
        content.save(
            Staff.EDITOR,
            AGREEMENT,
            content.requireByPath(AGREEMENT).latestRevision().orElseThrow().id(),
            agreementText("Use agreement text two."),
            "v2");
    publishing.publishUrgentFix(Staff.ADMIN, AGREEMENT, second.id(), JUSTIFICATION);
  }

  @Test
  @Order(4)
  @RunAsClient
  void aNewVersionAsksAgainAndAnOutdatedDecisionIsRefused(@ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);
    HttpResponse<String> askedAgain = site.get(DOC, Map.of("Cookie", acceptance));
    assertTrue(
        askedAgain.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        "the earlier acceptance no longer counts");
    Document page = Jsoup.parse(askedAgain.body());
    assertTrue(page.select("article.agreement").text().contains("Use agreement text two."));
    assertTrue(
        page.select(".notice").text().contains("(version 2)"), page.select(".notice").text());

    Map<String, String> outdated = decide(formOf(askedAgain.body()), "agree");
    outdated.put("version", "1");
    HttpResponse<String> refused =
        site.post(
            DOC,
            outdated,
            Map.of("Cookie", cookie(askedAgain, "cms_agreement_form") + "; " + acceptance));
    assertEquals(409, refused.statusCode(), "agreeing to a text that is no longer current");
    assertTrue(Jsoup.parse(refused.body()).text().contains("please read version 2"));

    StaffHttpSession admin =
        StaffHttpSession.signIn(site, "admin", System.getProperty("cms.it.adminPassword"));
    HttpResponse<String> csv = admin.get("admin/agreements/acceptances.csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<String> rows = csv.body().lines().filter(line -> line.contains(DOCUMENT.value())).toList();
    assertEquals(1, rows.size(), csv.body());
    assertTrue(rows.get(0).contains("," + AGREEMENT.value() + ",1,"), rows.get(0));
    assertFalse(csv.body().contains("127.0.0.1"), "no visitor address is recorded");
  }

  @Test
  @Order(5)
  @RunAsClient
  @DrivesBrowser
  void aReaderDeclinesThenAgreesInChromium(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    String cookie =
        AgreementClickThrough.declineThenAgree(
            Loopback.base(deployment), DOCUMENT.value(), "Use agreement text two.");
    HttpResponse<String> file = new SiteClient(deployment).get(DOC, Map.of("Cookie", cookie));
    assertEquals(
        "application/pdf",
        file.headers().firstValue("Content-Type").orElse(""),
        "the browser's acceptance opens it");
  }

  @Test
  @Order(6)
  void cleanUp() {
    publishing.unpublish(Staff.ADMIN, DOCUMENT, "test over");
    publishing.unpublish(Staff.ADMIN, AGREEMENT, "test over");
  }

  private static RevisionContent agreementText(String text) {
    return new RevisionContent(
        "Use agreement",
        "Read before downloading.",
        text,
        Map.of("kind", "document-use-agreement", "position", "98"));
  }

  /**
   * The hidden fields of the decision form. (Takes text: jsoup is not in the server, where this
   * class loads too.)
   */
  private static Map<String, String> formOf(String html) {
    Map<String, String> form = new HashMap<>();
    // A loop, not a lambda: a lambda's synthetic method would name jsoup's Element in this class's
    // signature.
    for (var input : Jsoup.parse(html).select("form.agreement-decision input[type=hidden]")) {
      form.put(input.attr("name"), input.attr("value"));
    }
    return form;
  }

  private static Map<String, String> decide(Map<String, String> form, String decision) {
    Map<String, String> fields = new HashMap<>(form);
    fields.put("decision", decision);
    return fields;
  }

  /** "name=value" of the cookie the response sets, or "" when it sets none. */
  private static String cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(value -> value.startsWith(name + "="))
        .map(value -> value.substring(0, value.indexOf(';')))
        .findFirst()
        .orElse("");
  }
}
