package org.specworks.cms.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.testing.EntityIds.withId;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.identity.Role;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.WorkflowStep;

class ReleaseTest {

  private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
  private static final Set<String> AUTHORS = Set.of("ed");
  private static final List<WorkflowStep> ONE_STEP =
      List.of(new WorkflowStep("Review", ReviewerGroups.REVIEWERS));
  private static final Actor RITA = reviewer("rita", ReviewerGroups.REVIEWERS);
  private static final Actor AL = reviewer("al", ReviewerGroups.REVIEWERS);

  // Release entries are keyed by item and revision id, which only JPA assigns.
  private static final ContentItem ABOUT =
      withId(new ContentItem(ContentType.PAGE, ContentPath.of("/about"), T0), 1);
  private static final ContentItem FAQ =
      withId(new ContentItem(ContentType.PAGE, ContentPath.of("/faq"), T0), 2);
  private static final Revision ABOUT_V1 = revision(ABOUT, "about v1", 11);
  private static final Revision ABOUT_V2 = revision(ABOUT, "about v2", 12);
  private static final Revision FAQ_V1 = revision(FAQ, "faq v1", 21);

  private static Release open() {
    return new Release("Winter update", "New IPR text", "ed", T0);
  }

  /** Brings a release holding the About page's first revision into {@code state} by legal moves. */
  private static Release inState(ReleaseState state) {
    Release release = open();
    release.add(ABOUT_V1, "ed", T0);
    switch (state) {
      case OPEN -> {}
      case IN_REVIEW -> release.submit("ed", ONE_STEP, T0);
      case APPROVED -> {
        release.submit("ed", ONE_STEP, T0);
        release.approve(RITA, AUTHORS, "fine", T0);
      }
      case PUBLISHED -> {
        release.submit("ed", ONE_STEP, T0);
        release.approve(RITA, AUTHORS, "fine", T0);
        release.markPublished("rita", T0);
      }
      case CANCELLED -> release.cancel("ed", "given up", T0);
    }
    assertEquals(state, release.state());
    return release;
  }

