package org.specworks.cms.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.testing.EntityIds.withId;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The publishing rules the item itself enforces: which revision is live, hotfixes beside the draft
 * line.
 */
class ContentItemPublishingTest {

  private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

  private final ContentItem item = new ContentItem(ContentType.PAGE, ContentPath.of("/about"), T0);
  private long nextId = 100;

  /** Brings an item with one saved revision into {@code status} by legal moves. */
  private static ContentItem inStatus(PublicationStatus status) {
    ContentItem item = new ContentItem(ContentType.PAGE, ContentPath.of("/about"), T0);
    Revision first = item.addRevision(content("v1"), "ed", "", T0);
    switch (status) {
      case NEVER_PUBLISHED -> {}
      case LIVE -> item.publish(first);
      case LIVE_WITH_PENDING_CHANGES -> {
        item.publish(first);
        item.addRevision(content("v2"), "ed", "", T0.plusSeconds(60));
      }
      case ARCHIVED -> {
        item.publish(first);
        item.unpublish();
      }
    }
    assertEquals(status, item.status());
    return item;
  }

  static Stream<Arguments> transitionTable() {
    Consumer<ContentItem> publishLatest = item -> item.publish(item.latestRevision().orElseThrow());
    Consumer<ContentItem> unpublish = ContentItem::unpublish;
    Consumer<ContentItem> save =
        item -> item.addRevision(content("newer"), "ed", "", T0.plusSeconds(120));
    Consumer<ContentItem> publishForeign =
        item -> {
          ContentItem other = new ContentItem(ContentType.PAGE, ContentPath.of("/other"), T0);
          item.publish(other.addRevision(content("x"), "ed", "", T0));
        };
    PublicationStatus never = PublicationStatus.NEVER_PUBLISHED;
    PublicationStatus live = PublicationStatus.LIVE;
    PublicationStatus pending = PublicationStatus.LIVE_WITH_PENDING_CHANGES;
    PublicationStatus archived = PublicationStatus.ARCHIVED;
    Class<? extends RuntimeException> notLive = IllegalStateException.class;
    Class<? extends RuntimeException> foreign = IllegalArgumentException.class;
    return Stream.of(
        // status, action name, action, resulting status or null if refused, refusal type, words of
        // the refusal
        Arguments.of(never, "publish latest", publishLatest, live, null, null),
        Arguments.of(never, "unpublish", unpublish, null, notLive, "/about is not published"),
        Arguments.of(never, "save", save, never, null, null),
        Arguments.of(
            never, "publish foreign", publishForeign, null, foreign, "belongs to another item"),
        Arguments.of(live, "publish latest", publishLatest, live, null, null),
        Arguments.of(live, "unpublish", unpublish, archived, null, null),
        Arguments.of(live, "save", save, pending, null, null),
        Arguments.of(
            live, "publish foreign", publishForeign, null, foreign, "belongs to another item"),
        Arguments.of(pending, "publish latest", publishLatest, live, null, null),
        Arguments.of(pending, "unpublish", unpublish, archived, null, null),
        Arguments.of(pending, "save", save, pending, null, null),
        Arguments.of(
            pending, "publish foreign", publishForeign, null, foreign, "belongs to another item"),
        Arguments.of(archived, "publish latest", publishLatest, live, null, null),
        Arguments.of(archived, "unpublish", unpublish, null, notLive, "/about is not published"),
        Arguments.of(archived, "save", save, archived, null, null),
        Arguments.of(
            archived, "publish foreign", publishForeign, null, foreign, "belongs to another item"));
  }

  @ParameterizedTest(name = "{0} + {1} -> {3}")
  @MethodSource("transitionTable")
  void followsTheTransitionTable(
      PublicationStatus from,
      String actionName,
      Consumer<ContentItem> action,
      PublicationStatus to,
      Class<? extends RuntimeException> refusal,
      String reason) {
    ContentItem item = inStatus(from);
    Optional<Revision> liveBefore = item.liveRevision();
    if (to != null) {
      action.accept(item);
      assertEquals(to, item.status());
    } else {
      RuntimeException error = assertThrows(refusal, () -> action.accept(item));
      assertTrue(error.getMessage().contains(reason), error.getMessage());
      assertEquals(from, item.status(), "a refused move changes nothing");
      assertEquals(liveBefore, item.liveRevision());
    }
  }

