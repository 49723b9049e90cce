package org.specworks.cms.insights.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.insights.WaitingReview;

/**
 * The aggregate queries behind the insights. Each returns a handful of rows (one per week and key),
 * whatever the size of the history: weeks are counted in SQL as whole weeks since the window's
 * start ({@code floor((epoch(t) - start) / 604800)}), which reads the same on H2 and PostgreSQL,
 * and every filter on time is a plain comparison of the indexed column (V13).
 */
@Dependent
public class InsightQueries {

  /** Whole weeks since the window's start; epochs as doubles, cheaper than PostgreSQL's numeric. */
  private static final String WEEK_OF =
      "floor((cast(extract(epoch from %s) as double precision) - ?1) / 604800)";

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  /**
   * Per step and week of decision: decisions, median and 90th percentile of the time each step
   * waited (since submission for the first step, since the previous step's approval for the
   * others).
   */
  public List<TurnaroundRow> turnaround(
      long startEpochSecond, Instant since, Optional<String> submittedBy) {
    Query query =
        em.createNativeQuery(
            "select step_name, wk, count(*),"
                + " percentile_cont(0.5) within group (order by waited),"
                + " percentile_cont(0.9) within group (order by waited)"
                + " from (select d.step_name as step_name, "
                + WEEK_OF.formatted("d.decided_at")
                + " as wk, cast(extract(epoch from d.decided_at) as double precision)"
                + " - cast(extract(epoch from coalesce(p.decided_at, r.submitted_at))"
                + " as double precision) as waited"
                + " from review_decision d join review r on r.id = d.review_id"
                + " left join review_decision p"
                + " on p.review_id = d.review_id and p.step_index = d.step_index - 1"
                + " where d.decided_at >= ?2"
                + (submittedBy.isPresent() ? " and r.submitted_by = ?3" : "")
                + ") x group by step_name, wk");
    query.setParameter(1, startEpochSecond).setParameter(2, utc(since));
    submittedBy.ifPresent(name -> query.setParameter(3, name));
    return rows(query).stream()
        .map(
            row ->
                new TurnaroundRow(
                    (String) row[0],
                    number(row[1]).longValue(),
                    number(row[2]).longValue(),
                    number(row[3]).doubleValue(),
                    number(row[4]).doubleValue()))
        .toList();
  }

  /**
   * Reviews in progress per current step, counted by submission time: after {@code oneDayAgo},
   * between the two, at or before {@code threeDaysAgo}.
   */
  public List<WaitingRow> waiting(
      Instant oneDayAgo, Instant threeDaysAgo, Optional<String> submittedBy) {
    Query query =
        em.createNativeQuery(
            "select s.name,"
                + " sum(case when r.submitted_at > ?1 then 1 else 0 end),"
                + " sum(case when r.submitted_at <= ?1 and r.submitted_at > ?2 then 1 else 0 end),"
                + " sum(case when r.submitted_at <= ?2 then 1 else 0 end)"
                + " from review r join review_step s"
                + " on s.review_id = r.id and s.position = r.current_step"
                + " where r.state = 'IN_PROGRESS'"
                + (submittedBy.isPresent() ? " and r.submitted_by = ?3" : "")
                + " group by s.name");
    query.setParameter(1, utc(oneDayAgo)).setParameter(2, utc(threeDaysAgo));
    submittedBy.ifPresent(name -> query.setParameter(3, name));
    return rows(query).stream()
        .map(
            row ->
                new WaitingRow(
                    (String) row[0],
                    number(row[1]).longValue(),
                    number(row[2]).longValue(),
                    number(row[3]).longValue()))
        .toList();
  }

