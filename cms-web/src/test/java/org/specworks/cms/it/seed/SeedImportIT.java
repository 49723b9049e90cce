package org.specworks.cms.it.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentTotals;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.content.Revision;
import org.specworks.cms.seed.BundledSeed;
import org.specworks.cms.seed.ImportReport;
import org.specworks.cms.seed.SeedImport;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SeedFacts;

/**
 * Runs inside Payara against the run's database: the whole seed lands once, published, and never
 * twice.
 */
@CmsIntegrationTest
class SeedImportIT {

  @Inject private ContentService content;
  @Inject private SeedImport seedImport;
  @Inject private AuditLog audit;

  private final SeedFacts seed = SeedFacts.aboutPage();

  @Test
  void aboutPageIsLiveAsRevisionOneBySystemWithTheWholeSeedDocument() {
    ContentItem about = content.requireByPath(BundledSeed.ABOUT);

    assertEquals(PublicationStatus.LIVE, about.status());
    Revision live = about.liveRevision().orElseThrow();
    assertEquals(1, live.number());
    assertEquals(Revision.SYSTEM_AUTHOR, live.author());
    assertEquals(seed.title(), live.content().title());
    assertEquals(BundledSeed.document().body(), live.content().body());
    assertEquals(live.content().hash(), live.contentHash());
  }

  @Test
  void everyFaqQuestionOfTheSeedIsAnEntryInTheSeedsOrder() {
    List<String> questions =
        seed.subheadingsOf("OMASpecWorks F.A.Q").stream()
            .map(q -> q.substring("Q. ".length()))
            .toList();

    assertEquals(7, questions.size());
    assertEquals(questions, titlesByPosition(ContentType.FAQ_ENTRY));
  }

  @Test
  void everyPolicyOfTheSeedIsAPolicyItem() {
    List<String> expected = new ArrayList<>();
    for (String heading : seed.subheadingsOf("Policies & Terms of Use")) {
      if (heading.equals("Antitrust")) {
        // "The following documents govern the antitrust guidelines and policies": one policy per
        // document link.
        seed.links().stream()
            .map(SeedFacts.SeedLink::text)
            .filter(text -> text.startsWith("Antitrust "))
            .forEach(expected::add);
      } else {
        expected.add(heading);
      }
    }
    assertEquals(6, expected.size());
    assertEquals(expected, titlesByPosition(ContentType.POLICY));
  }

  @Test
  void everyMarkOfTheTrademarkParagraphIsATrademarkInTheSeedsOrder() {
    String paragraph = seed.paragraphContaining("are marks of Open Mobile Alliance");
    List<String> marks = new ArrayList<>();
    Matcher quoted =
        Pattern.compile("‘([^’]+)’").matcher(paragraph.substring(0, paragraph.indexOf("and all")));
    while (quoted.find()) {
      marks.add(quoted.group(1).replace("™", ""));
    }

    assertEquals(9, marks.size());
    assertEquals(marks, titlesByPosition(ContentType.TRADEMARK));
  }

  @Test
  void everySectionHeadingOfTheSeedIsAPageOrInsideOne() {
    List<String> pageTitles =
        content.itemsOfType(ContentType.PAGE).stream()
            .flatMap(
                item ->
                    item.liveRevision().stream()) // other tests take their own pages off the site
            .map(revision -> revision.content().title())
            .toList();
    for (String section :
        List.of("Intellectual Property Rights", "Policies & Terms of Use", "OMASpecWorks F.A.Q")) {
      assertTrue(pageTitles.contains(section), section + " in " + pageTitles);
    }
    for (SeedFacts.SeedLink link : seed.links()) {
      if (link.destination().startsWith("/omaspecworks/")) {
        assertTrue(
            content
                .findByPath(org.specworks.cms.content.ContentPath.of(link.destination()))
                .isPresent(),
            "Checkout link target exists: " + link);
      }
    }
  }

  @Test
  void importingAgainCreatesNothingAndKeepsHistory() {
    ContentTotals before = content.totals();

    ImportReport report = seedImport.importBundledSeed();

    assertTrue(report.created().isEmpty(), "created " + report.created());
    assertEquals(BundledSeed.items().size(), report.alreadyPresent().size());
    assertEquals(before, content.totals());
    assertEquals(1, content.history(BundledSeed.ABOUT).size());
  }

  @Test
  void theImportIsInTheAuditTrailAsTheSystems() {
    ContentItem about = content.requireByPath(BundledSeed.ABOUT);

    assertEquals(
        List.of("system content.import"),
        audit.forItem(about.id()).stream().map(e -> e.actor() + " " + e.action()).toList());
  }

  private List<String> titlesByPosition(ContentType type) {
    return content.itemsOfType(type).stream()
        .filter(
            item -> item.path().value().startsWith("/omaspecworks/")) // not the other tests' items
        .flatMap(
            item ->
                item
                    .liveRevision()
                    .stream()) // nor their drafts (new marks imported as drafts, say)
        .map(Revision::content)
        .sorted(Comparator.comparingInt(c -> Integer.parseInt(c.field("position"))))
        .map(c -> c.title())
        .toList();
  }
}
