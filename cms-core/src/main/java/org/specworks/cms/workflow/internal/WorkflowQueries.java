package org.specworks.cms.workflow.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionKind;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.ReviewComment;
import org.specworks.cms.workflow.ReviewState;
import org.specworks.cms.workflow.WorkflowDefinition;

/** The JPA queries of the workflow feature. */
@Dependent
public class WorkflowQueries {

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  public Optional<WorkflowDefinition> definitionFor(ContentType type) {
    return em.createQuery(
            "select d from WorkflowDefinition d where d.contentType = :type",
            WorkflowDefinition.class)
        .setParameter("type", type)
        .getResultStream()
        .findFirst();
  }

  public Optional<Review> review(long id) {
    return Optional.ofNullable(em.find(Review.class, id));
  }

  /** Reviews of an item still open (in progress or approved), oldest first. */
  public List<Review> openReviewsOf(long itemId) {
    return em.createQuery(
            "select r from Review r where r.itemId = :item and r.state in :open order by r.id",
            Review.class)
        .setParameter("item", itemId)
        .setParameter("open", List.of(ReviewState.IN_PROGRESS, ReviewState.APPROVED))
        .getResultList();
  }

  public List<Review> reviewsOf(long itemId) {
    return em.createQuery(
            "select r from Review r where r.itemId = :item order by r.id desc", Review.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  public Optional<Review> latestReviewOfRevision(long revisionId) {
    return em.createQuery(
            "select r from Review r where r.revisionId = :revision order by r.id desc",
            Review.class)
        .setParameter("revision", revisionId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * Reviews of the latest revision of each item, where that revision is not the live one; oldest
   * first.
   */
  public List<Review> reviewsOfLatestUnpublished(Collection<Long> itemIds) {
    return em.createQuery(
            "select r from Review r, ContentItem i where i.id in :items and r.itemId = i.id"
                + " and r.revisionId = i.latestRevision.id"
                + " and (i.liveRevision is null or i.liveRevision <> i.latestRevision)"
                + " order by r.id",
            Review.class)
        .setParameter("items", itemIds)
        .getResultList();
  }

  public List<Review> reviewsInState(ReviewState state) {
    return batched(
            em.createQuery(
                "select r from Review r where r.state = :state order by r.submittedAt, r.id",
                Review.class))
        .setParameter("state", state)
        .getResultList();
  }

  /** The revision a review judges, as lists show it (no body). */
  public record JudgedRevision(long id, int number, boolean hotfix, String author, String title) {}

  /** An item's path and its live revision's number and kind, if something is live. */
  public record ItemFacts(long id, String path, Integer liveNumber, boolean liveIsHotfix) {}

  /** One revision of an item's draft line (not a hotfix) and its author. */
  public record DraftAuthorship(long itemId, int number, String author) {}

  public List<JudgedRevision> judgedRevisions(Collection<Long> revisionIds) {
    return em.createQuery(
            "select r.id, r.number, r.kind, r.author, r.content.title from Revision r"
                + " where r.id in :ids",
            Object[].class)
        .setParameter("ids", revisionIds)
        .getResultStream()
        .map(
            row ->
                new JudgedRevision(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).intValue(),
                    row[2] == RevisionKind.HOTFIX,
                    (String) row[3],
                    (String) row[4]))
        .toList();
  }

  public List<ItemFacts> itemFacts(Collection<Long> itemIds) {
    return em.createQuery(
            "select i.id, i.path, l.number, l.kind from ContentItem i left join i.liveRevision l"
                + " where i.id in :ids",
            Object[].class)
        .setParameter("ids", itemIds)
        .getResultStream()
        .map(
            row ->
                new ItemFacts(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    row[2] == null ? null : ((Number) row[2]).intValue(),
                    row[3] == RevisionKind.HOTFIX))
        .toList();
  }

  public List<DraftAuthorship> draftAuthorships(Collection<Long> itemIds) {
    return em.createQuery(
            "select r.item.id, r.number, r.author from Revision r"
                + " where r.item.id in :ids and r.kind <> :hotfix",
            Object[].class)
        .setParameter("ids", itemIds)
        .setParameter("hotfix", RevisionKind.HOTFIX)
        .getResultStream()
        .map(
            row ->
                new DraftAuthorship(
                    ((Number) row[0]).longValue(), ((Number) row[1]).intValue(), (String) row[2]))
        .toList();
  }

  /**
   * Reviews in progress whose current step is decided by one of {@code groups}, oldest first. The
   * filter runs in the database: the dashboard asks on every visit, however many reviews are open.
   */
  public List<Review> inProgressAtStepsOf(Collection<String> groups) {
    if (groups.isEmpty()) {
      return List.of();
    }
    return batched(
            em.createQuery(
                "select r from Review r join r.steps s where r.state = :state"
                    + " and index(s) = r.currentStep and s.reviewerGroup in :groups"
                    + " order by r.submittedAt, r.id",
                Review.class))
        .setParameter("state", ReviewState.IN_PROGRESS)
        .setParameter("groups", groups)
        .getResultList();
  }

  /** How many reviews in progress wait at a step (by name) for a reviewer group. */
  public record WaitingAtStep(String stepName, String group, long reviews) {}

  /**
   * Reviews in progress counted by the step they wait at, for steps whose group is none of {@code
   * groups}: with the groups that have an active reviewer, what waits for nobody. Counted in the
   * database: the administrator's dashboard asks on every visit, however many reviews are open.
   */
  public List<WaitingAtStep> inProgressAtStepsNotOf(Collection<String> groups) {
    String others = groups.isEmpty() ? "" : " and s.reviewerGroup not in :groups";
    TypedQuery<Object[]> query =
        em.createQuery(
            "select s.name, s.reviewerGroup, count(r) from Review r join r.steps s"
                + " where r.state = :state and index(s) = r.currentStep"
                + others
                + " group by s.name, s.reviewerGroup order by s.name, s.reviewerGroup",
            Object[].class);
    query.setParameter("state", ReviewState.IN_PROGRESS);
    if (!groups.isEmpty()) {
      query.setParameter("groups", groups);
    }
    return query
        .getResultStream()
        .map(
            row ->
                new WaitingAtStep((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
        .toList();
  }

  /** Rejected reviews {@code author} submitted of what is still their item's latest revision. */
  public List<Review> rejectedLatestSubmittedBy(String author) {
    return batched(
            em.createQuery(
                "select r from Review r, ContentItem i where r.state = :state"
                    + " and r.submittedBy = :author and i.id = r.itemId"
                    + " and r.revisionId = i.latestRevision.id order by r.submittedAt, r.id",
                Review.class))
        .setParameter("state", ReviewState.REJECTED)
        .setParameter("author", author)
        .getResultList();
  }

  /**
   * Reads the reviews' steps and decisions in one query each for all of them, instead of two
   * queries per review (both collections are eager).
   */
  private static <T> TypedQuery<T> batched(TypedQuery<T> query) {
    return query
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "r.steps")
        .setHint("eclipselink.batch", "r.decisions");
  }

  public List<ReviewComment> commentsOn(long reviewId) {
    return em.createQuery(
            "select c from ReviewComment c where c.reviewId = :review order by c.writtenAt, c.id",
            ReviewComment.class)
        .setParameter("review", reviewId)
        .getResultList();
  }

  /** Reads the review again as committed now. */
  public void refresh(Review review) {
    em.refresh(review);
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
