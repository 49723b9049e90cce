package org.specworks.cms.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.EditorialSteps.page;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.StaleRevisionException;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Role;
import org.specworks.cms.it.Staff;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * Fifty editors save the same page from the same revision at the same moment, round after round:
 * exactly one wins each round, every other one is told who saved what since (never a bare
 * "someone"), and no revision disappears. {@code CMS_RELIABILITY_ROUNDS} sets the rounds
 * (RELIABILITY.md).
 */
@CmsIntegrationTest
class ConcurrentEditsIT {

  private static final int WRITERS = 50;

  @Inject private ContentService content;

  @Test
  void ofFiftyConcurrentEditorsOneWinsEachRoundAndEveryOtherIsToldWhoChangedWhat()
      throws Exception {
    int rounds = Integer.parseInt(System.getenv().getOrDefault("CMS_RELIABILITY_ROUNDS", "20"));
    ContentPath path = Staff.freshPath("fifty-editors");
    content.create(Staff.EDITOR, ContentType.PAGE, path, page("round 0"), "start");
    ExecutorService editors = Executors.newFixedThreadPool(WRITERS);
    try {
      for (int round = 1; round <= rounds; round++) {
        Revision base = content.requireByPath(path).latestRevision().orElseThrow();
        List<Object> outcomes = race(editors, path, base, round);

        List<Revision> winners =
            outcomes.stream().filter(Revision.class::isInstance).map(Revision.class::cast).toList();
        assertEquals(1, winners.size(), "round " + round + ": " + outcomes);
        Revision winner = winners.get(0);
        for (Object outcome : outcomes) {
          if (outcome instanceof StaleRevisionException told) {
            assertEquals(
                1, told.newerRevisions().size(), "round " + round + ": " + told.getMessage());
            assertEquals(winner.author(), told.newerRevisions().get(0).author(), told.getMessage());
            assertEquals(
                winner.changeNote(), told.newerRevisions().get(0).changeNote(), told.getMessage());
            assertTrue(told.getMessage().contains(winner.author()), told.getMessage());
          } else if (outcome != winner) {
            throw new AssertionError(
                "round " + round + ": neither a save nor a conflict: " + outcome);
          }
        }
      }
    } finally {
      editors.shutdownNow();
    }
    List<Revision> history = content.history(path);
    assertEquals(
        rounds + 1,
        history.size(),
        "one revision per round on top of the first, none lost or extra");
    for (int i = 0; i < history.size() - 1; i++) {
      assertEquals(
          history.get(i + 1).id(),
          history.get(i).baseRevision().orElseThrow().id(),
          "each round's winner built on the previous round's");
    }
  }

  /**
   * Every editor saves on {@code base} at once; each outcome is the saved revision or the
   * exception.
   */
  private List<Object> race(ExecutorService editors, ContentPath path, Revision base, int round)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> saving = new ArrayList<>();
    for (int i = 0; i < WRITERS; i++) {
      Actor editor = Staff.actor("editor" + i, EnumSet.of(Role.EDITOR));
      String text = "round " + round + " by " + editor.username();
      saving.add(
          editors.submit(
              () -> {
                start.await();
                try {
                  return content.save(
                      editor, path, base.id(), page(text), "note of " + editor.username());
                } catch (StaleRevisionException conflict) {
                  return conflict;
                }
              }));
    }
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> outcome : saving) {
      outcomes.add(outcome.get(120, TimeUnit.SECONDS));
    }
    return outcomes;
  }
}
