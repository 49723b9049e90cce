package org.specworks.cms.it.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;

/**
 * The outside probe's crawl, kept as a test: a secret word sits in drafts (an approved, unpublished
 * draft of a live page; a page never published, in its title and body), and a crawl of everything a
 * reader or a machine can reach (links of every page, the sitemap, the feed, search for the word,
 * the delivery API's lists, pages and items) never meets it, while it does meet the live text of
 * the same page.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DraftSecretsCrawlIT {

  private static final String SECRET = "Zq7DraftSecretNeverPublic";
  private static final String LIVE_WORDS = "Words that readers may see.";
  private static final ContentPath LIVE = ContentPath.of("/omaspecworks/about/it-draft-secrets");
  private static final ContentPath NEVER_PUBLISHED =
      ContentPath.of("/omaspecworks/about/it-draft-secrets-new");
  private static final int MAX_REQUESTS = 3000;
  private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#]+)\"");
  private static final Pattern SITEMAP_LOC = Pattern.compile("<loc>([^<]+)</loc>");
  private static final Pattern API_PATH = Pattern.compile("\"path\"\\s*:\\s*\"(/[^\"]+)\"");

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private PublishingService publishing;

  @Test
  @Order(1)
  void draftsHoldTheSecret() {
    steps.livePage(LIVE, LIVE_WORDS);
    Revision draft = steps.draft(LIVE, "Draft words with " + SECRET + " in them.");
    steps.approve(LIVE, draft);
    content.create(
        Staff.EDITOR,
        ContentType.PAGE,
        NEVER_PUBLISHED,
        new RevisionContent("Title " + SECRET, "", "Body " + SECRET),
        "never published");
  }

  @Test
  @Order(2)
  @RunAsClient
  void noPublicResponseShowsADraft(@ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);
    String root = site.uri("").getPath();
    Deque<String> queue = new ArrayDeque<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> starts =
        List.of(
            "omaspecworks/about",
            LIVE.value().substring(1),
            NEVER_PUBLISHED.value().substring(1),
            "sitemap.xml",
            "robots.txt",
            "feeds/policies.atom",
            // Words of the drafts, not the secret itself: a search page repeats its query.
            "omaspecworks/search?q=Draft+words",
            "omaspecworks/search?q=Body",
            "omaspecworks/search?q=Title",
            "api/v1/items?size=100",
            "api/v1/items" + LIVE.value(),
            "api/v1/items" + NEVER_PUBLISHED.value());
    starts.forEach(start -> enqueue(queue, seen, root + start));
    List<String> leaks = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    boolean liveWordsSeen = false;
    int requests = 0;
    while (!queue.isEmpty() && requests < MAX_REQUESTS) {
      String target = queue.removeFirst();
      HttpResponse<String> response = site.getAbsolute(site.uri("").resolve(target));
      requests++;
      String body = response.body();
      if (response.statusCode() >= 500) {
        failures.add(response.statusCode() + " " + target);
      }
      if (body.toLowerCase(Locale.ROOT).contains(SECRET.toLowerCase(Locale.ROOT))) {
        leaks.add(target);
      }
      liveWordsSeen |= body.contains(LIVE_WORDS);
      for (Pattern pattern : List.of(LINK, SITEMAP_LOC)) {
        Matcher link = pattern.matcher(body);
        while (link.find()) {
          URI resolved;
          try {
            resolved = site.uri("").resolve(target).resolve(link.group(1).replace("&amp;", "&"));
          } catch (IllegalArgumentException notAnAddress) {
            continue; // not a URI a client could follow as written
          }
          boolean here = resolved.getHost() == null || resolved.getHost().equals("127.0.0.1");
          if (!resolved.isOpaque() && here && resolved.getRawPath() != null) {
            enqueue(queue, seen, resolved.getRawPath() + query(resolved));
          }
        }
      }
      Matcher apiPath = API_PATH.matcher(body);
      while (apiPath.find()) {
        enqueue(queue, seen, root + "api/v1/items" + apiPath.group(1));
        enqueue(queue, seen, root + apiPath.group(1).substring(1));
      }
    }
    System.out.printf(
        "DraftSecretsCrawlIT: %d public responses crawled, %d addresses known%s%n",
        requests, seen.size(), queue.isEmpty() ? "" : " (stopped at the bound)");
    assertTrue(leaks.isEmpty(), "a draft's secret was served at " + leaks);
    assertTrue(failures.isEmpty(), "server errors: " + failures);
    assertTrue(liveWordsSeen, "the crawl reached the live page (else it proves nothing)");
    // The seed alone links some 90 public addresses; far fewer means the crawl lost its way.
    assertTrue(requests >= 50, "crawled only " + requests + " responses");
  }

  @Test
  @Order(3)
  void theTestPageLeavesTheSite() {
    publishing.unpublish(Staff.REVIEWER, LIVE, "crawl test over");
  }

  private static String query(URI uri) {
    return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
  }

  /** Public addresses only: the admin, sign-in and previews are not what readers crawl. */
  private static void enqueue(Deque<String> queue, Set<String> seen, String target) {
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    boolean staffOnly =
        path.contains("/admin") || path.contains("/login") || path.contains("/preview/");
    if (!staffOnly && !path.startsWith("/javax.faces") && seen.add(target)) {
      queue.addLast(target);
    }
  }
}
