package org.specworks.cms.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;

/**
 * What every public page carries whatever produced it: the site navigation (the search results and
 * the 404 too, so a reader can go on) and the link to the policy feed, whose addresses are the
 * configured public address, never the one the request came in on.
 */
@CmsIntegrationTest
@RunAsClient
class SiteChromeIT {

  /** {@code cms.public-url}'s default: the test server listens on another port. */
  private static final String CONFIGURED = "http://localhost:8080";

  @ArquillianResource private URL deployment;

  @Test
  void searchResultsAndNotFoundKeepTheSiteNavigation() {
    SiteClient site = new SiteClient(deployment);
    Document search = Jsoup.parse(site.get("omaspecworks/search?q=specworks").body());
    HttpResponse<String> missing = site.get("omaspecworks/about/no-such-page");
    assertEquals(404, missing.statusCode());
    Document notFound = Jsoup.parse(missing.body());
    Document about = Jsoup.parse(site.get("omaspecworks/about").body());

    List<String> onAbout = about.select("nav.site-nav a").eachText();
    assertTrue(onAbout.size() >= 5, "About and the pages below it: " + onAbout);
    assertEquals(onAbout, search.select("nav.site-nav a").eachText(), "search");
    assertEquals(onAbout, notFound.select("nav.site-nav a").eachText(), "404");
    assertTrue(search.select("nav.site-nav [aria-current]").isEmpty(), "no page is current");
  }

  @Test
  void everyPageLinksTheFeedWhichNamesTheConfiguredAddress() {
    SiteClient site = new SiteClient(deployment);
    String feedPath = site.contextPath() + "/feeds/policies.atom";
    for (String page :
        List.of(
            "omaspecworks/about",
            "omaspecworks/about/policies-terms-of-use",
            "omaspecworks/about/policies-terms-of-use/document-use-agreement",
            "omaspecworks/search?q=policy")) {
      Document html = Jsoup.parse(site.get(page).body());
      assertEquals(
          feedPath,
          html.select("head link[rel=alternate][type=application/atom+xml]").attr("href"),
          page);
    }

    Document feed = Jsoup.parse(site.get("feeds/policies.atom").body(), "", Parser.xmlParser());
    assertEquals(CONFIGURED + feedPath, feed.select("feed > link[rel=self]").attr("href"));
    List<String> entries = feed.select("entry > link").eachAttr("href");
    assertTrue(!entries.isEmpty(), "the seed's policies are in the feed");
    entries.forEach(
        href ->
            assertTrue(
                href.startsWith(CONFIGURED + site.contextPath() + "/"),
                "not the request's " + site.uri("") + ": " + href));
  }
}
