package org.specworks.cms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.ADMIN;
import static org.specworks.cms.it.Staff.EDITOR;

import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
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
import org.specworks.cms.web.api.ApiResponses;
import org.specworks.cms.web.support.EncodedBody;

/**
 * The delivery API's cached JSON as composed on the server: kept per live revision, replaced at
 * once when something it shows is published, and never left stale by a publication that commits
 * while it is composed.
 */
@CmsIntegrationTest
class DeliveryApiCacheIT {

  private static final int ALL = 100;

  @Inject private ApiResponses api;
  @Inject private ContentService content;
  @Inject private PublishingService publishing;
  @Inject private LiveContent live;
  @Inject private CompositionPause pause;

  @Test
  void publishingChangesTheItemAndItsListsAtOnceAndLeavesOtherListsCached() {
    ContentPath entry = Staff.freshPath("api-faq");
    EncodedBody trademarks = api.list(Optional.of(ContentType.TRADEMARK), 0, ALL);
    EncodedBody faqsBefore = api.list(Optional.of(ContentType.FAQ_ENTRY), 0, ALL);
    EncodedBody everythingBefore = api.list(Optional.empty(), 0, 5);
    assertTrue(api.item(entry).isEmpty(), "nothing published there yet");
    assertSame(faqsBefore, api.list(Optional.of(ContentType.FAQ_ENTRY), 0, ALL), "cached");

    long first = publishNew(entry, "First wording?");

    EncodedBody item = api.item(entry).orElseThrow();
    assertTrue(item.text().contains("First wording?"), item.text());
    assertSame(item, api.item(entry).orElseThrow(), "cached");
    EncodedBody faqs = api.list(Optional.of(ContentType.FAQ_ENTRY), 0, ALL);
    assertTrue(faqs.text().contains("First wording?"), "the list shows it at once");
    assertNotEquals(faqsBefore.etag(), faqs.etag());
    assertNotEquals(everythingBefore.etag(), api.list(Optional.empty(), 0, 5).etag(), "count");
    assertSame(
        trademarks,
        api.list(Optional.of(ContentType.TRADEMARK), 0, ALL),
        "a list of another type stays cached");

    long second = publishRevision(entry, "Second wording?");
    assertNotEquals(first, second);

    EncodedBody changed = api.item(entry).orElseThrow();
    assertTrue(changed.text().contains("Second wording?"), changed.text());
    assertTrue(changed.text().contains("\"revision\":" + second), changed.text());
    assertNotEquals(item.etag(), changed.etag(), "the ETag changes with the revision");
    EncodedBody faqsChanged = api.list(Optional.of(ContentType.FAQ_ENTRY), 0, ALL);
    assertTrue(faqsChanged.text().contains("Second wording?"));
    assertFalse(faqsChanged.text().contains("First wording?"));
    assertNotEquals(faqs.etag(), faqsChanged.etag());

    publishing.unpublish(ADMIN, entry, "withdrawn");
    assertTrue(api.item(entry).isEmpty(), "gone from the API at once");
    assertFalse(api.list(Optional.of(ContentType.FAQ_ENTRY), 0, ALL).text().contains("wording?"));
  }

  @Test
  void anItemsEntityTagIsNotItsBareRevisionNumber() {
    ContentPath about = ContentPath.of("/omaspecworks/about");
    long revision = live.liveItem(about).orElseThrow().revisionId();
    String etag = api.item(about).orElseThrow().etag();
    // A change of the JSON shape must be able to change the tag; the revision alone cannot.
    assertNotEquals("\"" + revision + "\"", etag);
    assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
  }

  @Test
  void aPublicationCommittedWhileAnItemIsComposedNeverLeavesTheOldJsonCached() throws Exception {
    ContentPath entry = Staff.freshPath("api-race");
    publishNew(entry, "Old question?");

    pause.holdNext("/api/v1/items" + entry.value());
    ExecutorService reader = Executors.newSingleThreadExecutor();
    Future<EncodedBody> composing = reader.submit(() -> api.item(entry).orElseThrow());
    reader.shutdown();
    pause.awaitComposed();
    publishRevision(entry, "New question?");
    pause.resume();
    assertTrue(
        composing.get(20, TimeUnit.SECONDS).text().contains("Old question?"),
        "the request that started before the publication saw the old text");

    assertTrue(
        api.item(entry).orElseThrow().text().contains("New question?"),
        "the next reader sees what is live now, not cached old JSON");
  }

  @Test
  void aPublicationCommittedWhileAListIsComposedNeverLeavesTheOldListCached() throws Exception {
    ContentPath entry = Staff.freshPath("api-list-race");
    publishNew(entry, "Old listed question?");

    pause.holdNext("/api/v1/items?type=faq-entry&page=0&size=99");
    ExecutorService reader = Executors.newSingleThreadExecutor();
    Future<EncodedBody> composing =
        reader.submit(() -> api.list(Optional.of(ContentType.FAQ_ENTRY), 0, 99));
    reader.shutdown();
    pause.awaitComposed();
    publishRevision(entry, "New listed question?");
    pause.resume();
    assertTrue(composing.get(20, TimeUnit.SECONDS).text().contains("Old listed question?"));

    assertTrue(
        api.list(Optional.of(ContentType.FAQ_ENTRY), 0, 99).text().contains("New listed question?"),
        "the next reader sees what is live now, not a cached old list");
  }

  private long publishNew(ContentPath path, String question) {
    Revision first =
        content
            .create(
                EDITOR,
                ContentType.FAQ_ENTRY,
                path,
                new RevisionContent(question, "", "An answer.", Map.of("position", "1")),
                "")
            .latestRevision()
            .orElseThrow();
    publishing.publishUrgentFix(ADMIN, path, first.id(), "Test fixture published without review");
    assertEquals(first.id(), live.liveItem(path).orElseThrow().revisionId());
    return first.id();
  }

  private long publishRevision(ContentPath path, String question) {
    Revision latest = content.requireByPath(path).latestRevision().orElseThrow();
    Revision changed =
        content.save(
            EDITOR,
            path,
            latest.id(),
            new RevisionContent(question, "", "Another answer.", Map.of("position", "1")),
            "reworded");
    publishing.publishUrgentFix(ADMIN, path, changed.id(), "Test fixture published without review");
    return changed.id();
  }
}
