package org.specworks.cms.it.search;

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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;

/**
 * Site search on both databases (PostgreSQL full text; the embedded fallback): finds the seed's
 * published words, links each result where readers see it, highlights the words, never finds a
 * draft, and shrugs off hostile queries.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteSearchIT {

  static final String SECRET = "zebraquasar";

  @Inject private ContentService content;
  @Inject private PublishingService publishing;

  @Test
  @Order(1)
  void aDraftHoldsASecretWord() {
    content.create(
        Staff.EDITOR,
        ContentType.PAGE,
        ContentPath.of("/omaspecworks/about/search-draft-it"),
        new RevisionContent(
            "Draft about " + SECRET, "", "Only a draft mentions " + SECRET + ".", Map.of()),
        "draft");
  }

  @Test
  @Order(2)
  @RunAsClient
  void findsPublishedWordsWhereReadersSeeThem(@ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);
    String context =
        site.contextPath(); // lambdas below must not capture the client (see results())

    Document ipr = Jsoup.parse(results(deployment, "essential IPR"));
    List<String> links = ipr.select(".search-results a").eachAttr("href");
    assertTrue(links.contains(context + "/omaspecworks/about/ipr"), links.toString());
    assertTrue(
        ipr.select(".search-results mark").eachText().stream()
            .anyMatch(m -> m.equalsIgnoreCase("essential") || m.equalsIgnoreCase("IPR")),
        ipr.select(".search-results").html());

    List<String> faq =
        Jsoup.parse(results(deployment, "sponsoring companies"))
            .select(".search-results a")
            .eachAttr("href");
    assertTrue(
        faq.stream().anyMatch(h -> h.startsWith(context + "/omaspecworks/about/omaspecworks-faq#")),
        "an FAQ answer links to its anchor: " + faq);

    Document draft = Jsoup.parse(results(deployment, SECRET));
    assertEquals("No results for “" + SECRET + "”.", draft.select(".result-count").text());

    for (String hostile :
        List.of("' OR 1=1 --", "%_\\", "\"unclosed", "-", "<script>alert(1)</script>")) {
      HttpResponse<String> answer =
          site.get(
              "omaspecworks/search?q="
                  + java.net.URLEncoder.encode(hostile, java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(200, answer.statusCode(), hostile);
      assertFalse(answer.body().contains("Exception"), hostile);
      assertFalse(
          answer.body().contains("<script>alert(1)"), "the query is escaped where it is shown");
    }
    assertTrue(
        Jsoup.parse(site.get("omaspecworks/search").body()).select(".search-results").isEmpty());
  }

  static final ContentPath MARKDOWN_PAGE = ContentPath.of("/omaspecworks/search-snippet-it");
  static final String FILLER = "alpha bravo charlie delta echo foxtrot golf hotel india juliet ";

  @Test
  @Order(3)
  void aPublishedPageWritesItsWordsInMarkdown() {
    var page =
        content.create(
            Staff.EDITOR,
            ContentType.PAGE,
            MARKDOWN_PAGE,
            new RevisionContent(
                "Snippet test",
                "",
                "## Rules\n\n"
                    + FILLER.repeat(4)
                    + "the **glimmerwort** rule binds [members](/omaspecworks/about) "
                    + FILLER.repeat(4),
                Map.of()),
            "markdown");
    publishing.publishUrgentFix(
        Staff.ADMIN,
        MARKDOWN_PAGE,
        page.latestRevision().orElseThrow().id(),
        "Test publication for search snippets");
  }

  @Test
  @Order(4)
  @RunAsClient
  void snippetsQuoteTheTextReadersSeeCutBetweenWords(@ArquillianResource URL deployment) {
    Document found = Jsoup.parse(results(deployment, "glimmerwort"));
    String snippet = found.select(".search-results li p").text();
    assertEquals(List.of("glimmerwort"), found.select(".search-results li p mark").eachText());
    assertFalse(snippet.contains("**"), snippet);
    assertFalse(snippet.contains("]("), snippet);
    assertFalse(snippet.contains("/omaspecworks"), snippet);
    List<String> words = List.of((FILLER + "the glimmerwort rule binds members Rules").split(" "));
    for (String word : snippet.replace("…", " ").strip().split("\\s+")) {
      assertTrue(words.contains(word), "'" + word + "' is a whole word of the text: " + snippet);
    }
  }

  @Test
  @Order(5)
  void cleanUp() {
    publishing.unpublish(Staff.ADMIN, MARKDOWN_PAGE, "test over");
  }

  /**
   * The results page's HTML. (Only JDK types in signatures: this class also loads in the server,
   * where neither jsoup nor the test client is deployed.)
   */
  private static String results(URL deployment, String words) {
    HttpResponse<String> response =
        new SiteClient(deployment)
            .get(
                "omaspecworks/search?q="
                    + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode());
    return response.body();
  }
}