  /**
   * Reviews in progress at step {@code step} submitted after {@code after} (if given) and at or
   * before {@code until}, oldest first, at most {@code limit}, with their item's path.
   */
  public List<WaitingReview> waitingAt(
      String step,
      Optional<Instant> after,
      Instant until,
      Optional<String> submittedBy,
      int limit) {
    Query query =
        em.createNativeQuery(
            "select r.id, i.path, r.revision_number, r.submitted_by, r.submitted_at"
                + " from review r join review_step s"
                + " on s.review_id = r.id and s.position = r.current_step"
                + " join content_item i on i.id = r.item_id"
                + " where r.state = 'IN_PROGRESS' and s.name = ?1 and r.submitted_at <= ?2"
                + (after.isPresent() ? " and r.submitted_at > ?3" : "")
                + (submittedBy.isPresent() ? " and r.submitted_by = ?4" : "")
                + " order by r.submitted_at, r.id");
    query.setParameter(1, step).setParameter(2, utc(until));
    after.ifPresent(moment -> query.setParameter(3, utc(moment)));
    submittedBy.ifPresent(name -> query.setParameter(4, name));
    return rows(query.setMaxResults(limit)).stream()
        .map(
            row ->
                new WaitingReview(
                    number(row[0]).longValue(),
                    (String) row[1],
                    number(row[2]).intValue(),
                    (String) row[3],
                    instant(row[4])))
        .toList();
  }

  /** New public versions per week and content type. */
  public List<WeeklyCount> publicationsByType(long startEpochSecond, Instant since) {
    return weeklyCounts(
        "select wk, content_type, count(*) from (select "
            + WEEK_OF.formatted("p.published_at")
            + " as wk, i.content_type as content_type"
            + " from publication p join content_item i on i.id = p.item_id"
            + " where p.published_at >= ?2) x group by wk, content_type",
        startEpochSecond,
        since);
  }

  /** Releases published per week. */
  public List<WeeklyCount> releasesPublished(long startEpochSecond, Instant since) {
    return weeklyCounts(
        "select wk, 'release', count(*) from (select "
            + WEEK_OF.formatted("published_at")
            + " as wk from content_release where published_at >= ?2) x group by wk",
        startEpochSecond,
        since);
  }

  /** Audit entries of one action per week (urgent fixes: {@code publishing.urgent-fix}). */
  public List<WeeklyCount> audited(String action, long startEpochSecond, Instant since) {
    Query query =
        em.createNativeQuery(
                "select wk, action, count(*) from (select "
                    + WEEK_OF.formatted("occurred_at")
                    + " as wk, action from audit_entry where action = ?3 and occurred_at >= ?2)"
                    + " x group by wk, action")
            .setParameter(1, startEpochSecond)
            .setParameter(2, utc(since))
            .setParameter(3, action);
    return weeklyCounts(query);
  }

  /**
   * Finished schedules per week of finishing and outcome: {@code failed}, {@code late} (at least
   * {@code lateAfterSeconds} after the due time) or {@code on-time}.
   */
  public List<WeeklyCount> scheduleOutcomes(
      long startEpochSecond, Instant since, long lateAfterSeconds) {
    Query query =
        em.createNativeQuery(
                "select wk, outcome, count(*) from (select "
                    + WEEK_OF.formatted("finished_at")
                    + " as wk, case when state = 'FAILED' then 'failed'"
                    + " when late_by_seconds >= ?3 then 'late' else 'on-time' end as outcome"
                    + " from publication_schedule"
                    + " where state in ('DONE', 'FAILED') and finished_at >= ?2) x"
                    + " group by wk, outcome")
            .setParameter(1, startEpochSecond)
            .setParameter(2, utc(since))
            .setParameter(3, lateAfterSeconds);
    return weeklyCounts(query);
  }

  private List<WeeklyCount> weeklyCounts(String sql, long startEpochSecond, Instant since) {
    return weeklyCounts(
        em.createNativeQuery(sql).setParameter(1, startEpochSecond).setParameter(2, utc(since)));
  }

  private static List<WeeklyCount> weeklyCounts(Query query) {
    return rows(query).stream()
        .map(
            row ->
                new WeeklyCount(
                    number(row[0]).longValue(), (String) row[1], number(row[2]).longValue()))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query query) {
    return query.getResultList();
  }

  private static Number number(Object value) {
    return value == null ? 0 : (Number) value;
  }

  /**
   * A timestamp as the driver gives it: H2 an {@code OffsetDateTime}, PostgreSQL a {@code
   * Timestamp}.
   */
  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    throw new IllegalStateException("Not a timestamp: " + value);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
