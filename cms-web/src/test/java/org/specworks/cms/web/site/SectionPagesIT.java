package org.specworks.cms.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SeedFacts;
import org.specworks.cms.testing.SiteClient;

/** The About section's pages at the seed's URLs, compared with what the seed says. */
@CmsIntegrationTest
@RunAsClient
class SectionPagesIT {

  @ArquillianResource private URL deployment;
  private final SeedFacts seed = SeedFacts.aboutPage();
  private SiteClient site;

  @BeforeEach
  void connect() {
    site = new SiteClient(deployment);
  }

  @Test
  void everyCheckoutLinkOfTheSeedOpensAPublishedPageInTheNavigation() {
    List<SeedFacts.SeedLink> checkout =
        seed.links().stream()
            .filter(link -> link.destination().startsWith("/omaspecworks/about/"))
            .toList();
    assertEquals(4, checkout.size());
    for (SeedFacts.SeedLink link : checkout) {
      Document page = open(link.destination());
      List<String> nav = page.select("nav.site-nav a").eachAttr("href");
      assertTrue(
          nav.contains(site.contextPath() + link.destination()), link + " in navigation " + nav);
      assertEquals(
          site.contextPath() + link.destination(),
          page.selectFirst("nav.site-nav a[aria-current=page]").attr("href"));
    }
  }

  @Test
  void faqPageHasEveryQuestionOfTheSeedInOrderEachWithAnAnchor() {
    Document faq = open("/omaspecworks/about/omaspecworks-faq");

    List<String> questions =
        seed.subheadingsOf("OMASpecWorks F.A.Q").stream()
            .map(q -> q.substring("Q. ".length()))
            .toList();
    assertEquals(questions, faq.select("main .faq-entry h2").eachText());
    for (Element entry : faq.select("main .faq-entry")) {
      assertEquals("#" + entry.id(), entry.selectFirst("h2 a").attr("href"));
    }
    assertEquals(
        questions, faq.select("nav.outline a").eachText(), "the outline lists the questions");
  }

  @Test
  void policiesPageListsTheSixPoliciesAndTheNineTrademarks() {
    Document policies = open("/omaspecworks/about/policies-terms-of-use");

    assertEquals(
        List.of(
            "Document Use Agreement",
            "Intellectual Property Rights",
            "Trademarks",
            "Antitrust Guidelines",
            "Antitrust Compliance Policy",
            "Openness Policy"),
        policies.select("main section.policy h2").eachText());
    String paragraph = seed.paragraphContaining("are marks of Open Mobile Alliance");
    Matcher quoted =
        Pattern.compile("‘([^’]+)’").matcher(paragraph.substring(0, paragraph.indexOf("and all")));
    List<String> marks = new java.util.ArrayList<>();
    while (quoted.find()) {
      marks.add(quoted.group(1));
    }
    assertEquals(marks, policies.select("main section.trademarks tbody td:first-child").eachText());
    assertTrue(
        policies.selectFirst("#document-use-agreement").text().contains("not yet available online"),
        "the seed's empty link is not shown as a link");
  }

  @Test
  void iprPageCarriesItsSectionAndTheGuidelinesOpenThroughTheDocumentAddress() {
    Document ipr = open("/omaspecworks/about/ipr");
    assertEquals("Intellectual Property Rights", ipr.selectFirst("main h1").text());
    assertTrue(
        ipr.selectFirst("main").text().contains(seed.paragraphContaining("Full details of OMA")));

    HttpResponse<String> guidelines = site.get("documents/oma-ipr-guidelines");
    assertEquals(302, guidelines.statusCode());
    assertEquals(
        "https://omaspecworks.org/wp-content/uploads/2018/02/Member_IPRGuidelines_v53006.pdf",
        guidelines.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> pending = site.get("documents/frequent-asked-questions-in-pdf");
    assertEquals(404, pending.statusCode());
    assertTrue(pending.body().contains("not yet available online"));
  }

  @Test
  void sitemapListsThePublishedPagesAndRobotsKeepCrawlersOutOfTheAdmin() {
    HttpResponse<String> sitemap = site.get("sitemap.xml");
    assertEquals(200, sitemap.statusCode());
    assertTrue(
        sitemap.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
    List<String> locations =
        Jsoup.parse(sitemap.body(), "", org.jsoup.parser.Parser.xmlParser())
            .select("loc")
            .eachText();
    for (SeedFacts.SeedLink link : seed.links()) {
      if (link.destination().startsWith("/omaspecworks/about/")) {
        assertTrue(
            locations.stream()
                .anyMatch(loc -> loc.endsWith(site.contextPath() + link.destination())),
            link + " in " + locations);
      }
    }
    assertTrue(locations.stream().noneMatch(loc -> loc.contains("/admin")), locations.toString());
    assertTrue(
        locations.stream()
            .anyMatch(loc -> loc.endsWith("/policies-terms-of-use/document-use-agreement")),
        "each policy's own page: " + locations);
    assertTrue(
        locations.stream().noneMatch(loc -> loc.contains("/documents/")),
        "only pages: " + locations);

    HttpResponse<String> robots = site.get("robots.txt");
    assertTrue(
        robots.body().contains("Disallow: " + site.contextPath() + "/admin/"), robots.body());
    assertTrue(robots.body().contains("Sitemap: "), robots.body());
  }

  private Document open(String path) {
    HttpResponse<String> response = site.get(path);
    assertEquals(200, response.statusCode(), path);
    return Jsoup.parse(response.body());
  }
}
