package org.specworks.cms.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.testing.EntityIds.withId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.specworks.cms.workflow.IllegalTransitionException;

class ScheduleTest {

  private static final Instant REQUESTED = Instant.parse("2026-11-25T09:00:00Z");
  private static final Instant DUE = Instant.parse("2026-12-01T08:00:00Z");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

  private static Schedule pending() {
    // The id only appears in refusals; JPA would have assigned one.
    return withId(Schedule.publish(10, 11, "hash-11", DUE, PARIS, "", "rita", REQUESTED), 7);
  }

  /** Brings a fresh schedule into {@code state} by legal moves. */
  private static Schedule inState(ScheduleState state) {
    Schedule schedule = pending();
    switch (state) {
      case PENDING -> {}
      case DONE -> schedule.markDone(DUE);
      case FAILED -> schedule.fail("revision changed after approval", DUE);
      case CANCELLED -> schedule.cancel("rita", REQUESTED);
    }
    assertEquals(state, schedule.state());
    return schedule;
  }

  static Stream<Arguments> transitionTable() {
    Consumer<Schedule> done = s -> s.markDone(DUE);
    Consumer<Schedule> fail = s -> s.fail("gone", DUE);
    Consumer<Schedule> retry = s -> s.retryLater("database busy", DUE, 3, FIRST_DELAY);
    Consumer<Schedule> cancel = s -> s.cancel("rita", DUE);
    ScheduleState pending = ScheduleState.PENDING;
    ScheduleState doneState = ScheduleState.DONE;
    ScheduleState failed = ScheduleState.FAILED;
    ScheduleState cancelled = ScheduleState.CANCELLED;
    return Stream.of(
        // state, action name, action, resulting state or null if refused, words of the refusal
        Arguments.of(pending, "mark done", done, doneState, null),
        Arguments.of(pending, "fail", fail, failed, null),
        Arguments.of(pending, "retry later", retry, pending, null),
        Arguments.of(pending, "cancel", cancel, cancelled, null),
        Arguments.of(doneState, "mark done", done, null, "Cannot finish schedule 7: it is done."),
        Arguments.of(doneState, "fail", fail, null, "Cannot fail schedule 7: it is done."),
        Arguments.of(doneState, "retry later", retry, null, "Cannot retry schedule 7: it is done."),
        Arguments.of(doneState, "cancel", cancel, null, "Cannot cancel schedule 7: it is done."),
        Arguments.of(failed, "mark done", done, null, "Cannot finish schedule 7: it is failed."),
        Arguments.of(failed, "fail", fail, null, "Cannot fail schedule 7: it is failed."),
        Arguments.of(failed, "retry later", retry, null, "Cannot retry schedule 7: it is failed."),
        Arguments.of(failed, "cancel", cancel, null, "Cannot cancel schedule 7: it is failed."),
        Arguments.of(
            cancelled, "mark done", done, null, "Cannot finish schedule 7: it is cancelled."),
        Arguments.of(cancelled, "fail", fail, null, "Cannot fail schedule 7: it is cancelled."),
        Arguments.of(
            cancelled, "retry later", retry, null, "Cannot retry schedule 7: it is cancelled."),
        Arguments.of(
            cancelled, "cancel", cancel, null, "Cannot cancel schedule 7: it is cancelled."));
  }

  @ParameterizedTest(name = "{0} + {1} -> {3}")
  @MethodSource("transitionTable")
  void followsTheTransitionTable(
      ScheduleState from,
      String actionName,
      Consumer<Schedule> action,
      ScheduleState to,
      String refusal) {
    Schedule schedule = inState(from);
    int attemptsBefore = schedule.attempts();
    Optional<Instant> finishedBefore = schedule.finishedAt();
    if (to != null) {
      action.accept(schedule);
      assertEquals(to, schedule.state());
    } else {
      IllegalTransitionException error =
          assertThrows(IllegalTransitionException.class, () -> action.accept(schedule));
      assertEquals(refusal, error.getMessage());
      assertEquals(from, schedule.state(), "a refused move changes nothing");
      assertEquals(attemptsBefore, schedule.attempts());
      assertEquals(finishedBefore, schedule.finishedAt());
    }
  }

  @ParameterizedTest(name = "run {0} s after due: late by {1} s, ran late {2}")
  @CsvSource({
    "-30, 0, false",
    "0, 0, false",
    "119, 119, false",
    "120, 120, true",
    "10200, 10200, true"
  })
  void aRunRecordsHowLateItWasAndCountsAsLateFromTwoMinutes(
      long secondsAfterDue, long lateBy, boolean late) {
    Schedule schedule = pending();
    Instant ran = DUE.plusSeconds(secondsAfterDue);

    schedule.markDone(ran);

    assertEquals(Optional.of(Duration.ofSeconds(lateBy)), schedule.lateBy());
    assertEquals(late, schedule.ranLate());
    assertEquals(Optional.of(ran), schedule.finishedAt());
    assertEquals(1, schedule.attempts());
  }

  @Test
  void aScheduleThatNeverRanIsNotLate() {
    Schedule cancelled = inState(ScheduleState.CANCELLED);

    assertTrue(cancelled.lateBy().isEmpty());
    assertFalse(cancelled.ranLate());
  }

