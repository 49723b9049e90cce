package org.specworks.cms.it.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
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
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;
import org.specworks.cms.testing.VarnishInFront;

/**
 * Varnish with the project's {@code docker/varnish/default.vcl} in front of the running CMS: pages
 * and the API are served from the cache; a publication purges exactly what it changed, so the new
 * content shows through the cache at once while an unrelated page stays cached; the admin, sign-in,
 * preview links and the agreement click-through are never served from the cache, and one visitor's
 * agreement cookie never reaches another. Methods alternate between the server (content, the CMS's
 * cache addresses) and the client (HTTP through Varnish), in order. Skipped with the reason when
 * Varnish is not installed.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EdgeCacheIT {

  static final ContentPath PAGE = ContentPath.of("/omaspecworks/edge-cache-it");
  static final ContentPath QUESTION = ContentPath.of(PAGE.value() + "/first-question");
  static final ContentPath AGREEMENT = ContentPath.of(PAGE.value() + "/use-agreement");
  static final ContentPath DOCUMENT = ContentPath.of("/documents/edge-cache-it-protected");
  static final String IPR = "omaspecworks/about/ipr";
  private static final String JUSTIFICATION = "Test publication behind the edge cache";
  private static final Duration PURGE_LIMIT = Duration.ofSeconds(1);

  @Inject private ContentService content;
  @Inject private PublishingService publishing;
  @Inject private DocumentFiles documents;
  @Inject private EdgeCacheUnderTest edgeCaches;

  @Test
  @Order(1)
  void publishesAPageAndAProtectedDocument() {
    publishNew(ContentType.PAGE, PAGE, new RevisionContent("Edge", "", "Edge words one."));
    publishNew(
        ContentType.POLICY,
        AGREEMENT,
        new RevisionContent(
            "Edge use agreement",
            "Read first.",
            "Edge agreement text.",
            Map.of("kind", "document-use-agreement", "position", "97")));
    ContentItem document =
        content.create(
            Staff.EDITOR,
            ContentType.DOCUMENT,
            DOCUMENT,
            new RevisionContent("Edge protected", "", "", Map.of("agreement", AGREEMENT.value())),
            "new");
    Revision withFile =
        documents.attachPdf(
            Staff.EDITOR,
            DOCUMENT,
            document.latestRevision().orElseThrow().id(),
            "edge.pdf",
            TestPdfs.pdfSaying("edge protected"),
            null);
    publishing.publishUrgentFix(Staff.ADMIN, DOCUMENT, withFile.id(), JUSTIFICATION);
  }

  @Test
  @Order(2)
  @RunAsClient
  void aSecondRequestForAPageOrTheApiIsACacheHit(@ArquillianResource URL deployment) {
    assumeTrue(
        VarnishInFront.isInstalled(),
        "skipped: needs Varnish (" + VarnishInFront.VARNISHD + "); .ci/run installs it");
    VarnishInFront.startShared(
        Integer.parseInt(System.getProperty(EdgeCacheUnderTest.PORT_PROPERTY)),
        Loopback.base(deployment));
    SiteClient edge = VarnishInFront.sharedClient();
    for (String address : List.of(PAGE.value().substring(1), IPR, api(PAGE))) {
      HttpResponse<String> first = edge.get(address);
      assertEquals(200, first.statusCode(), address);
      assertEquals("MISS", cacheOf(first), address);
      HttpResponse<String> second = edge.get(address);
      assertEquals("HIT", cacheOf(second), address);
      assertEquals(first.body(), second.body());
    }
    assertTrue(edge.get(PAGE.value().substring(1)).body().contains("Edge words one."));

    // The CMS's own gzip bytes, kept as a second object and served as they are: Varnish neither
    // asks for gzip on a plain client's miss nor unzips for a plain client on a hit.
    SiteClient cms = new SiteClient(deployment);
    for (String address : List.of(PAGE.value().substring(1), api(PAGE))) {
      Map<String, String> gzip = Map.of("Accept-Encoding", "gzip, deflate, br");
      HttpResponse<byte[]> compressed = edge.getBytes(address, gzip);
      HttpResponse<byte[]> again = edge.getBytes(address, Map.of("Accept-Encoding", "GZIP"));
      assertEquals("MISS", compressed.headers().firstValue("X-Cache").orElse(""), address);
      assertEquals("HIT", again.headers().firstValue("X-Cache").orElse(""), address);
      assertEquals("gzip", again.headers().firstValue("Content-Encoding").orElse(""), address);
      assertArrayEquals(cms.getBytes(address, gzip).body(), again.body(), address);
      HttpResponse<byte[]> plain = edge.getBytes(address, Map.of("Accept-Encoding", "gzip;q=0"));
      assertEquals("HIT", plain.headers().firstValue("X-Cache").orElse(""), address);
      assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), address);
      assertArrayEquals(cms.getBytes(address, Map.of()).body(), plain.body(), address);
    }
  }

  @Test
  @Order(3)
  void pointsTheCmsAtTheCacheAndPublishesAQuestionListedOnThePage() {
    // Only now that Varnish runs: purges sent earlier would fail and be retried seconds later,
    // dropping pages this test expects to stay cached.
    edgeCaches.useTestCache();
    publishNew(
        ContentType.FAQ_ENTRY,
        QUESTION,
        new RevisionContent("Edge question?", "", "Edge answer.", Map.of("position", "1")));
  }

  @Test
  @Order(4)
  @RunAsClient
  void thePageListingTheQuestionIsPurgedAndAnUnrelatedPageStaysCached() {
    SiteClient edge = VarnishInFront.sharedClient();
    VarnishInFront.awaitShowing(edge, PURGE_LIMIT, PAGE.value().substring(1), "Edge question?");
    assertEquals(
        "HIT", cacheOf(edge.get(IPR)), "a page that does not show the question is not purged");
    assertTrue(edge.get(api(QUESTION)).body().contains("Edge answer."));
  }

  @Test
  @Order(5)
  void publishesANewRevisionOfThePageAndLeavesADraftOnTop() {
    Revision second =
        content.save(
            Staff.EDITOR,
            PAGE,
            content.requireByPath(PAGE).latestRevision().orElseThrow().id(),
            new RevisionContent("Edge", "", "Edge words two."),
            "second");
    publishing.publishUrgentFix(Staff.ADMIN, PAGE, second.id(), JUSTIFICATION);
    content.save(
        Staff.EDITOR,
        PAGE,
        second.id(),
        new RevisionContent("Edge", "", "Edge draft words."),
        "draft");
  }

  @Test
  @Order(6)
  @RunAsClient
  void thePublishedChangeShowsThroughTheCacheWithinASecond() {
    SiteClient edge = VarnishInFront.sharedClient();
    VarnishInFront.awaitShowing(edge, PURGE_LIMIT, PAGE.value().substring(1), "Edge words two.");
    VarnishInFront.awaitShowing(edge, PURGE_LIMIT, api(PAGE), "Edge words two.");
    assertFalse(edge.get(PAGE.value().substring(1)).body().contains("Edge draft words."));
  }

  @Test
  @Order(7)
  @RunAsClient
  void theAdminSignInAndPreviewsAreNeverServedFromTheCache() {
    SiteClient edge = VarnishInFront.sharedClient();
    for (int i = 0; i < 2; i++) {
      assertNotCached(edge.get("login.xhtml"), "sign-in");
      assertNotCached(edge.get("admin/"), "admin without a session");
    }
    StaffHttpSession admin =
        StaffHttpSession.signIn(edge, "admin", System.getProperty("cms.it.adminPassword"));
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> dashboard = admin.get("admin/index.xhtml");
      assertEquals(200, dashboard.statusCode());
      assertNotCached(dashboard, "admin");
      assertTrue(dashboard.body().contains("signed-in-as"));
    }
    String editPage = "admin/content/edit.xhtml?path=" + PAGE.value();
    Map<String, String> form = admin.formOn(editPage, "preview-links");
    form.put("preview-links:validity", "24");
    form.put("preview-links:create", "");
    String link =
        Jsoup.parse(admin.post(editPage, form).body()).select("input[id$=:url]").attr("value");
    assertTrue(link.contains("/preview/"), "a preview link was created");
    String preview = "preview/" + link.substring(link.lastIndexOf('/') + 1);
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> shown = edge.get(preview);
      assertEquals(200, shown.statusCode());
      assertTrue(shown.body().contains("Edge draft words."));
      assertNotCached(shown, "preview");
    }
    assertFalse(
        edge.get("admin/index.xhtml").body().contains("signed-in-as"), "no session, no admin");
  }

  @Test
  @Order(8)
  @RunAsClient
  void theAgreementFlowIsNeverCachedAndOneVisitorsCookieNeverReachesAnother() {
    SiteClient edge = VarnishInFront.sharedClient();
    String doc = DOCUMENT.value().substring(1);

    HttpResponse<String> askedA = edge.get(doc);
    HttpResponse<String> askedB = edge.get(doc);
    for (HttpResponse<String> asked : List.of(askedA, askedB)) {
      assertEquals(200, asked.statusCode());
      assertTrue(asked.body().contains("Edge agreement text."), "the agreement comes first");
      assertNotCached(asked, "agreement page");
    }
    String formA = cookie(askedA, "cms_agreement_form");
    String formB = cookie(askedB, "cms_agreement_form");
    assertFalse(formA.isEmpty());
    assertNotEquals(formA, formB, "each visitor gets a token of their own");

    Map<String, String> decision = new HashMap<>();
    for (var input :
        Jsoup.parse(askedA.body()).select("form.agreement-decision input[type=hidden]")) {
      decision.put(input.attr("name"), input.attr("value"));
    }
    decision.put("decision", "agree");
    HttpResponse<String> agreed = edge.post(doc, decision, Map.of("Cookie", formA));
    assertEquals(303, agreed.statusCode(), agreed.body());
    String acceptanceA = cookie(agreed, "cms_agreement");
    assertFalse(acceptanceA.isEmpty());

    for (int i = 0; i < 2; i++) {
      HttpResponse<String> fileA = edge.get(doc, Map.of("Cookie", acceptanceA));
      assertEquals("application/pdf", fileA.headers().firstValue("Content-Type").orElse(""));
      assertNotCached(fileA, "the agreed visitor's download");
    }
    // Visitor A reads pages with the cookie: cached copies are made without it.
    edge.get(PAGE.value().substring(1), Map.of("Cookie", acceptanceA));
    edge.get(PAGE.value().substring(1), Map.of("Cookie", acceptanceA));

    String acceptanceValue = acceptanceA.substring(acceptanceA.indexOf('=') + 1);
    for (String address : List.of(doc, PAGE.value().substring(1), IPR, api(PAGE))) {
      HttpResponse<String> seenByB = edge.get(address);
      for (String setCookie : seenByB.headers().allValues("Set-Cookie")) {
        assertFalse(setCookie.contains(acceptanceValue), "A's acceptance reached B at " + address);
        assertFalse(setCookie.startsWith("cms_agreement="), "B never agreed: " + address);
      }
      assertFalse(seenByB.body().contains(acceptanceValue), address);
    }
    HttpResponse<String> fileB = edge.get(doc);
    assertTrue(
        fileB.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        "B is asked to agree, not given A's file");
    assertNotCached(fileB, "agreement page for B");
  }

  @Test
  @Order(9)
  @RunAsClient
  void stopsVarnish() {
    VarnishInFront.stopShared();
  }

  @Test
  @Order(10)
  void pointsTheCmsAtNoCacheAndTakesTheTestContentOff() {
    edgeCaches.useNone();
    publishing.unpublish(Staff.ADMIN, DOCUMENT, "test over");
    publishing.unpublish(Staff.ADMIN, AGREEMENT, "test over");
    publishing.unpublish(Staff.ADMIN, QUESTION, "test over");
    publishing.unpublish(Staff.ADMIN, PAGE, "test over");
  }

  private void publishNew(ContentType type, ContentPath path, RevisionContent text) {
    ContentItem item = content.create(Staff.EDITOR, type, path, text, "new");
    publishing.publishUrgentFix(
        Staff.ADMIN, path, item.latestRevision().orElseThrow().id(), JUSTIFICATION);
  }

  private static String api(ContentPath path) {
    return "api/v1/items" + path.value();
  }

  private static String cacheOf(HttpResponse<String> response) {
    return response.headers().firstValue("X-Cache").orElse("(no X-Cache header)");
  }

  private static void assertNotCached(HttpResponse<String> response, String what) {
    assertEquals("PASS", cacheOf(response), what + " must bypass the cache");
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
