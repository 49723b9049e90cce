package org.specworks.cms.it.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.specworks.cms.it.MovableClock;
import org.specworks.cms.it.Staff;
import org.specworks.cms.it.TestPdfs;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;

/**
 * A policy version published with a future effective date is announced, not applied: until that day
 * the page that lists the policy, the policy's own page and the download gate of a document
 * protected by it show and ask for the version in effect, with its date, and say when the next one
 * takes effect; on that day (the test clock moved forward) the cached pages are composed again and
 * the gate asks for the new version. The listed document opens its uploaded file.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyTakesEffectIT {

  static final ContentPath PAGE = ContentPath.of("/omaspecworks/effective-it");
  static final ContentPath POLICY = ContentPath.of("/omaspecworks/effective-it/privacy-policy");
  static final ContentPath DOCUMENT = ContentPath.of("/documents/it-effective-terms");
  static final int DAYS_AHEAD = 10;
  private static final String JUSTIFICATION = "Test publication of an announced policy version";
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  @Inject private ContentService content;
  @Inject private PublishingService publishing;
  @Inject private DocumentFiles documents;
  @Inject private MovableClock clock;

  @Test
  @Order(1)
  void publishesAVersionInEffectThenOneAnnouncedForLater() {
    clock.reset();
    publishNew(ContentType.PAGE, PAGE, new RevisionContent("Effective dates", "", "Our terms."));
    ContentItem document =
        content.create(
            Staff.EDITOR,
            ContentType.DOCUMENT,
            DOCUMENT,
            new RevisionContent("Privacy terms", "", "", Map.of("agreement", POLICY.value())),
            "new");
    Revision withFile =
        documents.attachPdf(
            Staff.EDITOR,
            DOCUMENT,
            document.latestRevision().orElseThrow().id(),
            "terms.pdf",
            TestPdfs.pdfSaying("privacy terms"),
            null);
    Revision first =
        publishNew(ContentType.POLICY, POLICY, policy("Version one applies.", "2020-01-01"));
    publishing.publishUrgentFix(Staff.ADMIN, DOCUMENT, withFile.id(), JUSTIFICATION);
    Revision second =
        content.save(
            Staff.EDITOR,
            POLICY,
            first.id(),
            policy("Version two applies.", announcedDay().toString()),
            "announced");
    publishing.publishUrgentFix(Staff.ADMIN, POLICY, second.id(), JUSTIFICATION);
  }

  @Test
  @Order(2)
  @RunAsClient
  void beforeTheDateTheVersionInEffectIsShownAndAskedForAndTheNextAnnounced(
      @ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);
    String announced = SHORT_DAY.format(announcedDay());

    HttpResponse<String> listed = site.get(PAGE.value().substring(1));
    Document listing = Jsoup.parse(ok(listed));
    long edgeSeconds =
        Long.parseLong(
            listed
                .headers()
                .firstValue("Cache-Control")
                .orElse("")
                .replaceAll("^.*s-maxage=([0-9]+).*$", "$1"));
    assertTrue(
        edgeSeconds > 0 && edgeSeconds <= Duration.ofDays(DAYS_AHEAD).toSeconds(),
        "an edge cache keeps the page no longer than until version 2 takes effect: " + edgeSeconds);
    Element section = listing.selectFirst("section#privacy-policy");
    assertTrue(section.text().contains("Version one applies."), section.text());
    assertFalse(section.text().contains("Version two applies."), section.text());
    assertEquals("In effect since 1 Jan 2020", section.select(".effective").text());
    assertEquals(
        "Version 2 takes effect on " + announced + ".", section.select(".announced").text());
    assertEquals(
        site.contextPath() + POLICY.value() + "/v/2", section.select(".announced a").attr("href"));
    assertEquals(
        site.contextPath() + DOCUMENT.value(),
        section.select(".document a").attr("href"),
        "the uploaded file is linked: " + section.select(".document"));

    Document own = Jsoup.parse(ok(site.get(POLICY.value().substring(1))));
    assertTrue(own.select("article.policy-version").text().contains("Version one applies."));
    assertTrue(own.select(".version-meta").text().startsWith("Version 1"));
    assertEquals("Version 2 takes effect on " + announced + ".", own.select(".announced").text());

    Document upcoming = Jsoup.parse(ok(site.get(POLICY.value().substring(1) + "/v/2")));
    assertTrue(
        upcoming.select(".upcoming").text().startsWith("This version takes effect on " + announced),
        upcoming.select(".upcoming").text());

    String listingAddress = site.uri(PAGE.value().substring(1)).toString();
    HttpResponse<String> asked =
        site.get(DOCUMENT.value().substring(1), Map.of("Referer", listingAddress));
    Document gate = Jsoup.parse(ok(asked));
    assertTrue(gate.select("article.agreement").text().contains("Version one applies."));
    assertEquals("1", gate.select("input[name=version]").val());
    assertTrue(
        gate.select(".notice").text().contains("(version 1, in effect since 1 Jan 2020)"),
        gate.select(".notice").text());
    assertFalse(gate.select("nav.site-nav a").isEmpty(), "the gate keeps the site's navigation");

    HttpResponse<String> declined =
        site.post(
            DOCUMENT.value().substring(1), decision(asked.body(), "decline"), formCookie(asked));
    assertEquals(303, declined.statusCode(), "DO NOT AGREE leads back");
    assertEquals(
        site.contextPath() + PAGE.value(), declined.headers().firstValue("Location").orElse(""));

    HttpResponse<String> fromElsewhere =
        site.get(DOCUMENT.value().substring(1), Map.of("Referer", "https://elsewhere.example/"));
    Document elsewhere = Jsoup.parse(ok(fromElsewhere));
    assertEquals("", elsewhere.select("input[name=from]").val());
    Map<String, String> forged = decision(fromElsewhere.body(), "decline");
    forged.put("from", "https://elsewhere.example" + site.contextPath() + "/omaspecworks/about");
    HttpResponse<String> stays =
        site.post(DOCUMENT.value().substring(1), forged, formCookie(fromElsewhere));
    assertEquals(
        303, stays.statusCode(), "only the path of another address is followed: " + stays.body());
    assertEquals(
        site.contextPath() + "/omaspecworks/about",
        stays.headers().firstValue("Location").orElse(""));
  }

  @Test
  @Order(3)
  void theAnnouncedDayComes() {
    clock.shift(Duration.ofDays(DAYS_AHEAD));
  }

  @Test
  @Order(4)
  @RunAsClient
  void onTheDateTheCachedPagesAndTheGateMoveToTheNewVersion(@ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);
    String day = SHORT_DAY.format(announcedDay());

    Element section =
        Jsoup.parse(ok(site.get(PAGE.value().substring(1)))).selectFirst("section#privacy-policy");
    assertTrue(
        section.text().contains("Version two applies."), "the cached page expired: " + section);
    assertEquals("In effect since " + day, section.select(".effective").text());
    assertTrue(section.select(".announced").isEmpty());

    Document own = Jsoup.parse(ok(site.get(POLICY.value().substring(1))));
    assertTrue(own.select("article.policy-version").text().contains("Version two applies."));

    Document gate = Jsoup.parse(ok(site.get(DOCUMENT.value().substring(1))));
    assertEquals("2", gate.select("input[name=version]").val());
    assertTrue(
        gate.select(".notice").text().contains("(version 2, in effect since " + day + ")"),
        gate.select(".notice").text());
  }

  @Test
  @Order(5)
  void cleanUp() {
    clock.reset();
    for (ContentPath path : new ContentPath[] {DOCUMENT, POLICY, PAGE}) {
      publishing.unpublish(Staff.ADMIN, path, "test over");
    }
  }

  /**
   * The day version 2 takes effect, counted from the client's and the server's shared system clock
   * (the test clock is not moved before order 3).
   */
  static LocalDate announcedDay() {
    return LocalDate.now(ZoneOffset.UTC).plusDays(DAYS_AHEAD);
  }

  private Revision publishNew(ContentType type, ContentPath path, RevisionContent text) {
    Revision revision =
        content.create(Staff.EDITOR, type, path, text, "new").latestRevision().orElseThrow();
    publishing.publishUrgentFix(Staff.ADMIN, path, revision.id(), JUSTIFICATION);
    return revision;
  }

  private static RevisionContent policy(String text, String effectiveDate) {
    return new RevisionContent(
        "Privacy policy",
        "How we treat what you tell us.",
        text,
        Map.of(
            "kind",
            "openness-policy",
            "position",
            "1",
            "effectiveDate",
            effectiveDate,
            "document",
            DOCUMENT.value()));
  }

  /** The gate's hidden fields and {@code decision} (a String: the server loads this class too). */
  private static Map<String, String> decision(String gateHtml, String decision) {
    Map<String, String> form = new java.util.HashMap<>();
    Elements hidden = Jsoup.parse(gateHtml).select("form.agreement-decision input[type=hidden]");
    List<String> names = hidden.eachAttr("name");
    List<String> values = hidden.eachAttr("value");
    for (int i = 0; i < names.size(); i++) {
      form.put(names.get(i), values.get(i));
    }
    form.put("decision", decision);
    return form;
  }

  private static Map<String, String> formCookie(HttpResponse<String> asked) {
    return Map.of(
        "Cookie",
        asked.headers().allValues("Set-Cookie").stream()
            .filter(set -> set.startsWith("cms_agreement_form="))
            .map(set -> set.substring(0, set.indexOf(';')))
            .findFirst()
            .orElseThrow());
  }

  private static String ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.uri().toString());
    return response.body();
  }
}
