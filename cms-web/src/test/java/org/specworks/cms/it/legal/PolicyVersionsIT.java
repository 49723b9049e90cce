package org.specworks.cms.it.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
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
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishedVersion;
import org.specworks.cms.publishing.PublishedVersions;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;

/**
 * Policies as legal records: every publication is a numbered version with a permalink, the current
 * address shows the newest and lists the others, and the Atom feed announces each new version.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PolicyVersionsIT {

  static final String POLICY = "/omaspecworks/legal-it/conduct-policy";
  static final String DRAFT_ONLY = "xyzzydraftonly";

  @Inject private ContentService content;
  @Inject private PublishingService publishing;
  @Inject private PublishedVersions versions;

  @Test
  @Order(1)
  void eachPublicationIsTheNextVersionAndRepublishingInventsNone() {
    ContentPath path = ContentPath.of(POLICY);
    ContentItem item =
        content.create(
            Staff.EDITOR,
            ContentType.POLICY,
            path,
            policy("First text of the conduct policy.", ""),
            "first");
    publishing.publishUrgentFix(
        Staff.ADMIN, path, item.latestRevision().orElseThrow().id(), JUSTIFICATION);
    Revision second =
        content.save(
            Staff.EDITOR,
            path,
            item.latestRevision().orElseThrow().id(),
            policy("Second text of the conduct policy.", "Clarified who the policy applies to."),
            "second");
    publishing.publishUrgentFix(Staff.ADMIN, path, second.id(), JUSTIFICATION);
    publishing.unpublish(Staff.ADMIN, path, "checking that re-publishing keeps the numbering");
    publishing.publishUrgentFix(Staff.ADMIN, path, second.id(), JUSTIFICATION);

    content.save(
        Staff.EDITOR,
        path,
        second.id(),
        policy(DRAFT_ONLY, "Draft change note " + DRAFT_ONLY),
        "draft");

    List<PublishedVersion> all = versions.of(path, ContentType.POLICY);
    assertEquals(
        List.of(1, 2),
        all.stream().map(PublishedVersion::version).toList(),
        "a draft is no version");
    assertEquals(second.id(), all.get(1).revisionId());
    assertEquals("Clarified who the policy applies to.", all.get(1).changeSummary());
    assertEquals(POLICY + "/v/2", all.get(1).permalink());
  }

  @Test
  @Order(2)
  void everySeededPolicyStartsAtVersionOne() {
    for (String kind :
        List.of("document-use-agreement", "ipr-policy", "trademark-policy", "openness-policy")) {
      List<PublishedVersion> seeded =
          versions.of(
              ContentPath.of("/omaspecworks/about/policies-terms-of-use/" + kind),
              ContentType.POLICY);
      assertTrue(!seeded.isEmpty() && seeded.get(0).version() == 1, kind + ": " + seeded);
    }
  }

  @Test
  @Order(3)
  @RunAsClient
  void theCurrentAddressPermalinksAndFeedTellTheHistory(@ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);

    Document current = Jsoup.parse(ok(site.get(POLICY.substring(1))));
    assertTrue(current.select("article").text().contains("Second text of the conduct policy."));
    assertTrue(
        current.select(".version-meta").text().startsWith("Version 2"),
        current.select(".version-meta").text());
    assertTrue(
        current.select(".change-note").text().contains("Clarified who the policy applies to."));
    assertEquals(List.of("Version 2", "Version 1"), current.select("#versions li a").eachText());

    Document first = Jsoup.parse(ok(site.get(POLICY.substring(1) + "/v/1")));
    assertTrue(first.select("article").text().contains("First text of the conduct policy."));
    assertTrue(
        first.select(".notice").text().contains("You are reading version 1, which was replaced"));
    assertEquals(site.contextPath() + POLICY, first.select(".notice a").attr("href"));

    assertEquals(404, site.get(POLICY.substring(1) + "/v/3").statusCode());
    assertEquals(404, site.get(POLICY.substring(1) + "/v/0").statusCode());

    HttpResponse<String> feed = site.get("feeds/policies.atom");
    assertTrue(
        feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
    Document atom = Jsoup.parse(feed.body(), "", Parser.xmlParser());
    assertTrue(
        atom.select("entry > link").eachAttr("href").stream()
            .anyMatch(h -> h.endsWith(POLICY + "/v/2")),
        feed.body());
    assertTrue(
        atom.select("entry > title").eachText().contains("Conduct policy, version 2"), feed.body());
    for (String url :
        List.of(POLICY.substring(1), POLICY.substring(1) + "/v/2", "feeds/policies.atom")) {
      assertFalse(
          site.get(url).body().contains(DRAFT_ONLY), url + " shows nothing of the newer draft");
    }
    String etag = feed.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, site.get("feeds/policies.atom", Map.of("If-None-Match", etag)).statusCode());
  }

  @Test
  @Order(4)
  void cleanUp() {
    publishing.unpublish(Staff.ADMIN, ContentPath.of(POLICY), "test over");
  }

  private static final String JUSTIFICATION = "Test publication of a policy version";

  private static RevisionContent policy(String text, String changeSummary) {
    return new RevisionContent(
        "Conduct policy",
        "How members behave.",
        text,
        changeSummary.isEmpty()
            ? Map.of("kind", "openness-policy", "position", "99")
            : Map.of("kind", "openness-policy", "position", "99", "changeSummary", changeSummary));
  }

  private static String ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.uri().toString());
    return response.body();
  }
}
