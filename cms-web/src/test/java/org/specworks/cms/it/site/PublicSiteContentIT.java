package org.specworks.cms.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.ADMIN;
import static org.specworks.cms.it.Staff.EDITOR;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.CompositionPause;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.web.site.SitePage;
import org.specworks.cms.web.site.SitePages;
import org.specworks.cms.web.site.TableQuery;

/**
 * The public site's pages as composed on the server: drafts never appear, and publishing replaces
 * exactly the pages that show the published item.
 */
@CmsIntegrationTest
class PublicSiteContentIT {

  private static final List<ContentType> LISTED_TYPES =
      List.of(
          ContentType.FAQ_ENTRY, ContentType.POLICY, ContentType.TRADEMARK, ContentType.DOCUMENT);

  @Inject private SitePages pages;
  @Inject private ContentService content;
  @Inject private PublishingService publishing;
  @Inject private LiveContent live;
  @Inject private CompositionPause pause;

  @Test
  void draftsOfEveryTypeNeverReachAPublicPage() {
    String secret = "DRAFTSECRET" + UUID.randomUUID().toString().replace("-", "");
    for (ContentType type : LISTED_TYPES) {
      ContentItem seeded =
          content.itemsOfType(type).stream()
              .filter(
                  item ->
                      item.path().value().startsWith("/omaspecworks/")
                          || type == ContentType.DOCUMENT)
              .filter(item -> item.liveRevision().isPresent())
              .findFirst()
              .orElseThrow();
      Revision latest = seeded.latestRevision().orElseThrow();
      RevisionContent current = latest.content();
      content.save(
          EDITOR,
          seeded.path(),
          latest.id(),
          new RevisionContent(
              current.title() + " " + secret,
              current.description(),
              current.body().isEmpty() ? "" : current.body() + " " + secret,
              current.fields()),
          "draft");
    }
    content.create(
        EDITOR,
        ContentType.FAQ_ENTRY,
        ContentPath.of("/omaspecworks/about/omaspecworks-faq/" + secret.toLowerCase()),
        new RevisionContent("Never published " + secret, "", secret, Map.of("position", "0")),
        "");
    ContentPath ipr = ContentPath.of("/omaspecworks/about/ipr");
    Revision iprLatest = content.requireByPath(ipr).latestRevision().orElseThrow();
    content.save(
        EDITOR,
        ipr,
        iprLatest.id(),
        new RevisionContent(
            "Intellectual Property Rights", "", iprLatest.content().body() + "\n\n" + secret),
        "");

    for (String path : live.livePagePaths()) {
      // A search for the secret's prefix would find a leaked draft, yet does not echo the whole
      // secret back.
      for (TableQuery query :
          List.of(TableQuery.NONE, new TableQuery("DRAFTSECRET", "declarant"))) {
        String html = pages.page(ContentPath.of(path), "", query).orElseThrow().html();
        assertFalse(html.contains(secret), "draft leaked into " + path + " " + query);
      }
    }
    live.liveDocuments()
        .values()
        .forEach(doc -> assertFalse(doc.title().contains(secret), doc.path()));
    // What the delivery API lists, for every type: published revisions only.
    for (ContentType type : ContentType.values()) {
      live.liveItems(Optional.of(type), 0, 1000)
          .items()
          .forEach(
              item -> {
                assertFalse(
                    item.content().allParts().toString().contains(secret),
                    "API would leak " + item.path());
                assertFalse(item.body().html().contains(secret), item.path());
              });
    }
  }

  @Test
  void publishingAnItemReplacesItsPageAndLeavesOtherPagesCached() {
    ContentPath page = Staff.freshPath("faq-page");
    publishNew(ContentType.PAGE, page, new RevisionContent("Questions", "", "Our questions."));
    SitePage before = pages.page(page, "", TableQuery.NONE).orElseThrow();
    ContentPath ipr = ContentPath.of("/omaspecworks/about/ipr");
    SitePage unrelated = pages.page(ipr, "", TableQuery.NONE).orElseThrow();
    assertSame(
        before, pages.page(page, "", TableQuery.NONE).orElseThrow(), "served from the cache");

    publishNew(
        ContentType.FAQ_ENTRY,
        ContentPath.of(page.value() + "/why"),
        new RevisionContent("Why a new question?", "", "Because.", Map.of("position", "1")));

    SitePage after = pages.page(page, "", TableQuery.NONE).orElseThrow();
    assertTrue(after.html().contains("Why a new question?"));
    assertTrue(after.html().contains("id=\"why\""), "each entry has its anchor");
    assertNotEquals(before.etag(), after.etag());
    assertSame(
        unrelated,
        pages.page(ipr, "", TableQuery.NONE).orElseThrow(),
        "an unrelated page stays cached");
  }

