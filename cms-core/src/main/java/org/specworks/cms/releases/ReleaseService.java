package org.specworks.cms.releases;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.Audited;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.publishing.PublicationLog;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.shared.NotFoundException;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.WorkflowService;
import org.specworks.cms.workflow.WorkflowStep;

/**
 * Composing, reviewing and publishing releases. Editors compose and submit; reviewers approve or
 * reject the whole; publishing makes every entry live in the caller's one transaction, so a failure
 * on any entry leaves every item as it was. Each action leaves an audit entry.
 */
@Stateless
public class ReleaseService {

  /** A release waiting for its review or its publication, whose entries are frozen. */
  private static final Set<ReleaseState> WAITING =
      java.util.EnumSet.of(ReleaseState.IN_REVIEW, ReleaseState.APPROVED);

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;
  @Inject private PublicationLog publications;
  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * One entry with what it changes: compared with live while the release waits, or, once it is
   * published, with the version it replaced (the record of what went live).
   *
   * @param stillLatest whether the entry still holds the item's latest revision (always true once
   *     published: nothing after the publication concerns the release)
   */
  public record EntryChange(
      ContentItem item, Revision revision, boolean stillLatest, RevisionDiff changes) {}

  public Release create(Actor actor, String title, String description) {
    actor.require(Permission.COMPOSE_RELEASES);
    Release release = new Release(title, description, actor.username(), clock.instant());
    em.persist(release);
    em.flush();
    audit.record(actor.username(), AuditAction.RELEASE_CREATE, describe(release));
    return release;
  }

  /**
   * Adds the item's latest revision (its draft) to an open release, or points the item's entry at
   * it.
   */
  public Release addLatest(Actor actor, long releaseId, ContentPath path) {
    actor.require(Permission.COMPOSE_RELEASES);
    Release release = requireForUpdate(releaseId);
    ContentItem item = content.requireByPath(path);
    Revision latest = item.latestRevision().orElseThrow();
    if (item.isLive(latest)) {
      throw new IllegalTransitionException(
          path + " has no draft: its latest revision is already live.");
    }
    release.add(latest, actor.username(), clock.instant());
    audit.record(
        actor.username(),
        AuditAction.RELEASE_CHANGE,
        Audited.of(item, latest),
        describe(release) + ": revision " + latest.number() + " added");
    return release;
  }

  /**
   * Adds several items' drafts in one step, each the revision the caller was shown as the item's
   * latest (the content list's rows): all of them, or none if any cannot be added or changed since
   * it was shown.
   *
   * @param shownRevisionIds for each item, the id of the latest revision the caller was shown
   * @throws IllegalTransitionException naming the item, if a revision was saved since it was shown,
   *     or it has no draft
   */
  public Release addAllAsShown(
      Actor actor, long releaseId, Map<ContentPath, Long> shownRevisionIds) {
    actor.require(Permission.COMPOSE_RELEASES);
    Release release = require(releaseId);
    for (Map.Entry<ContentPath, Long> shown : shownRevisionIds.entrySet()) {
      ContentPath path = shown.getKey();
      content
          .requireByPath(path)
          .whyNotLatest(shown.getValue())
          .ifPresent(
              reason -> {
                throw new IllegalTransitionException(path + ": " + reason);
              });
      release = addLatest(actor, releaseId, path);
    }
    return release;
  }

  public Release remove(Actor actor, long releaseId, ContentPath path) {
    actor.require(Permission.COMPOSE_RELEASES);
    Release release = requireForUpdate(releaseId);
    ContentItem item = content.requireByPath(path);
    release.remove(item.id());
    audit.record(
        actor.username(),
        AuditAction.RELEASE_CHANGE,
        Audited.of(item),
        describe(release) + ": removed");
    return release;
  }

  public Release submit(Actor actor, long releaseId) {
    actor.require(Permission.COMPOSE_RELEASES);
    Release release = requireForUpdate(releaseId);
    requireEntriesCurrent(release);
    release.submit(actor.username(), reviewStepsOf(release), clock.instant());
    audit.record(
        actor.username(),
        AuditAction.RELEASE_SUBMIT,
        describe(release)
            + " with "
            + release.entries().size()
            + " item(s), for review in steps "
            + release.steps());
    return release;
  }

  /**
   * Approves the release's current review step, as a member of that step's group who wrote no part
   * of it; the release is approved when its last step is.
   */
  public Release approve(Actor actor, long releaseId, String note) {
    actor.require(Permission.DECIDE_ON_RELEASES);
    Release release = requireForUpdate(releaseId);
    requireEntriesCurrent(release);
    WorkflowStep step = release.approve(actor, authorsOf(release), note, clock.instant());
    String outcome =
        "step '"
            + step.name()
            + "' approved"
            + (release.state() == ReleaseState.APPROVED
                ? ", release approved"
                : ", next: step '" + release.currentStep().orElseThrow().name() + "'");
    audit.record(
        actor.username(),
        AuditAction.RELEASE_APPROVE,
        describe(release)
            + ": "
            + outcome
            + (note == null || note.isBlank() ? "" : ": " + note.strip()));
    recordForEachEntry(actor, AuditAction.RELEASE_APPROVE, release, outcome + " in ");
    return release;
  }

  /**
   * Why {@code actor} may not approve the release's current step now, or empty if they may: an
   * entry edited since it was added comes first, since approving would be refused for it whoever
   * asks.
   */
  public Optional<String> whyCannotDecide(Actor actor, long releaseId) {
    Release release = require(releaseId);
    Optional<String> rule = release.whyCannotDecide(actor, authorsOf(release));
    if (rule.isPresent() && release.state() != ReleaseState.IN_REVIEW) {
      return rule;
    }
    return whyEntriesNotCurrent(release).or(() -> rule);
  }

  /**
   * Why the release, in review or approved, can go no further (an entry was edited after it was
   * added, naming the entry, its new revision and who saved it), or empty: the release screen shows
   * this to everyone, with the reopen action to whoever may take it.
   */
  public Optional<String> whyStuck(long releaseId) {
    Release release = require(releaseId);
    return WAITING.contains(release.state()) ? whyEntriesNotCurrent(release) : Optional.empty();
  }

  /** Why {@code actor} may not reopen the release now, or empty if they may. */
  public Optional<String> whyCannotReopen(Actor actor, long releaseId) {
    if (!actor.may(Permission.REOPEN_RELEASES)) {
      return Optional.of("Only editors, reviewers and administrators reopen releases.");
    }
    Release release = require(releaseId);
    return WAITING.contains(release.state())
        ? Optional.empty()
        : Optional.of(
            "Only a release in review or approved can be reopened; this one is "
                + release.state().name().toLowerCase().replace('_', ' ')
                + ".");
  }

  /**
   * A release in review or approved that holds an item's revision, which a new save of that item
   * would stop (approval and publication are refused until the release is reopened and updated).
   *
   * @param warning what saving would do to the release, for the editor before they edit
   * @param mayReopen whether the person asking may reopen the release ({@link #whyCannotReopen})
   */
  public record HeldInRelease(
      long releaseId, String title, ReleaseState state, String warning, boolean mayReopen) {}

  /**
   * The release in review or approved holding the item's revision, if any ({@link HeldInRelease}).
   */
  public Optional<HeldInRelease> heldIn(Actor actor, ContentPath path) {
    return content.findByPath(path).flatMap(item -> heldIn(actor, item));
  }

  private Optional<HeldInRelease> heldIn(Actor actor, ContentItem item) {
    return em.createQuery(
            "select r from Release r join r.entries e where e.itemId = :item and r.state in :states"
                + " order by r.id",
            Release.class)
        .setParameter("item", item.id())
        .setParameter("states", WAITING)
        .getResultStream()
        .findFirst()
        .map(
            release ->
                new HeldInRelease(
                    release.id(),
                    release.title(),
                    release.state(),
                    (release.state() == ReleaseState.APPROVED
                            ? "This item is in the approved release '" + release.title() + "'."
                            : "This item is in the release '"
                                + release.title()
                                + "', which is in review.")
                        + " A new revision stops that release: it cannot be "
                        + (release.state() == ReleaseState.APPROVED ? "" : "approved or ")
                        + "published until it is reopened, updated with the new revision and"
                        + " approved again.",
                    whyCannotReopen(actor, release.id()).isEmpty()));
  }

  public Release reject(Actor actor, long releaseId, String reason) {
    actor.require(Permission.DECIDE_ON_RELEASES);
    Release release = requireForUpdate(releaseId);
    release.reject(actor, reason, clock.instant());
    audit.record(
        actor.username(), AuditAction.RELEASE_REJECT, describe(release) + ": " + reason.strip());
    recordForEachEntry(actor, AuditAction.RELEASE_REJECT, release, "sent back with ");
    return release;
  }

  /**
   * A decision on a release is a decision on each entry's exact revision: every item's own history
   * names the revision that was judged, as a review's decision does.
   */
  private void recordForEachEntry(Actor actor, AuditAction action, Release release, String what) {
    for (ReleaseEntry entry : release.entries()) {
      ContentItem item = content.requireItem(entry.itemId());
      Revision revision = content.revisionOf(item, entry.revisionId()).orElseThrow();
      audit.record(
          actor.username(),
          action,
          Audited.of(item, revision),
          "revision " + revision.number() + " " + what + describe(release));
    }
  }

  /** Back to composing, for example to take in a newer draft of an entry; any approval is void. */
  public Release reopen(Actor actor, long releaseId, String reason) {
    actor.require(Permission.REOPEN_RELEASES);
    Release release = requireForUpdate(releaseId);
    release.reopen(actor.username(), reason, clock.instant());
    audit.record(
        actor.username(),
        AuditAction.RELEASE_REOPEN,
        describe(release) + (reason == null ? "" : ": " + reason));
    return release;
  }

  public Release cancel(Actor actor, long releaseId, String reason) {
    actor.require(Permission.REOPEN_RELEASES);
    Release release = requireForUpdate(releaseId);
    release.cancel(actor.username(), reason, clock.instant());
    audit.record(
        actor.username(),
        AuditAction.RELEASE_CANCEL,
        describe(release) + (reason == null ? "" : ": " + reason));
    return release;
  }

  /**
   * Makes every entry live in this one transaction, or none: if any entry fails (changed since
   * approval, a check error, a database error), the exception rolls all of it back.
   *
   * @param acceptedWarnings the note that accepts content-check warnings of any entry
   */
  public Release publish(Actor actor, long releaseId, String acceptedWarnings) {
    actor.require(Permission.PUBLISH_RELEASES);
    Release locked = requireForUpdate(releaseId);
    // Every entry's item is locked before anything is checked; in id order, so two releases that
    // share items never
    // wait for each other in a circle.
    locked.entries().stream().map(ReleaseEntry::itemId).sorted().forEach(content::lockItem);
    Release release = requireApprovedAndCurrent(locked, "published");
    Set<String> paths =
        release.entries().stream()
            .map(entry -> content.requireItem(entry.itemId()).path().value())
            .collect(Collectors.toCollection(TreeSet::new));
    for (ReleaseEntry entry : release.entries()) {
      ContentItem item = content.requireItem(entry.itemId());
      Revision revision = content.revisionOf(item, entry.revisionId()).orElseThrow();
      publishing.publishInRelease(
          actor, item, revision, describe(release), acceptedWarnings, paths);
    }
    release.markPublished(actor.username(), clock.instant());
    audit.record(
        actor.username(),
        AuditAction.RELEASE_PUBLISH,
        describe(release) + ": " + paths.size() + " item(s) live: " + paths);
    return release;
  }

  /**
   * Refuses unless the release is approved and every entry still holds its item's latest revision.
   */
  public Release requirePublishable(long releaseId) {
    return requireApprovedAndCurrent(require(releaseId), "scheduled");
  }

  private Release requireApprovedAndCurrent(Release release, String what) {
    if (release.state() != ReleaseState.APPROVED) {
      throw new IllegalTransitionException(
          "Only an approved release can be "
              + what
              + "; this one is "
              + release.state().name().toLowerCase().replace('_', ' ')
              + ".");
    }
    requireEntriesCurrent(release);
    return release;
  }

  /**
   * What the release changes, entry by entry: compared with live while it is composed, reviewed or
   * approved; once published, each entry compared with the public version it replaced, so the
   * release stays a record of what went live (compared with live it would be empty).
   */
  public List<EntryChange> changes(long releaseId) {
    Release release = require(releaseId);
    boolean published = release.state() == ReleaseState.PUBLISHED;
    return release.entries().stream()
        .map(
            entry -> {
              ContentItem item = content.requireItem(entry.itemId());
              Revision revision = content.revisionOf(item, entry.revisionId()).orElseThrow();
              if (published) {
                Revision replaced =
                    publications.publishedBefore(item.id(), revision.id()).orElse(null);
                return new EntryChange(
                    item, revision, true, RevisionDiff.between(item.type(), replaced, revision));
              }
              boolean stillLatest =
                  item.latestRevision().map(latest -> entry.holds(latest)).orElse(false);
              return new EntryChange(
                  item,
                  revision,
                  stillLatest,
                  RevisionDiff.between(item.type(), item.liveRevision().orElse(null), revision));
            })
        .toList();
  }

  /**
   * The steps the entries' own workflows would run, each once, in the order of the entries: a
   * release goes through every review its items would.
   */
  private List<WorkflowStep> reviewStepsOf(Release release) {
    Set<WorkflowStep> steps = new LinkedHashSet<>();
    release
        .entries()
        .forEach(
            entry -> steps.addAll(workflow.stepsFor(content.requireItem(entry.itemId()).type())));
    return List.copyOf(steps);
  }

  /** Everyone who wrote a revision in any entry's change since live. */
  public Set<String> authorsOf(Release release) {
    Set<String> authors = new TreeSet<>();
    for (ReleaseEntry entry : release.entries()) {
      ContentItem item = content.requireItem(entry.itemId());
      authors.addAll(
          content.authorsOfChange(
              item, content.revisionOf(item, entry.revisionId()).orElseThrow()));
    }
    return authors;
  }

  public Release require(long releaseId) {
    Release release = em.find(Release.class, releaseId);
    if (release == null) {
      throw new NotFoundException("No release " + releaseId);
    }
    return release;
  }

  /** Releases, newest first; {@code states} empty means all. */
  public List<Release> list(Set<ReleaseState> states) {
    if (states.isEmpty()) {
      return em.createQuery(
              "select r from Release r order by r.createdAt desc, r.id desc", Release.class)
          .getResultList();
    }
    return em.createQuery(
            "select r from Release r where r.state in :states order by r.createdAt desc, r.id desc",
            Release.class)
        .setParameter("states", states)
        .getResultList();
  }

  private Release requireForUpdate(long releaseId) {
    Release release = require(releaseId);
    // Two reviewers deciding, or an editor changing entries while a reviewer approves: one waits
    // for the other.
    em.lock(release, LockModeType.PESSIMISTIC_WRITE);
    return release;
  }

  private void requireEntriesCurrent(Release release) {
    whyEntriesNotCurrent(release)
        .ifPresent(
            reason -> {
              throw new IllegalTransitionException(reason);
            });
  }

  private Optional<String> whyEntriesNotCurrent(Release release) {
    for (ReleaseEntry entry : release.entries()) {
      ContentItem item = content.requireItem(entry.itemId());
      Revision latest = item.latestRevision().orElseThrow();
      if (!entry.holds(latest)) {
        return Optional.of(
            item.path()
                + " changed after it was added to the release (now revision "
                + latest.number()
                + " by "
                + latest.author()
                + "). Reopen the release and add its latest revision.");
      }
      if (item.isLive(latest)) {
        return Optional.of(
            item.path() + " is already live at that revision; remove it from the release.");
      }
    }
    return Optional.empty();
  }

  private static String describe(Release release) {
    return "release #" + release.id() + " '" + release.title() + "'";
  }
}
