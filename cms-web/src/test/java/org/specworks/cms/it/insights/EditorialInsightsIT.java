package org.specworks.cms.it.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.specworks.cms.it.Staff.ADMIN;
import static org.specworks.cms.it.Staff.COMMUNICATIONS;
import static org.specworks.cms.it.Staff.LEGAL;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Role;
import org.specworks.cms.insights.AgeBucket;
import org.specworks.cms.insights.EditorialInsights;
import org.specworks.cms.insights.InsightWindow;
import org.specworks.cms.insights.PublishingWeek;
import org.specworks.cms.insights.ScheduleWeek;
import org.specworks.cms.insights.StepTurnaround;
import org.specworks.cms.insights.TurnaroundWeek;
import org.specworks.cms.insights.WaitingAtStep;
import org.specworks.cms.insights.WaitingReview;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.MovableClock;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.scheduling.ScheduleRunner;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * The dashboard's series computed by the database from a known history. The application clock is
 * frozen at chosen moments of twelve weeks picked at random in the 1990s, so every duration is
 * exact and nothing else the suite does (all of it in the present) falls into the window. The
 * submitting editor has a fresh name, so "their own" reviews are exactly the ones made here.
 */
@CmsIntegrationTest
class EditorialInsightsIT {

  @Inject private EditorialInsights insights;
  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;
  @Inject private ScheduleService schedules;
  @Inject private ScheduleRunner runner;
  @Inject private MovableClock clock;

  private final Instant base = randomMondayInTheNineties();
  private final Actor editor = editor("ins");
  private final Actor otherEditor = editor("oth");

  @AfterEach
  void backToTheSystemClock() {
    clock.reset();
  }

  @Test
  void turnaroundHasExactMediansAndNinetiethPercentilesPerStepAndWeek() {
    // week 2: three page reviews by the editor decided after 1 h, 2 h and 10 h; one by another
    // editor after 100 h
    reviewedPage(editor, at(2, 0, 0), Duration.ofHours(1));
    reviewedPage(editor, at(2, 0, 1), Duration.ofHours(2));
    reviewedPage(editor, at(2, 1, 0), Duration.ofHours(10));
    reviewedPage(otherEditor, at(2, 0, 0), Duration.ofHours(100));
    // week 5: a policy through both steps (communications after 4 h, legal 30 h later), and a
    // page rejected after 6 h
    ContentPath policy = submittedPolicy(editor, at(5, 0, 0));
    Review review = workflow.openReviewOf(policy).orElseThrow();
    clock.freezeAt(at(5, 0, 4));
    workflow.approve(COMMUNICATIONS, review.id(), review.revisionId(), "clear");
    clock.freezeAt(at(5, 1, 10));
    workflow.approve(LEGAL, review.id(), review.revisionId(), "sound");
    ContentPath rejected = submittedPage(editor, at(5, 2, 0));
    clock.freezeAt(at(5, 2, 6));
    workflow.reject(REVIEWER, workflow.openReviewOf(rejected).orElseThrow().id(), "Not yet.");
    clock.freezeAt(at(11, 3, 12));
    InsightWindow window = insights.window();

    Map<String, StepTurnaround> own = byStep(insights.turnaround(editor, window));
    assertEquals(
        List.of("Communications review", "Legal review", "Review"), List.copyOf(own.keySet()));
    assertWeek(own.get("Review").weeks().get(2), 3, hours(2), Duration.ofMinutes(504)); // 8.4 h
    assertWeek(own.get("Review").weeks().get(5), 1, hours(6), hours(6));
    assertWeek(own.get("Communications review").weeks().get(5), 1, hours(4), hours(4));
    assertWeek(own.get("Legal review").weeks().get(5), 1, hours(30), hours(30));
    assertEquals(0, own.get("Review").weeks().get(3).decisions());
    assertEquals(Optional.empty(), own.get("Review").weeks().get(3).median());

    Map<String, StepTurnaround> team = byStep(insights.turnaround(REVIEWER, window));
    // 1, 2, 10, 100 h: median 6 h, 90th percentile 10 + 0.7 * 90 = 73 h
    assertWeek(team.get("Review").weeks().get(2), 4, hours(6), hours(73));
    Map<String, StepTurnaround> others = byStep(insights.turnaround(otherEditor, window));
    assertEquals(List.of("Review"), List.copyOf(others.keySet()), "only their own reviews");
    assertWeek(others.get("Review").weeks().get(2), 1, hours(100), hours(100));
  }

