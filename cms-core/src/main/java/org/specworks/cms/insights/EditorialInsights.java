package org.specworks.cms.insights;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.insights.internal.InsightQueries;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.workflow.WorkflowService;
import org.specworks.cms.workflow.WorkflowStep;

/**
 * The dashboard's four series, over the last {@link InsightWindow#DEFAULT_WEEKS} weeks as of the
 * application clock, and the open reviews behind one bar of "waiting now". Review numbers are
 * everyone's for those who may see the team's ({@link Permission#SEE_TEAM_REVIEW_INSIGHTS}), and
 * only the reviews of what the person submitted otherwise; publishing and schedules are the site's.
 */
@Stateless
public class EditorialInsights {

  /** The filtered review list shows at most this many reviews, oldest first. */
  public static final int LISTED = 200;

  @Inject private InsightQueries queries;
  @Inject private WorkflowService workflow;
  @Inject private Clock clock;

  public InsightWindow window() {
    return InsightWindow.endingAt(clock.instant(), InsightWindow.DEFAULT_WEEKS);
  }

  /** Whether {@code actor} sees everyone's reviews, or only the ones of what they submitted. */
  public boolean seesTeam(Actor actor) {
    return actor.may(Permission.SEE_TEAM_REVIEW_INSIGHTS);
  }

  public List<StepTurnaround> turnaround(Actor actor, InsightWindow window) {
    return StepTurnaround.assemble(
        window, queries.turnaround(window.startEpochSecond(), window.start(), scope(actor)));
  }

  public List<WaitingAtStep> waitingNow(Actor actor) {
    Instant now = clock.instant();
    return WaitingAtStep.from(
        queries.waiting(
            AgeBucket.ONE_TO_THREE_DAYS.submittedUntil(now),
            AgeBucket.OVER_THREE_DAYS.submittedUntil(now),
            scope(actor)));
  }

  public List<PublishingWeek> publishing(InsightWindow window) {
    long origin = window.startEpochSecond();
    return PublishingWeek.assemble(
        window,
        queries.publicationsByType(origin, window.start()),
        queries.releasesPublished(origin, window.start()),
        queries.audited(AuditAction.PUBLISHING_URGENT_FIX.id(), origin, window.start()));
  }

  public List<ScheduleWeek> schedules(InsightWindow window) {
    return ScheduleWeek.assemble(
        window,
        queries.scheduleOutcomes(
            window.startEpochSecond(), window.start(), Schedule.LATE_AFTER.toSeconds()));
  }

  /**
   * The reviews in progress at {@code step} that have waited {@code age}, as {@code actor} may see
   * them (see the class comment), oldest first, at most {@link #LISTED}.
   *
   * @throws InvalidInputException if no workflow has a step of that name
   */
  public List<WaitingReview> waitingAt(Actor actor, String step, AgeBucket age) {
    String known = requireKnownStep(step);
    Instant now = clock.instant();
    return queries.waitingAt(
        known, age.submittedAfter(now), age.submittedUntil(now), scope(actor), LISTED);
  }

  /** The step names of today's workflows, for validating links to the filtered list. */
  public String requireKnownStep(String step) {
    if (step == null || step.isBlank()) {
      throw new InvalidInputException("Choose a workflow step to filter the reviews by.");
    }
    return Arrays.stream(ContentType.values())
        .flatMap(type -> workflow.stepsFor(type).stream())
        .map(WorkflowStep::name)
        .filter(name -> name.equals(step.strip()))
        .findFirst()
        .orElseThrow(
            () -> new InvalidInputException("No workflow has a step named '" + step + "'."));
  }

  private Optional<String> scope(Actor actor) {
    return seesTeam(actor) ? Optional.empty() : Optional.of(actor.username());
  }
}