  @Test
  void publishingADocumentChangesThePagesThatLinkItAtOnce() {
    ContentPath page = Staff.freshPath("policies-page");
    ContentPath document =
        ContentPath.of(LiveContent.DOCUMENTS.value() + "/" + page.value().substring(4));
    publishNew(ContentType.PAGE, page, new RevisionContent("Policies", "", "Our policies."));
    publishNew(ContentType.DOCUMENT, document, new RevisionContent("The complete policy", "", ""));
    publishNew(
        ContentType.POLICY,
        ContentPath.of(page.value() + "/use"),
        new RevisionContent(
            "Use policy",
            "",
            "Read it.",
            Map.of("kind", "openness-policy", "position", "1", "document", document.value())));
    assertTrue(
        pages
            .page(page, "", TableQuery.NONE)
            .orElseThrow()
            .html()
            .contains("The complete policy: not yet available online."),
        "named, without an address yet");

    Revision latest = content.requireByPath(document).latestRevision().orElseThrow();
    Revision withAddress =
        content.save(
            EDITOR,
            document,
            latest.id(),
            new RevisionContent(
                "The complete policy", "", "", Map.of("url", "https://example.org/policy.pdf")),
            "address");
    publishing.publishUrgentFix(
        ADMIN, document, withAddress.id(), "Test fixture published without review");

    String linked = pages.page(page, "", TableQuery.NONE).orElseThrow().html();
    assertTrue(
        linked.contains("<a href=\"" + document.value() + "\">The complete policy</a>"), linked);
    assertFalse(linked.contains("not yet available online"));

    publishing.unpublish(ADMIN, document, "withdrawn");
    assertFalse(
        pages.page(page, "", TableQuery.NONE).orElseThrow().html().contains("The complete policy"),
        "a withdrawn document is no longer linked");
  }

  @Test
  void aPublicationCommittedWhileAPageIsComposedNeverLeavesTheOldPageCached() throws Exception {
    ContentPath page = Staff.freshPath("race-page");
    ContentPath entry = ContentPath.of(page.value() + "/question");
    publishNew(ContentType.PAGE, page, new RevisionContent("Questions", "", "Our questions."));
    publishNew(
        ContentType.FAQ_ENTRY,
        entry,
        new RevisionContent("Old question?", "", "Old.", Map.of("position", "1")));

    pause.holdNext(page.value());
    ExecutorService reader = Executors.newSingleThreadExecutor();
    Future<SitePage> composing =
        reader.submit(() -> pages.page(page, "", TableQuery.NONE).orElseThrow());
    reader.shutdown();
    pause.awaitComposed();
    Revision latest = content.requireByPath(entry).latestRevision().orElseThrow();
    Revision changed =
        content.save(
            EDITOR,
            entry,
            latest.id(),
            new RevisionContent("New question?", "", "New.", Map.of("position", "1")),
            "reworded");
    publishing.publishUrgentFix(
        ADMIN, entry, changed.id(), "Test fixture published without review");
    pause.resume();
    assertTrue(
        composing.get(20, TimeUnit.SECONDS).html().contains("Old question?"),
        "the request that started before the publication saw the old text");

    String next = pages.page(page, "", TableQuery.NONE).orElseThrow().html();
    assertTrue(
        next.contains("New question?"),
        "the next reader sees what is live now, not a cached old page");
  }

  private void publishNew(ContentType type, ContentPath path, RevisionContent revision) {
    Revision first =
        content.create(EDITOR, type, path, revision, "").latestRevision().orElseThrow();
    publishing.publishUrgentFix(ADMIN, path, first.id(), "Test fixture published without review");
    assertEquals(first.id(), live.liveItem(path).orElseThrow().revisionId());
  }
}