  static Stream<Arguments> transitionTable() {
    Consumer<Release> add = r -> r.add(FAQ_V1, "ed", T0);
    Consumer<Release> remove = r -> r.remove(ABOUT.id());
    Consumer<Release> submit = r -> r.submit("ed", ONE_STEP, T0);
    Consumer<Release> approve = r -> r.approve(RITA, AUTHORS, "ok", T0);
    Consumer<Release> reject = r -> r.reject(RITA, "not yet", T0);
    Consumer<Release> reopen = r -> r.reopen("ed", "one more item", T0);
    Consumer<Release> publish = r -> r.markPublished("rita", T0);
    Consumer<Release> cancel = r -> r.cancel("ed", "given up", T0);
    ReleaseState open = ReleaseState.OPEN;
    ReleaseState inReview = ReleaseState.IN_REVIEW;
    ReleaseState approved = ReleaseState.APPROVED;
    ReleaseState published = ReleaseState.PUBLISHED;
    ReleaseState cancelled = ReleaseState.CANCELLED;
    return Stream.of(
        // state, action name, action, resulting state or null if refused, words of the refusal
        Arguments.of(open, "add", add, open, null),
        Arguments.of(open, "remove", remove, open, null),
        Arguments.of(open, "submit", submit, inReview, null),
        Arguments.of(
            open,
            "approve",
            approve,
            null,
            "Cannot approve it: the release is open, not in review."),
        Arguments.of(
            open, "reject", reject, null, "Cannot reject it: the release is open, not in review."),
        Arguments.of(open, "reopen", reopen, null, "can be reopened; this one is open."),
        Arguments.of(
            open,
            "publish",
            publish,
            null,
            "Cannot publish it: the release is open, not approved."),
        Arguments.of(open, "cancel", cancel, cancelled, null),
        Arguments.of(
            inReview,
            "add",
            add,
            null,
            "Cannot change its contents: the release is in review, not open."),
        Arguments.of(
            inReview,
            "remove",
            remove,
            null,
            "Cannot change its contents: the release is in review"),
        Arguments.of(
            inReview,
            "submit",
            submit,
            null,
            "Cannot submit it: the release is in review, not open."),
        Arguments.of(inReview, "approve", approve, approved, null),
        Arguments.of(inReview, "reject", reject, open, null),
        Arguments.of(inReview, "reopen", reopen, open, null),
        Arguments.of(
            inReview,
            "publish",
            publish,
            null,
            "Cannot publish it: the release is in review, not approved."),
        Arguments.of(inReview, "cancel", cancel, cancelled, null),
        Arguments.of(
            approved,
            "add",
            add,
            null,
            "Cannot change its contents: the release is approved, not open."),
        Arguments.of(
            approved,
            "remove",
            remove,
            null,
            "Cannot change its contents: the release is approved"),
        Arguments.of(
            approved,
            "submit",
            submit,
            null,
            "Cannot submit it: the release is approved, not open."),
        Arguments.of(
            approved,
            "approve",
            approve,
            null,
            "Cannot approve it: the release is approved, not in review."),
        Arguments.of(
            approved,
            "reject",
            reject,
            null,
            "Cannot reject it: the release is approved, not in review."),
        Arguments.of(approved, "reopen", reopen, open, null),
        Arguments.of(approved, "publish", publish, published, null),
        Arguments.of(approved, "cancel", cancel, cancelled, null),
        Arguments.of(
            published,
            "add",
            add,
            null,
            "Cannot change its contents: the release is published, not open."),
        Arguments.of(
            published,
            "remove",
            remove,
            null,
            "Cannot change its contents: the release is published"),
        Arguments.of(
            published,
            "submit",
            submit,
            null,
            "Cannot submit it: the release is published, not open."),
        Arguments.of(
            published,
            "approve",
            approve,
            null,
            "Cannot approve it: the release is published, not in"),
        Arguments.of(
            published,
            "reject",
            reject,
            null,
            "Cannot reject it: the release is published, not in review."),
        Arguments.of(published, "reopen", reopen, null, "can be reopened; this one is published."),
        Arguments.of(
            published,
            "publish",
            publish,
            null,
            "Cannot publish it: the release is published, not"),
        Arguments.of(published, "cancel", cancel, null, "A published release cannot be cancelled."),
        Arguments.of(
            cancelled,
            "add",
            add,
            null,
            "Cannot change its contents: the release is cancelled, not open."),
        Arguments.of(
            cancelled,
            "remove",
            remove,
            null,
            "Cannot change its contents: the release is cancelled"),
        Arguments.of(
            cancelled,
            "submit",
            submit,
            null,
            "Cannot submit it: the release is cancelled, not open."),
        Arguments.of(
            cancelled,
            "approve",
            approve,
            null,
            "Cannot approve it: the release is cancelled, not in"),
        Arguments.of(
            cancelled,
            "reject",
            reject,
            null,
            "Cannot reject it: the release is cancelled, not in review."),
        Arguments.of(cancelled, "reopen", reopen, null, "can be reopened; this one is cancelled."),
        Arguments.of(
            cancelled,
            "publish",
            publish,
            null,
            "Cannot publish it: the release is cancelled, not"),
        Arguments.of(
            cancelled, "cancel", cancel, null, "A cancelled release cannot be cancelled."));
  }

  @ParameterizedTest(name = "{0} + {1} -> {3}")
  @MethodSource("transitionTable")
  void followsTheTransitionTable(
      ReleaseState from,
      String actionName,
      Consumer<Release> action,
      ReleaseState to,
      String refusal) {
    Release release = inState(from);
    List<ReleaseEntry> entriesBefore = release.entries();
    if (to != null) {
      action.accept(release);
      assertEquals(to, release.state());
    } else {
      IllegalTransitionException error =
          assertThrows(IllegalTransitionException.class, () -> action.accept(release));
      assertTrue(error.getMessage().contains(refusal), error.getMessage());
      assertEquals(from, release.state(), "a refused move changes nothing");
      assertEquals(entriesBefore, release.entries());
    }
  }

  @Test
  void refusesApprovalBySomeoneWhoWrotePartOfTheRelease() {
    Release release = inState(ReleaseState.IN_REVIEW);

    IllegalTransitionException error =
        assertThrows(
            IllegalTransitionException.class,
            () -> release.approve(AL, Set.of("ed", "al"), "", T0));

    assertTrue(error.getMessage().contains("four-eyes"), error.getMessage());
    assertEquals(ReleaseState.IN_REVIEW, release.state());
    assertTrue(release.decidedBy().isEmpty());
  }

  @Test
  void refusesAnEmptyReleaseForReview() {
    Release release = open();

    IllegalTransitionException error =
        assertThrows(IllegalTransitionException.class, () -> release.submit("ed", ONE_STEP, T0));

    assertTrue(
        error.getMessage().contains("An empty release cannot be submitted"), error.getMessage());
    assertEquals(ReleaseState.OPEN, release.state());
    assertTrue(release.submittedBy().isEmpty());
  }

