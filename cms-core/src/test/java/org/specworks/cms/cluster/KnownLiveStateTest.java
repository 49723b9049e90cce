package org.specworks.cms.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.RevisionPublished;

class KnownLiveStateTest {

  private static final ItemLiveState ABOUT =
      new ItemLiveState(1, "omaspecworks/about", ContentType.PAGE, 100L);
  private static final ItemLiveState FAQ =
      new ItemLiveState(2, "omaspecworks/about/faq", ContentType.PAGE, 200L);
  private static final ItemLiveState DRAFT_ONLY =
      new ItemLiveState(3, "omaspecworks/new", ContentType.PAGE, null);

  private final KnownLiveState known = new KnownLiveState();

  @Test
  void startingFromTheDatabaseMissesNothingAndAgreesWithIt() {
    known.startFrom(List.of(ABOUT, FAQ, DRAFT_ONLY));
    assertEquals(List.of(), known.catchUpWith(List.of(ABOUT, FAQ, DRAFT_ONLY)));
    assertEquals(new LiveFingerprint(2, 300, 1 * 100 + 2 * 200), known.fingerprint());
  }

  @Test
  void aChangeNoMessageToldOfIsReportedOnceWithWhatIsLiveNow() {
    known.startFrom(List.of(ABOUT, FAQ, DRAFT_ONLY));
    ItemLiveState aboutRepublished = new ItemLiveState(1, ABOUT.path(), ContentType.PAGE, 101L);
    ItemLiveState faqTakenDown = new ItemLiveState(2, FAQ.path(), ContentType.PAGE, null);
    ItemLiveState firstPublished = new ItemLiveState(3, DRAFT_ONLY.path(), ContentType.PAGE, 300L);
    List<ItemLiveState> database = List.of(aboutRepublished, faqTakenDown, firstPublished);

    assertEquals(
        List.of(
            new RevisionPublished(1, ABOUT.path(), ContentType.PAGE, 101L),
            new RevisionPublished(2, FAQ.path(), ContentType.PAGE, null),
            new RevisionPublished(3, DRAFT_ONLY.path(), ContentType.PAGE, 300L)),
        known.catchUpWith(database));
    assertEquals(List.of(), known.catchUpWith(database), "each change is reported once");
  }

  @Test
  void aChangeAMessageToldOfIsNotReportedAgain() {
    known.startFrom(List.of(ABOUT, FAQ));
    known.record(new RevisionPublished(1, ABOUT.path(), ContentType.PAGE, 101L));
    assertEquals(
        List.of(),
        known.catchUpWith(
            List.of(new ItemLiveState(1, ABOUT.path(), ContentType.PAGE, 101L), FAQ)));
  }

  @Test
  void theDigestShowsChangesThatKeepCountAndSum() {
    known.startFrom(List.of(ABOUT, FAQ));
    LiveFingerprint before = known.fingerprint();
    // The two items swap revisions: same count, same sum of revisions.
    known.record(new RevisionPublished(1, ABOUT.path(), ContentType.PAGE, 200L));
    known.record(new RevisionPublished(2, FAQ.path(), ContentType.PAGE, 100L));
    assertNotEquals(before, known.fingerprint());
  }

  @Test
  void anItemGoneFromTheDatabaseIsForgottenSoTheDigestsAgreeAgain() {
    known.startFrom(List.of(ABOUT, FAQ));
    assertEquals(List.of(), known.catchUpWith(List.of(ABOUT)));
    assertEquals(new LiveFingerprint(1, 100, 100), known.fingerprint());
  }
}
