package org.specworks.cms.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.specworks.cms.workflow.IllegalTransitionException;

/**
 * Something to do at a moment: publish an exact approved revision, unpublish an item, or publish a
 * release. The moment is stored as an instant together with the time zone it was chosen in, so
 * screens can show it as the person who scheduled it meant it.
 */
@Entity
@Table(name = "publication_schedule")
public class Schedule {

  /**
   * A run this much after the due time counts as late (the server was down or busy), and says so.
   */
  public static final Duration LATE_AFTER = Duration.ofMinutes(2);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_schedule_seq")
  @SequenceGenerator(
      name = "publication_schedule_seq",
      sequenceName = "publication_schedule_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false, length = 20)
  private ScheduleAction action;

  @Column(name = "item_id", updatable = false)
  private Long itemId;

  @Column(name = "revision_id", updatable = false)
  private Long revisionId;

  @Column(name = "content_hash", updatable = false, length = 64)
  private String contentHash;

  @Column(name = "release_id", updatable = false)
  private Long releaseId;

  @Column(name = "due_at", nullable = false, updatable = false)
  private OffsetDateTime dueAt;

  @Column(name = "time_zone", nullable = false, updatable = false, length = 64)
  private String timeZone;

  @Column(name = "note", nullable = false, updatable = false, length = 2000)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 20)
  private ScheduleState state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_error", length = 4000)
  private String lastError;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private OffsetDateTime requestedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "late_by_seconds")
  private Long lateBySeconds;

  @Column(name = "cancelled_by", length = 64)
  private String cancelledBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Schedule() {
    // for JPA
  }

  private Schedule(
      ScheduleAction action,
      Instant dueAt,
      ZoneId zone,
      String note,
      String requestedBy,
      Instant now) {
    this.action = action;
    this.dueAt = dueAt.atOffset(ZoneOffset.UTC);
    this.timeZone = zone.getId();
    this.note = note == null ? "" : note.strip();
    this.state = ScheduleState.PENDING;
    this.nextAttemptAt = this.dueAt;
    this.requestedBy = requestedBy;
    this.requestedAt = now.atOffset(ZoneOffset.UTC);
  }

  static Schedule publish(
      long itemId,
      long revisionId,
      String contentHash,
      Instant dueAt,
      ZoneId zone,
      String acceptedWarnings,
      String requestedBy,
      Instant now) {
    Schedule schedule =
        new Schedule(ScheduleAction.PUBLISH, dueAt, zone, acceptedWarnings, requestedBy, now);
    schedule.itemId = itemId;
    schedule.revisionId = revisionId;
    schedule.contentHash = contentHash;
    return schedule;
  }

  static Schedule unpublish(
      long itemId, Instant dueAt, ZoneId zone, String reason, String requestedBy, Instant now) {
    Schedule schedule =
        new Schedule(ScheduleAction.UNPUBLISH, dueAt, zone, reason, requestedBy, now);
    schedule.itemId = itemId;
    return schedule;
  }

  static Schedule release(
      long releaseId,
      Instant dueAt,
      ZoneId zone,
      String acceptedWarnings,
      String requestedBy,
      Instant now) {
    Schedule schedule =
        new Schedule(
            ScheduleAction.PUBLISH_RELEASE, dueAt, zone, acceptedWarnings, requestedBy, now);
    schedule.releaseId = releaseId;
    return schedule;
  }

  /** Ran successfully at {@code now}; remembers how late that was. */
  void markDone(Instant now) {
    requirePending("finish");
    state = ScheduleState.DONE;
    attempts++;
    finishedAt = now.atOffset(ZoneOffset.UTC);
    lateBySeconds = Math.max(0, Duration.between(dueAt.toInstant(), now).toSeconds());
  }

  /**
   * Gives up at once: retrying cannot help (the approved revision changed, the release was
   * cancelled).
   */
  void fail(String reason, Instant now) {
    requirePending("fail");
    attempts++;
    lastError = reason;
    state = ScheduleState.FAILED;
    finishedAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * Records a failed attempt: tries again after {@code firstDelay} × 4^(attempts−1), or gives up
   * after {@code maxAttempts}.
   *
   * @return whether it will be tried again
   */
  boolean retryLater(String reason, Instant now, int maxAttempts, Duration firstDelay) {
    requirePending("retry");
    attempts++;
    lastError = reason;
    if (attempts >= maxAttempts) {
      state = ScheduleState.FAILED;
      finishedAt = now.atOffset(ZoneOffset.UTC);
      return false;
    }
    nextAttemptAt =
        now.plus(firstDelay.multipliedBy((long) Math.pow(4, attempts - 1)))
            .atOffset(ZoneOffset.UTC);
    return true;
  }

  void cancel(String by, Instant now) {
    requirePending("cancel");
    state = ScheduleState.CANCELLED;
    cancelledBy = by;
    finishedAt = now.atOffset(ZoneOffset.UTC);
  }

  private void requirePending(String action) {
    if (state != ScheduleState.PENDING) {
      throw new IllegalTransitionException(
          "Cannot " + action + " schedule " + id + ": it is " + state.name().toLowerCase() + ".");
    }
  }

  /** Whether it ran noticeably after its due time. */
  public boolean ranLate() {
    return lateBySeconds != null && lateBySeconds >= LATE_AFTER.toSeconds();
  }

  public Long id() {
    return id;
  }

  public ScheduleAction action() {
    return action;
  }

  public Optional<Long> itemId() {
    return Optional.ofNullable(itemId);
  }

  public Optional<Long> revisionId() {
    return Optional.ofNullable(revisionId);
  }

  public Optional<String> contentHash() {
    return Optional.ofNullable(contentHash);
  }

  public Optional<Long> releaseId() {
    return Optional.ofNullable(releaseId);
  }

  public Instant dueAt() {
    return dueAt.toInstant();
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  /** The due time as chosen: in the scheduler's time zone. */
  public java.time.ZonedDateTime dueInZone() {
    return dueAt.atZoneSameInstant(timeZone());
  }

  /** The unpublish reason, or the note that accepted content-check warnings. */
  public String note() {
    return note;
  }

  public ScheduleState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt.toInstant();
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt.toInstant();
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<Duration> lateBy() {
    return Optional.ofNullable(lateBySeconds).map(Duration::ofSeconds);
  }

  public Optional<String> cancelledBy() {
    return Optional.ofNullable(cancelledBy);
  }

  public long version() {
    return version;
  }
}
