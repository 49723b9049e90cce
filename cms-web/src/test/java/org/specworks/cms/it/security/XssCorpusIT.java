package org.specworks.cms.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.XssProbe;

/**
 * The XSS corpus (at least 100 payloads) goes through every text field of every content type: a
 * page's title, description and body; an FAQ question and answer; a policy's title, summary and
 * full text; a trademark's designation; an IPR declaration's declarant and specification. All of it
 * is published and opened in headless Chromium, which is instrumented before any page script could
 * run: nothing may call alert/confirm/prompt, no script may even be attempted (the public CSP would
 * block it and report a violation), and the DOM may hold no event handler, script URL or active
 * element. Afterwards the items are unpublished, leaving the site as it was.
 */
@DrivesBrowser
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XssCorpusIT {

  static final String ROOT = "/omaspecworks/xss-corpus";

  @Inject private ContentService content;
  @Inject private PublishingService publishing;

  @Test
  @Order(1)
  void publishesEveryPayloadInEveryTextField() {
    List<String> payloads = XssPayloads.all();
    assertTrue(payloads.size() >= 100, "the corpus has " + payloads.size() + " payloads");
    publish(ContentType.PAGE, ROOT, new RevisionContent("XSS corpus", "", "", Map.of()));
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      try {
        publish(ContentType.PAGE, ROOT + "/page-" + i, new RevisionContent(p, p, p, Map.of()));
      } catch (InvalidInputException blocked) {
        // The content checks refuse Markdown links to script addresses before the sanitiser ever
        // sees them.
        assertTrue(blocked.getMessage().contains("cannot be published"), blocked.getMessage());
        refused.add(p);
        continue;
      }
      publish(
          ContentType.FAQ_ENTRY,
          ROOT + "/faq-" + i,
          new RevisionContent(p, "", p, Map.of("position", Integer.toString(i))));
      publish(
          ContentType.POLICY,
          ROOT + "/policy-" + i,
          new RevisionContent(
              p, p, p, Map.of("kind", "openness-policy", "position", Integer.toString(i))));
      publish(
          ContentType.TRADEMARK,
          ROOT + "/mark-" + i,
          new RevisionContent(
              p,
              "",
              "",
              Map.of("form", "word-mark", "symbol", "™", "position", Integer.toString(i))));
      publish(
          ContentType.IPR_DECLARATION,
          ROOT + "/declaration-" + i,
          new RevisionContent(
              p, "", "", Map.of("list", "member", "specification", p, "declaredOn", "2020-01-01")));
    }
    assertTrue(
        refused.stream()
            .allMatch(p -> p.contains("](") || p.contains("]:") || p.startsWith("<javascript")),
        "only Markdown links and images are refused by the checks: " + refused);
    assertTrue(
        payloads.size() - refused.size() >= 100,
        (payloads.size() - refused.size()) + " payloads published; refused: " + refused);
  }

  @Test
  @Order(2)
  @RunAsClient
  void noPayloadRunsInChromium(@ArquillianResource URL deployment) throws java.io.IOException {
    assumeTrue(XssProbe.canRun(), XssProbe.SKIP_REASON);
    List<String> selfTest = XssProbe.problemsOnKnownBadPages();
    assertTrue(
        selfTest.stream().anyMatch(p -> p.startsWith("/handler: alert(handler)")),
        selfTest.toString());
    assertTrue(
        selfTest.stream().anyMatch(p -> p.startsWith("/inline: blocked by CSP script-src")),
        selfTest.toString());

    List<String> pages = new ArrayList<>();
    pages.add(ROOT);
    SiteClient site = new SiteClient(deployment);
    for (int i = 0; i < XssPayloads.all().size(); i++) {
      if (site.get(ROOT.substring(1) + "/page-" + i).statusCode()
          == 200) { // refused payloads were never published
        pages.add(ROOT + "/page-" + i);
      }
    }
    assertTrue(pages.size() > 100, "at least 100 payload pages are live: " + pages.size());
    assertEquals(List.of(), XssProbe.problemsOn(Loopback.base(deployment), pages, "XssCorpusIT"));
  }

  @Test
  @Order(3)
  void unpublishesTheCorpus() {
    for (ContentItem item : content.liveItemsBelow(ContentPath.of(ROOT))) {
      if (item.path().value().equals(ROOT)) {
        continue;
      }
      publishing.unpublish(Staff.ADMIN, item.path(), "XSS corpus test is over");
    }
    publishing.unpublish(Staff.ADMIN, ContentPath.of(ROOT), "XSS corpus test is over");
    assertEquals(List.of(), content.liveItemsBelow(ContentPath.of(ROOT)));
  }

  private void publish(ContentType type, String path, RevisionContent revision) {
    ContentItem item =
        content.create(Staff.EDITOR, type, ContentPath.of(path), revision, "XSS corpus");
    publishing.publishUrgentFix(
        Staff.ADMIN,
        item.path(),
        item.latestRevision().orElseThrow().id(),
        "XSS corpus: published to prove nothing runs");
  }
}
