package org.specworks.cms.it.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.specworks.cms.it.EditorialSteps.page;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.OTHER_EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.identity.Role;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.FailureInjection;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishedVersions;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.ReviewState;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Two changes of what is live on one item, started at the same moment from two threads, many
 * rounds: exactly one wins each round, the other is refused with a reason, and nothing that went
 * live is lost. Publishing is slowed inside its transaction, so the second request always arrives
 * while the first holds the item.
 */
@CmsIntegrationTest
class PublishRaceIT {

  private static final int ROUNDS = 12;
  private static final String LIVE = "Members meet four times a yaer.\n";
  private static final Actor SECOND_REVIEWER =
      Staff.actor("rex", EnumSet.of(Role.REVIEWER), ReviewerGroups.REVIEWERS);

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private HotfixService hotfixes;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;
  @Inject private PublishedVersions versions;
  @Inject private FailureInjection failures;

  @AfterEach
  void stopSlowingDown() {
    failures.stopSlowingDown();
  }

  @Test
  void aHotfixAndTheDraftPublishedAtOnceNeverBothGoLive() throws Exception {
    failures.slowDownPublishing(Duration.ofMillis(150));
    for (int round = 0; round < ROUNDS; round++) {
      ContentPath path = Staff.freshPath("race");
      Revision live = steps.livePage(path, LIVE);
      Revision draft = steps.draft(path, LIVE + "\nA new paragraph.\n");
      steps.approve(path, draft);
      Revision hotfix =
          hotfixes.saveHotfix(
              OTHER_EDITOR, path, live.id(), page(LIVE.replace("yaer", "year")), "typo");
      steps.approve(path, hotfix);

      List<Outcome> outcomes =
          race(
              () -> publishing.publish(REVIEWER, path, hotfix.id()),
              () -> publishing.publish(SECOND_REVIEWER, path, draft.id()));

      String context = "round " + round + ": " + outcomes;
      assertEquals(
          1,
          outcomes.stream().filter(Outcome::won).count(),
          "exactly one publication wins, " + context);
      Outcome refused =
          outcomes.stream().filter(outcome -> !outcome.won()).findFirst().orElseThrow();
      assertTrue(refused.clearRefusal(), "the other is refused with a reason, " + context);
      ContentItem item = content.requireByPath(path);
      long winner = outcomes.get(0).won() ? hotfix.id() : draft.id();
      assertEquals(
          winner,
          item.liveRevision().orElseThrow().id(),
          "the winner is what readers see, " + context);
      assertEquals(
          2,
          versions.of(path, ContentType.PAGE).size(),
          "the publication log holds the first version and the winner only, " + context);
      if (winner == draft.id()) {
        assertTrue(
            hotfixes.liveChangedSinceDraft(item).isEmpty(),
            "no live fix is missing from the draft");
      } else {
        assertEquals(
            hotfix.id(),
            hotfixes.liveChangedSinceDraft(item).orElseThrow().id(),
            "the draft still owes the live fix a merge, so the fix cannot be lost later, "
                + context);
      }
    }
  }

  @Test
  void twoReviewersApprovingOneReviewAtOnceDecideOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      ContentPath path = Staff.freshPath("approve-race");
      steps.livePage(path, LIVE);
      Revision draft = steps.draft(path, LIVE + "\nAnother paragraph.\n");
      Review review = workflow.submitForReview(EDITOR, path, draft.id());

      List<Outcome> outcomes =
          race(
              () -> workflow.approve(REVIEWER, review.id(), draft.id(), "first"),
              () -> workflow.approve(SECOND_REVIEWER, review.id(), draft.id(), "second"));

      String context = "round " + round + ": " + outcomes;
      assertEquals(
          1,
          outcomes.stream().filter(Outcome::won).count(),
          "exactly one approval counts, " + context);
      assertTrue(
          outcomes.stream().filter(outcome -> !outcome.won()).allMatch(Outcome::clearRefusal),
          "the other reviewer is told why, " + context);
      Review decided = workflow.requireReview(review.id());
      assertEquals(ReviewState.APPROVED, decided.state(), context);
      assertEquals(1, decided.decisions().size(), "one decision is recorded, " + context);
    }
  }

  /** What one side of a race ended with. */
  private record Outcome(boolean won, Throwable refusal) {
    boolean clearRefusal() {
      return refusal instanceof IllegalTransitionException
          && refusal.getMessage() != null
          && !refusal.getMessage().isBlank();
    }
  }

  /**
   * Runs both actions at the same moment on two threads of their own (plain threads, as two request
   * threads would be: each call opens its own transaction); their outcomes in the order given.
   */
  private List<Outcome> race(Runnable first, Runnable second) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<?>> running = new ArrayList<>();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (Runnable action : List.of(first, second)) {
        running.add(
            threads.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  action.run();
                  return null;
                }));
      }
      return outcomesOf(running);
    } finally {
      threads.shutdownNow();
    }
  }

  private static List<Outcome> outcomesOf(List<Future<?>> running) throws Exception {
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<?> side : running) {
      try {
        side.get(30, TimeUnit.SECONDS);
        outcomes.add(new Outcome(true, null));
      } catch (ExecutionException e) {
        outcomes.add(new Outcome(false, e.getCause()));
      }
    }
    if (outcomes.stream()
        .anyMatch(o -> o.refusal() instanceof java.util.concurrent.BrokenBarrierException)) {
      fail("the two sides never started together: " + outcomes);
    }
    return outcomes;
  }
}