  @Test
  void refusesARejectionWithoutAReason() {
    Release release = inState(ReleaseState.IN_REVIEW);

    for (String reason : new String[] {null, "", "   "}) {
      IllegalTransitionException error =
          assertThrows(IllegalTransitionException.class, () -> release.reject(RITA, reason, T0));
      assertTrue(error.getMessage().contains("needs a reason"), error.getMessage());
    }
    assertEquals(ReleaseState.IN_REVIEW, release.state());
  }

  @Test
  void aRejectionSendsTheReleaseBackWithItsReasonAndResubmittingClearsTheOldDecision() {
    Release release = inState(ReleaseState.IN_REVIEW);

    release.reject(RITA, "  The FAQ link is broken  ", T0.plusSeconds(60));
    assertEquals(ReleaseState.OPEN, release.state());
    assertEquals(Optional.of("rita"), release.decidedBy());
    assertEquals(Optional.of("The FAQ link is broken"), release.decisionNote());

    release.add(FAQ_V1, "ed", T0.plusSeconds(120));
    release.submit("al", ONE_STEP, T0.plusSeconds(180));
    assertEquals(ReleaseState.IN_REVIEW, release.state());
    assertEquals(Optional.of("al"), release.submittedBy());
    assertTrue(release.decidedBy().isEmpty(), "the new review starts undecided");
    assertTrue(release.decisionNote().isEmpty());
  }

  @Test
  void reopeningAnApprovedReleaseVoidsTheApprovalAndLetsItsContentsChange() {
    Release release = inState(ReleaseState.APPROVED);

    release.reopen("ed", "the About page changed", T0);
    release.add(ABOUT_V2, "ed", T0);

    assertEquals(ReleaseState.OPEN, release.state());
    assertEquals(
        Optional.of("ed"),
        release.decidedBy(),
        "the last decision is the reopening, not rita's approval");
    assertEquals(Optional.of("the About page changed"), release.decisionNote());
    assertThrows(
        IllegalTransitionException.class,
        () -> release.markPublished("rita", T0),
        "a reopened release needs a new approval before it is published");
  }

  @Test
  void anApprovalKeepsItsCommentAndABlankCommentIsNone() {
    Release commented = inState(ReleaseState.IN_REVIEW);
    Release silent = inState(ReleaseState.IN_REVIEW);

    commented.approve(RITA, AUTHORS, " Looks right ", T0);
    silent.approve(RITA, AUTHORS, "  ", T0);

    assertEquals(Optional.of("Looks right"), commented.decisionNote());
    assertTrue(silent.decisionNote().isEmpty());
    assertEquals(Optional.of("rita"), silent.decidedBy());
  }

  @Test
  void publishingRecordsWhoAndWhen() {
    Release release = inState(ReleaseState.APPROVED);
    assertTrue(release.publishedAt().isEmpty());

    release.markPublished("pat", T0.plusSeconds(3600));

    assertEquals(Optional.of("pat"), release.publishedBy());
    assertEquals(Optional.of(T0.plusSeconds(3600)), release.publishedAt());
  }

  @Test
  void addingANewerRevisionOfAnItemReplacesItsEntry() {
    Release release = open();
    release.add(ABOUT_V1, "ed", T0);
    release.add(FAQ_V1, "ed", T0);

    release.add(ABOUT_V2, "al", T0.plusSeconds(60));

    assertEquals(2, release.entries().size(), "one entry per item");
    ReleaseEntry about = release.entryFor(ABOUT.id()).orElseThrow();
    assertEquals(ABOUT_V2.id(), about.revisionId());
    assertTrue(about.holds(ABOUT_V2));
    assertFalse(about.holds(ABOUT_V1));
    assertEquals("al", about.addedBy());
    assertEquals(T0.plusSeconds(60), about.addedAt());
  }

  @Test
  void anEntryHoldsOnlyTheExactContentItWasGiven() {
    Release release = open();
    release.add(ABOUT_V1, "ed", T0);
    // The same revision id with other content: what a rewritten row would look like.
    ContentItem sameItem =
        withId(new ContentItem(ContentType.PAGE, ContentPath.of("/about"), T0), ABOUT.id());
    Revision tampered = revision(sameItem, "about v1, changed", ABOUT_V1.id());

    assertFalse(release.entryFor(ABOUT.id()).orElseThrow().holds(tampered));
  }