  @Test
  void waitingNowCountsOpenReviewsByStepAndAgeAndListsThemForOneBar() {
    Instant now = at(11, 3, 12);
    submittedPage(editor, now.minus(hours(2)));
    submittedPage(editor, now.minus(Duration.ofDays(2)));
    ContentPath oldest = submittedPage(editor, now.minus(Duration.ofDays(5)));
    ContentPath older = submittedPage(editor, now.minus(Duration.ofDays(4)));
    submittedPage(otherEditor, now.minus(Duration.ofDays(6)));
    ContentPath policy = submittedPolicy(editor, now.minus(Duration.ofDays(10)));
    Review atLegal = workflow.openReviewOf(policy).orElseThrow();
    clock.freezeAt(now.minus(Duration.ofDays(9)));
    workflow.approve(COMMUNICATIONS, atLegal.id(), atLegal.revisionId(), "clear");
    clock.freezeAt(now);

    Map<String, WaitingAtStep> own = byName(insights.waitingNow(editor));
    assertEquals(1, own.get("Review").count(AgeBucket.UNDER_ONE_DAY));
    assertEquals(1, own.get("Review").count(AgeBucket.ONE_TO_THREE_DAYS));
    assertEquals(2, own.get("Review").count(AgeBucket.OVER_THREE_DAYS));
    assertEquals(1, own.get("Legal review").count(AgeBucket.OVER_THREE_DAYS));
    assertEquals(0, own.get("Legal review").count(AgeBucket.UNDER_ONE_DAY));

    List<WaitingReview> bar = insights.waitingAt(editor, "Review", AgeBucket.OVER_THREE_DAYS);
    assertEquals(
        List.of(oldest.value(), older.value()),
        bar.stream().map(WaitingReview::path).toList(),
        "oldest first");
    assertEquals(now.minus(Duration.ofDays(5)), bar.get(0).submittedAt());
    assertEquals(editor.username(), bar.get(0).submittedBy());
    // the reviews of the present (the rest of the suite) are younger than a day from the 1990s,
    // so the older buckets of everyone's reviews hold exactly what this test made
    assertEquals(
        3, byName(insights.waitingNow(REVIEWER)).get("Review").count(AgeBucket.OVER_THREE_DAYS));
    assertEquals(3, insights.waitingAt(ADMIN, "Review", AgeBucket.OVER_THREE_DAYS).size());

    InvalidInputException unknown =
        assertThrows(
            InvalidInputException.class,
            () -> insights.waitingAt(editor, "Tea break", AgeBucket.OVER_THREE_DAYS));
    assertEquals("No workflow has a step named 'Tea break'.", unknown.getMessage());
  }