  @Test
  void retriesAfterOneThenFourMinutesAndGivesUpAtTheThirdFailedAttempt() {
    Schedule schedule = pending();
    Instant first = DUE;
    Instant second = DUE.plusSeconds(65);
    Instant third = second.plusSeconds(245);

    assertTrue(schedule.retryLater("database busy", first, 3, FIRST_DELAY));
    assertEquals(first.plus(Duration.ofMinutes(1)), schedule.nextAttemptAt());
    assertTrue(schedule.retryLater("database still busy", second, 3, FIRST_DELAY));
    assertEquals(second.plus(Duration.ofMinutes(4)), schedule.nextAttemptAt());
    assertEquals(ScheduleState.PENDING, schedule.state());
    assertTrue(schedule.finishedAt().isEmpty());

    assertFalse(schedule.retryLater("database down", third, 3, FIRST_DELAY));

    assertEquals(ScheduleState.FAILED, schedule.state());
    assertEquals(3, schedule.attempts());
    assertEquals(Optional.of("database down"), schedule.lastError());
    assertEquals(Optional.of(third), schedule.finishedAt());
  }

  @Test
  void theDelayGrowsFourfoldWithEachFailedAttempt() {
    Schedule schedule = pending();

    schedule.retryLater("busy", DUE, 10, FIRST_DELAY);
    schedule.retryLater("busy", DUE, 10, FIRST_DELAY);
    schedule.retryLater("busy", DUE, 10, FIRST_DELAY);

    assertEquals(DUE.plus(Duration.ofMinutes(16)), schedule.nextAttemptAt());
  }

  @Test
  void aSingleAllowedAttemptGivesUpAtTheFirstFailure() {
    Schedule schedule = pending();

    assertFalse(schedule.retryLater("busy", DUE, 1, FIRST_DELAY));

    assertEquals(ScheduleState.FAILED, schedule.state());
    assertEquals(DUE, schedule.nextAttemptAt(), "no further attempt is planned");
  }

  @Test
  void aRunAfterRetriesCountsEveryAttemptAndLatenessFromTheOriginalDueTime() {
    Schedule schedule = pending();
    schedule.retryLater("busy", DUE, 3, FIRST_DELAY);

    schedule.markDone(DUE.plus(Duration.ofMinutes(1)));

    assertEquals(2, schedule.attempts());
    assertEquals(Optional.of(Duration.ofMinutes(1)), schedule.lateBy());
    assertEquals(Optional.of("busy"), schedule.lastError(), "the failure stays visible");
    assertFalse(schedule.ranLate());
  }

  @Test
  void failingGivesUpAtOnceWithTheReason() {
    Schedule schedule = pending();

    schedule.fail("The approved revision 11 was edited after its approval.", DUE);

    assertEquals(ScheduleState.FAILED, schedule.state());
    assertEquals(1, schedule.attempts());
    assertEquals(
        Optional.of("The approved revision 11 was edited after its approval."),
        schedule.lastError());
    assertEquals(Optional.of(DUE), schedule.finishedAt());
  }

  @Test
  void cancellingRecordsWhoCalledItOff() {
    Schedule schedule = pending();

    schedule.cancel("lou", REQUESTED.plusSeconds(60));

    assertEquals(Optional.of("lou"), schedule.cancelledBy());
    assertEquals(Optional.of(REQUESTED.plusSeconds(60)), schedule.finishedAt());
    assertEquals(0, schedule.attempts(), "a cancelled schedule never ran");
  }

  @Test
  void eachKindOfScheduleHoldsOnlyWhatItActsOn() {
    Schedule publish =
        Schedule.publish(10, 11, "hash-11", DUE, PARIS, " warnings accepted ", "rita", REQUESTED);
    Schedule unpublish = Schedule.unpublish(10, DUE, PARIS, "Superseded", "rita", REQUESTED);
    Schedule release = Schedule.release(3, DUE, PARIS, null, "rita", REQUESTED);

    assertEquals(ScheduleAction.PUBLISH, publish.action());
    assertEquals(Optional.of(10L), publish.itemId());
    assertEquals(Optional.of(11L), publish.revisionId());
    assertEquals(Optional.of("hash-11"), publish.contentHash());
    assertTrue(publish.releaseId().isEmpty());
    assertEquals("warnings accepted", publish.note());

    assertEquals(ScheduleAction.UNPUBLISH, unpublish.action());
    assertEquals(Optional.of(10L), unpublish.itemId());
    assertTrue(unpublish.revisionId().isEmpty());
    assertTrue(unpublish.contentHash().isEmpty());
    assertEquals("Superseded", unpublish.note());

    assertEquals(ScheduleAction.PUBLISH_RELEASE, release.action());
    assertEquals(Optional.of(3L), release.releaseId());
    assertTrue(release.itemId().isEmpty());
    assertEquals("", release.note());
  }

  @Test
  void aNewScheduleIsPendingAndFirstTriedAtItsDueTime() {
    Schedule schedule = pending();

    assertEquals(ScheduleState.PENDING, schedule.state());
    assertEquals(DUE, schedule.nextAttemptAt());
    assertEquals(0, schedule.attempts());
    assertEquals("rita", schedule.requestedBy());
    assertEquals(REQUESTED, schedule.requestedAt());
  }

  @Test
  void showsTheDueTimeInTheTimeZoneItWasChosenIn() {
    Schedule schedule = pending();

    assertEquals(PARIS, schedule.timeZone());
    assertEquals(LocalDateTime.parse("2026-12-01T09:00"), schedule.dueInZone().toLocalDateTime());
    assertEquals(DUE, schedule.dueInZone().toInstant());
  }
}