  @Test
  void removingAnItemThatIsNotInTheReleaseIsRefused() {
    Release release = inState(ReleaseState.OPEN);

    IllegalTransitionException error =
        assertThrows(IllegalTransitionException.class, () -> release.remove(FAQ.id()));

    assertEquals("That item is not in the release.", error.getMessage());
    assertEquals(1, release.entries().size());
  }

  @Test
  void removingTheOnlyItemLeavesAReleaseThatCannotBeSubmitted() {
    Release release = inState(ReleaseState.OPEN);

    release.remove(ABOUT.id());

    assertTrue(release.entryFor(ABOUT.id()).isEmpty());
    assertThrows(IllegalTransitionException.class, () -> release.submit("ed", ONE_STEP, T0));
  }

  @Test
  void aReleaseNeedsATitleOfAtMost200Characters() {
    for (String title : new String[] {null, "", "  ", "x".repeat(201)}) {
      assertThrows(
          InvalidInputException.class,
          () -> new Release(title, "", "ed", T0),
          String.valueOf(title));
    }
    Release longest = new Release("  " + "x".repeat(200) + "  ", null, "ed", T0);

    assertEquals("x".repeat(200), longest.title());
    assertEquals("", longest.description());
    assertEquals(ReleaseState.OPEN, longest.state());
    assertEquals("ed", longest.createdBy());
  }

  private static Revision revision(ContentItem item, String body, long id) {
    return withId(item.addRevision(new RevisionContent("Title", "", body), "ed", "", T0), id);
  }

  @Test
  void aReleaseRunsEveryStepItsEntriesNeedEachByItsGroupAndIsApprovedOnlyAfterTheLast() {
    List<WorkflowStep> policySteps =
        List.of(
            new WorkflowStep("Review", ReviewerGroups.REVIEWERS),
            new WorkflowStep("Communications review", ReviewerGroups.COMMUNICATIONS),
            new WorkflowStep("Legal review", ReviewerGroups.LEGAL));
    Release release = open();
    release.add(ABOUT_V1, "ed", T0);
    release.submit("ed", policySteps, T0);
    Actor cora = reviewer("cora", ReviewerGroups.COMMUNICATIONS);
    Actor lou = reviewer("lou", ReviewerGroups.LEGAL);

    assertEquals(
        Optional.of("Step 'Review' is for the group 'reviewers'."),
        release.whyCannotDecide(lou, AUTHORS));
    assertThrows(
        IllegalTransitionException.class,
        () -> release.approve(lou, AUTHORS, "", T0),
        "the legal reviewer cannot take the first step");
    release.approve(RITA, AUTHORS, "", T0);
    assertEquals(ReleaseState.IN_REVIEW, release.state(), "one step of three is not an approval");
    assertEquals("Communications review", release.currentStep().orElseThrow().name());
    assertThrows(IllegalTransitionException.class, () -> release.approve(lou, AUTHORS, "", T0));
    release.approve(cora, AUTHORS, "", T0);
    assertThrows(
        IllegalTransitionException.class,
        () -> release.markPublished("rita", T0),
        "still waiting for the legal review");
    release.approve(lou, AUTHORS, "legal ok", T0);

    assertEquals(ReleaseState.APPROVED, release.state());
    assertEquals(
        List.of("rita", "cora", "lou"),
        release.approvals().stream().map(ReleaseApproval::approvedBy).toList());
    assertTrue(release.currentStep().isEmpty());
  }

  @Test
  void onlyTheCurrentStepsGroupSendsAReleaseBack() {
    Release release = inState(ReleaseState.IN_REVIEW);

    IllegalTransitionException error =
        assertThrows(
            IllegalTransitionException.class,
            () -> release.reject(reviewer("lou", ReviewerGroups.LEGAL), "no", T0));

    assertTrue(error.getMessage().contains("'reviewers'"), error.getMessage());
    assertEquals(ReleaseState.IN_REVIEW, release.state());
  }

  @Test
  void resubmittingStartsTheStepsAgain() {
    Release release = inState(ReleaseState.APPROVED);
    release.reopen("ed", "one more", T0);

    release.submit("ed", ONE_STEP, T0);

    assertTrue(release.approvals().isEmpty(), "the earlier approval judged other contents");
    assertEquals("Review", release.currentStep().orElseThrow().name());
  }

  private static Actor reviewer(String name, String group) {
    return new Actor(name, EnumSet.of(Role.REVIEWER), new TreeSet<>(Set.of(group)));
  }
}