  @Test
  void publishingAndSchedulesAreCountedPerWeekWithUrgentFixesMarked() {
    clock.freezeAt(at(3, 1, 9));
    steps.livePage(Staff.freshPath("ins-a"), "First.");
    steps.livePage(Staff.freshPath("ins-b"), "Second.");
    clock.freezeAt(at(7, 2, 9));
    ContentPath fixed = Staff.freshPath("ins-fix");
    steps.livePage(fixed, "Wrong number.");
    Revision fix = steps.draft(fixed, "Right number.");
    publishing.publishUrgentFix(ADMIN, fixed, fix.id(), "The phone number was wrong, fixed now.");

    Actor scheduler = steps.reviewerAccount();
    clock.freezeAt(at(9, 0, 8));
    ContentPath onTime = Staff.freshPath("ins-on-time");
    Revision onTimeDraft = steps.approvedDraftOfLivePage(onTime, "On time.");
    ContentPath late = Staff.freshPath("ins-late");
    Revision lateDraft = steps.approvedDraftOfLivePage(late, "Late.");
    schedules.schedulePublish(scheduler, onTime, onTimeDraft.id(), utc(at(9, 1, 0)), "UTC", null);
    schedules.schedulePublish(scheduler, late, lateDraft.id(), utc(at(9, 2, 0)), "UTC", null);
    clock.freezeAt(at(9, 1, 0).plusSeconds(30));
    runner.runDue();
    clock.freezeAt(at(9, 2, 0).plus(Duration.ofMinutes(10))); // the server was down
    runner.runDue();
    clock.freezeAt(at(11, 3, 12));
    InsightWindow window = insights.window();

    List<PublishingWeek> published = insights.publishing(window);
    assertEquals(2, published.get(3).published(ContentType.PAGE));
    assertEquals(0, published.get(3).urgentFixes());
    assertEquals(2, published.get(7).published(ContentType.PAGE), "the page and its fix");
    assertEquals(1, published.get(7).urgentFixes());
    // two live pages each with a scheduled draft: 2 publications in week 9 by hand, 2 scheduled
    assertEquals(4, published.get(9).published(ContentType.PAGE));
    assertEquals(0, published.stream().mapToLong(PublishingWeek::releases).sum());
    assertEquals(8, published.stream().mapToLong(PublishingWeek::total).sum());

    List<ScheduleWeek> ran = insights.schedules(window);
    assertEquals(
        new ScheduleWeek(LocalDate.ofInstant(at(9, 0, 0), ZoneOffset.UTC), 1, 1, 0), ran.get(9));
    assertEquals(2, ran.stream().mapToLong(ScheduleWeek::total).sum());
  }

  private void reviewedPage(Actor author, Instant submitted, Duration waited) {
    ContentPath path = submittedPage(author, submitted);
    Review review = workflow.openReviewOf(path).orElseThrow();
    clock.freezeAt(submitted.plus(waited));
    workflow.approve(REVIEWER, review.id(), review.revisionId(), "fine");
  }

  private ContentPath submittedPage(Actor author, Instant at) {
    clock.freezeAt(at);
    ContentPath path = Staff.freshPath("ins");
    content.create(author, ContentType.PAGE, path, EditorialSteps.page("Words."), "");
    workflow.submitForReview(author, path, latest(path).id());
    return path;
  }

  private ContentPath submittedPolicy(Actor author, Instant at) {
    clock.freezeAt(at);
    ContentPath path = Staff.freshPath("ins-policy");
    content.create(
        author,
        ContentType.POLICY,
        path,
        new RevisionContent(
            "A policy",
            "Summary",
            "",
            Map.of("kind", "openness-policy", "effectiveDate", "2018-02-01", "position", "1")),
        "");
    workflow.submitForReview(author, path, latest(path).id());
    return path;
  }

  private Revision latest(ContentPath path) {
    return content.requireByPath(path).latestRevision().orElseThrow();
  }

  /** Week {@code week} of the window, plus days and hours. */
  private Instant at(int week, int days, int hours) {
    return base.plus(Duration.ofDays(7L * week + days)).plus(hours(hours));
  }

  private static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static void assertWeek(
      TurnaroundWeek week, long decisions, Duration median, Duration p90) {
    assertEquals(decisions, week.decisions(), "decisions in " + week.week());
    assertEquals(Optional.of(median), week.median(), "median in " + week.week());
    assertEquals(Optional.of(p90), week.p90(), "90th percentile in " + week.week());
  }

  private static Map<String, StepTurnaround> byStep(List<StepTurnaround> series) {
    Map<String, StepTurnaround> map = new java.util.LinkedHashMap<>();
    series.forEach(step -> map.put(step.step(), step));
    return map;
  }

  private static Map<String, WaitingAtStep> byName(List<WaitingAtStep> waiting) {
    Map<String, WaitingAtStep> map = new java.util.LinkedHashMap<>();
    waiting.forEach(step -> map.put(step.step(), step));
    return map;
  }

  private static Actor editor(String prefix) {
    return Staff.actor(
        prefix + UUID.randomUUID().toString().substring(0, 8), EnumSet.of(Role.EDITOR));
  }

  private static Instant randomMondayInTheNineties() {
    LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3500));
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }
}
