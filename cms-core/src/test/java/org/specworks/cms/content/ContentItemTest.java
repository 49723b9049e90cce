package org.specworks.cms.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContentItemTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private final ContentItem item = new ContentItem(ContentType.PAGE, ContentPath.of("/about"), T0);

  @Test
  void aNewItemWasNeverPublished() {
    assertEquals(PublicationStatus.NEVER_PUBLISHED, item.status());
    assertEquals(true, item.liveRevision().isEmpty());
  }

  @Test
  void revisionsCountUpAndPointAtTheirBase() {
    Revision first = item.addRevision(content("v1"), "ed", "first", T0);
    Revision second = item.addRevision(content("v2"), "ed", "second", T0.plusSeconds(60));

    assertEquals(1, first.number());
    assertEquals(2, second.number());
    assertSame(first, second.baseRevision().orElseThrow());
    assertSame(second, item.latestRevision().orElseThrow());
  }

  @Test
  void liveRevisionKeepsServingWhileANewerDraftExists() {
    Revision first = item.addRevision(content("v1"), "ed", "", T0);
    item.publish(first);
    assertEquals(PublicationStatus.LIVE, item.status());

    item.addRevision(content("v2"), "ed", "", T0.plusSeconds(60));

    assertEquals(PublicationStatus.LIVE_WITH_PENDING_CHANGES, item.status());
    assertSame(first, item.liveRevision().orElseThrow());
  }

  @Test
  void refusesToPublishAnotherItemsRevision() {
    ContentItem other = new ContentItem(ContentType.PAGE, ContentPath.of("/other"), T0);
    Revision foreign = other.addRevision(content("x"), "ed", "", T0);

    assertThrows(IllegalArgumentException.class, () -> item.publish(foreign));
  }

  @Test
  void contentHashFollowsTheContentOnly() {
    Revision a = item.addRevision(content("same"), "ed", "note a", T0);
    Revision b = item.addRevision(content("same"), "other", "note b", T0.plusSeconds(1));
    Revision c = item.addRevision(content("changed"), "ed", "note a", T0);

    assertEquals(a.contentHash(), b.contentHash());
    assertNotEquals(a.contentHash(), c.contentHash());
  }

  @Test
  void aRevisionNeedsATitleAndAnAuthor() {
    assertThrows(IllegalArgumentException.class, () -> new RevisionContent(" ", "", "body"));
    assertThrows(IllegalArgumentException.class, () -> item.addRevision(content("x"), " ", "", T0));
  }

  private static RevisionContent content(String body) {
    return new RevisionContent("Title", "", body);
  }
}