  @Test
  void rollingBackToAnOlderRevisionServesItAndLeavesTheNewerDraftPending() {
    Revision first = save("v1", "ed");
    Revision second = save("v2", "ed");
    item.publish(second);

    item.publish(first);

    assertSame(first, item.liveRevision().orElseThrow());
    assertSame(second, item.latestRevision().orElseThrow());
    assertEquals(PublicationStatus.LIVE_WITH_PENDING_CHANGES, item.status());
  }

  @Test
  void knowsWhichRevisionIsLiveByItsId() {
    Revision first = save("v1", "ed");
    assertFalse(item.isLive(first), "nothing is live yet");
    item.publish(first);
    Revision draft = save("v2", "ed");

    assertTrue(item.isLive(first));
    assertFalse(item.isLive(draft));
  }

  @Test
  void aHotfixBranchesFromLiveAndLeavesTheWaitingDraftTheLatest() {
    Revision live = save("v1", "alice");
    item.publish(live);
    Revision draft = save("v2", "bob");

    Revision hotfix = item.addHotfix(content("v1 fixed"), "carol", "typo", T0);

    assertTrue(hotfix.isHotfix());
    assertEquals(3, hotfix.number(), "a hotfix takes the next number");
    assertSame(live, hotfix.baseRevision().orElseThrow());
    assertSame(draft, item.latestRevision().orElseThrow(), "the draft stays what editors work on");
    assertSame(live, item.liveRevision().orElseThrow(), "the fix goes live only when published");
  }

  @Test
  void refusesAHotfixWhenNothingIsLiveWithoutUsingUpANumber() {
    save("v1", "ed");

    IllegalStateException error =
        assertThrows(
            IllegalStateException.class, () -> item.addHotfix(content("fix"), "ed", "", T0));

    assertTrue(error.getMessage().contains("/about is not live"), error.getMessage());
    assertEquals(2, item.addRevision(content("v2"), "ed", "", T0).number());
  }

  @Test
  void acceptsOnlyAHotfixOfTheRevisionLiveNow() {
    Revision live = save("v1", "alice");
    item.publish(live);
    Revision draft = save("v2", "bob");
    Revision hotfix = hotfix("v1 fixed", "carol");

    assertTrue(item.isHotfixOfLive(hotfix));
    assertFalse(item.isHotfixOfLive(draft), "the draft line is not a hotfix");
    assertFalse(item.isHotfixOfLive(live), "the live revision is not a fix of itself");
  }

  @Test
  void aHotfixGoesStaleOnceLiveMovesOnOrTheItemGoesOffTheSite() {
    Revision live = save("v1", "alice");
    item.publish(live);
    Revision draft = save("v2", "bob");
    Revision hotfix = hotfix("v1 fixed", "carol");

    item.publish(draft);
    assertFalse(item.isHotfixOfLive(hotfix), "live moved on to the draft");

    item.publish(live);
    item.unpublish();
    assertFalse(item.isHotfixOfLive(hotfix), "nothing is live");
  }

  @Test
  void aLiveHotfixLeavesTheDraftPendingUntilItsMergeIsPublished() {
    item.publish(save("v1", "alice"));
    Revision draft = save("v2", "bob");
    Revision hotfix = hotfix("v1 fixed", "carol");

    item.publish(hotfix);
    assertEquals(PublicationStatus.LIVE_WITH_PENDING_CHANGES, item.status());

    Revision merge =
        withId(item.addMerge(content("v2 fixed"), hotfix, "bob", "merged", T0), nextId++);
    assertEquals(4, merge.number());
    assertSame(draft, merge.baseRevision().orElseThrow());
    assertSame(hotfix, merge.mergedRevision().orElseThrow());
    assertSame(merge, item.latestRevision().orElseThrow());

    item.publish(merge);
    assertEquals(PublicationStatus.LIVE, item.status());
  }

