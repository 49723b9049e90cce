package org.specworks.cms.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SeedFacts;
import org.specworks.cms.testing.SeedFacts.SeedHeading;
import org.specworks.cms.testing.SeedFacts.SeedLink;
import org.specworks.cms.testing.SiteClient;

/** The published About page over HTTP, compared with what the seed document says. */
@CmsIntegrationTest
@RunAsClient
class AboutPageIT {

  private static final String ABOUT = "omaspecworks/about";

  @ArquillianResource private URL deployment;

  private final SeedFacts seed = SeedFacts.aboutPage();
  private SiteClient site;

  @BeforeEach
  void connect() {
    site = new SiteClient(deployment);
  }

  @Test
  void servesEverySeedHeadingInOrderUnderThePageTitle() {
    Document page = about();

    assertEquals(seed.title(), page.selectFirst("main h1").text());
    List<SeedHeading> served =
        page.select("main h2, main h3, main h4").stream()
            .map(h -> new SeedHeading(Integer.parseInt(h.tagName().substring(1)), h.text()))
            .toList();
    assertEquals(seed.headings(), served);
  }

  @Test
  void servesEveryParagraphOfTheSeed() {
    String text = about().selectFirst("main").text();

    for (String paragraph : seed.paragraphs()) {
      assertTrue(text.contains(paragraph), "missing paragraph: " + paragraph);
    }
  }

  @Test
  void keepsEverySeedLinkWithATargetAndShowsEmptyOnesAsText() {
    Element main = about().selectFirst("main");

    for (SeedLink link : seed.links()) {
      List<String> hrefsWithThatText =
          main.select("a").stream()
              .filter(a -> a.text().equals(link.text()))
              .map(a -> a.attr("href"))
              .toList();
      if (link.hasTarget()) {
        assertTrue(
            hrefsWithThatText.contains(link.destination()),
            link + " served as " + hrefsWithThatText);
      } else {
        assertTrue(hrefsWithThatText.isEmpty(), link + " should not be a link");
        assertTrue(main.text().contains(link.text()), link + " text missing");
      }
    }
  }

  @Test
  void outlineLinksToEveryTopLevelSection() {
    Document page = about();

    List<String> outline = page.select("nav.outline a").eachText();
    assertEquals(seed.headingsOfLevel(2).stream().map(SeedHeading::text).toList(), outline);
    for (Element link : page.select("nav.outline a")) {
      assertNotNull(
          page.getElementById(link.attr("href").substring(1)), "anchor target of " + link);
    }
  }

  @Test
  void revalidationWithTheSameEtagAnswersNotModified() {
    HttpResponse<String> first = site.get(ABOUT);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.matches("\"[^\"]+\""), "strong ETag: " + etag);

    HttpResponse<String> again = site.get(ABOUT, Map.of("If-None-Match", etag));
    HttpResponse<String> stale = site.get(ABOUT, Map.of("If-None-Match", "\"0-other\""));

    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(200, stale.statusCode());
    assertEquals(etag, stale.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void unknownPagesGetAFriendlyNotFound() {
    for (String path :
        List.of("omaspecworks/about/no-such-page", "omaspecworks/about_us", "omaspecworks/")) {
      HttpResponse<String> response = site.get(path);

      assertEquals(404, response.statusCode(), path);
      assertTrue(response.body().contains("Page not found"), path);
      assertFalse(response.body().contains("Exception"), path);
    }
  }

  @Test
  void siteRootLeadsToTheAboutPage() {
    HttpResponse<String> response = site.get("");

    assertEquals(302, response.statusCode());
    assertEquals(
        site.contextPath() + "/" + ABOUT,
        java.net.URI.create(response.headers().firstValue("Location").orElseThrow()).getPath());
  }

  @Test
  void pagesCarryTheSecurityHeadersAndNoServerBanner() {
    HttpResponse<String> response = site.get(ABOUT);

    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("default-src 'none'"));
    assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
    assertFalse(response.headers().firstValue("Server").orElse("").contains("Payara"));
  }

  private Document about() {
    HttpResponse<String> response = site.get(ABOUT);
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    return Jsoup.parse(response.body(), site.uri(ABOUT).toString());
  }
}