  @Test
  void refusesToMergeSomethingThatIsNotAHotfixOfThisItem() {
    item.publish(save("v1", "alice"));
    Revision draft = save("v2", "bob");
    ContentItem other = new ContentItem(ContentType.PAGE, ContentPath.of("/other"), T0);
    other.publish(withId(other.addRevision(content("o1"), "ed", "", T0), nextId++));
    other.addRevision(content("o2"), "ed", "", T0);
    Revision othersHotfix = withId(other.addHotfix(content("o1 fixed"), "ed", "", T0), nextId++);

    IllegalArgumentException notAHotfix =
        assertThrows(
            IllegalArgumentException.class,
            () -> item.addMerge(content("x"), draft, "bob", "", T0));
    IllegalArgumentException foreign =
        assertThrows(
            IllegalArgumentException.class,
            () -> item.addMerge(content("x"), othersHotfix, "bob", "", T0));

    assertTrue(
        notAHotfix.getMessage().contains("is not a hotfix of /about"), notAHotfix.getMessage());
    assertTrue(foreign.getMessage().contains("is not a hotfix of /about"), foreign.getMessage());
    assertSame(draft, item.latestRevision().orElseThrow());
  }

  @Test
  void theChangeStartsAtTheLiveRevisionOrWhereALiveHotfixBranched() {
    assertEquals(0, item.changeStartNumber(), "nothing live: every revision is part of the change");
    Revision first = save("v1", "alice");
    save("v2", "bob");
    assertEquals(0, item.changeStartNumber());

    item.publish(first);
    assertEquals(1, item.changeStartNumber());

    Revision hotfix = hotfix("v1 fixed", "carol");
    item.publish(hotfix);
    assertEquals(1, item.changeStartNumber(), "the fix (3) is not where the draft (2) started");

    Revision merge = item.addMerge(content("v2 fixed"), hotfix, "bob", "", T0);
    item.publish(merge);
    assertEquals(4, item.changeStartNumber());
  }

  @Test
  void theChangeStillStartsWhereTheDraftLineStartedWhenASecondHotfixIsLive() {
    item.publish(save("v1", "alice"));
    save("v2", "bob");
    Revision firstFix = hotfix("v1 fixed", "carol");
    item.publish(firstFix);

    Revision secondFix = hotfix("v1 fixed twice", "dave");
    item.publish(secondFix);

    assertEquals(1, item.changeStartNumber(), "bob's draft (2) is part of the change to review");
  }

  @Test
  void aHotfixIsPossibleOnlyWhileSomethingIsLiveAndADraftWaits() {
    save("v1", "alice");
    assertEquals(
        Optional.of("/about is not on the site: there is nothing live to fix."),
        item.whyNoHotfix());
    assertFalse(item.canTakeHotfix());

    item.publish(item.latestRevision().orElseThrow());
    assertEquals(
        Optional.of("No draft is waiting for /about: edit it normally to fix it."),
        item.whyNoHotfix());
    assertFalse(item.canTakeHotfix(), "without a draft an ordinary edit is the fix");

    save("v2", "bob");
    assertEquals(Optional.empty(), item.whyNoHotfix());
    assertTrue(item.canTakeHotfix());

    item.unpublish();
    assertFalse(item.canTakeHotfix(), "taken off the site: nothing live to fix, draft or not");
  }

  @Test
  void aHotfixIsPossibleWhileAnEarlierFixIsLiveBesideTheDraft() {
    item.publish(save("v1", "alice"));
    save("v2", "bob");
    item.publish(hotfix("v1 fixed", "carol"));

    assertTrue(item.canTakeHotfix(), "the draft still waits beside the live fix");
  }

  @Test
  void aRevisionShownAsTheLatestIsRefusedOnceAnotherWasSavedNamingItAndItsAuthor() {
    Revision shown = save("v1", "alice");
    assertEquals(Optional.empty(), item.whyNotLatest(shown.id()));

    save("v2", "bob");
    save("v3", "carol");

    assertEquals(
        Optional.of("Changed since you loaded it: revision 3 by carol is the latest now."),
        item.whyNotLatest(shown.id()));
  }

  @Test
  void aHotfixDoesNotMakeTheDraftShownStale() {
    item.publish(save("v1", "alice"));
    Revision draft = save("v2", "bob");
    hotfix("v1 fixed", "carol");

    assertEquals(
        Optional.empty(),
        item.whyNotLatest(draft.id()),
        "a hotfix is beside the draft line, not on it");
  }

  private Revision save(String body, String author) {
    return withId(item.addRevision(content(body), author, "", T0), nextId++);
  }

  private Revision hotfix(String body, String author) {
    return withId(item.addHotfix(content(body), author, "", T0), nextId++);
  }

  private static RevisionContent content(String body) {
    return new RevisionContent("Title", "", body);
  }
}
