package org.specworks.cms.content;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.internal.ContentQueries;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.shared.InvalidInputException;

/**
 * Fixes of the live revision beside a waiting draft, and merging them into the draft: a hotfix
 * branches from what readers see, goes live through its own review, and is then brought into the
 * draft by a three-way merge. Also what a reviewer compares a revision with, since a live fix the
 * draft lacks changes that. Every method that changes something runs in its own transaction, checks
 * the actor, and leaves one audit entry.
 */
@Stateless
public class HotfixService {

  @Inject private ContentService contentService;
  @Inject private ContentQueries queries;
  @Inject private AuditLog audit;
  @Inject private Event<RevisionSaved> revisionSaved;
  @Inject private Clock clock;

  /**
   * Fixes what readers see now while a bigger draft waits: the fix branches from the live revision
   * and leaves the draft untouched. It goes live through its own review; afterwards {@link
   * #mergeLiveIntoDraft} brings it into the draft.
   *
   * @param liveRevisionId the live revision the editor started from
   * @throws InvalidInputException if the item is not live or no draft waits (then an ordinary edit
   *     is the fix; see {@link ContentItem#whyNoHotfix()}), or the live revision changed meanwhile
   */
  public Revision saveHotfix(
      Actor actor,
      ContentPath path,
      long liveRevisionId,
      RevisionContent content,
      String changeNote) {
    actor.require(Permission.EDIT_CONTENT);
    // Locked before the checks, as every change to the item's revisions is
    // (ContentService.lockByPath).
    ContentItem item = contentService.lockByPath(path);
    item.whyNoHotfix()
        .ifPresent(
            reason -> {
              throw new InvalidInputException(reason);
            });
    Revision live = item.liveRevision().orElseThrow();
    if (live.id() != liveRevisionId) {
      throw new InvalidInputException(
          "The live revision of "
              + path
              + " is now "
              + live.number()
              + ": start the fix again from it.");
    }
    ContentService.requireValid(item.type(), content);
    UploadFacts.requireAsIn(item.type(), content, live);
    if (live.content().equals(content)) {
      throw new InvalidInputException(
          "Nothing to save: the fix is the same as live revision " + live.number() + ".");
    }
    Revision hotfix = item.addHotfix(content, actor.username(), changeNote, clock.instant());
    queries.add(hotfix);
    if (!queries.flushWinsRace()) {
      throw new StaleRevisionException(item.path().value(), live.number(), List.of());
    }
    revisionSaved.fire(new RevisionSaved(item.id(), hotfix.id(), null, actor.username(), true));
    audit.record(
        actor.username(),
        AuditAction.CONTENT_HOTFIX,
        Audited.of(item, hotfix),
        "hotfix revision "
            + hotfix.number()
            + " of live revision "
            + live.number()
            + " beside draft revision "
            + item.latestRevision().orElseThrow().number()
            + (hotfix.changeNote().isBlank() ? "" : ": " + hotfix.changeNote()));
    return hotfix;
  }

  /** The newest hotfix of the live revision that is not live yet, if an editor started one. */
  public Optional<Revision> pendingHotfix(ContentItem item) {
    return item.liveRevision().flatMap(live -> queries.hotfixesOf(live).stream().findFirst());
  }

  /**
   * The live revision, when it holds a change the draft does not (a hotfix published after the
   * draft started): publishing the draft as it is would undo that change.
   */
  public Optional<Revision> liveChangedSinceDraft(ContentItem item) {
    Optional<Revision> live = item.liveRevision();
    Revision latest = item.latestRevision().orElseThrow();
    if (live.isEmpty() || item.isLive(latest)) {
      return Optional.empty();
    }
    RevisionGraph graph =
        new RevisionGraph(
            queries.revisionLinks(item).stream()
                .map(row -> new RevisionGraph.Link((Long) row[0], (Long) row[1], (Long) row[2]))
                .toList());
    return graph.contains(latest.id(), live.get().id()) ? Optional.empty() : live;
  }

  /**
   * What publishing {@code revision} would change, as its reviewer should read it. A hotfix is
   * compared with the live revision it fixes. A draft is compared with what is live; but when a
   * hotfix went live after the draft started, with the revision the fix branched from, so that the
   * draft does not seem to undo a fix it merely lacks ({@link #liveHotfixChanges} shows that fix
   * apart).
   */
  public RevisionDiff changesToReview(ContentItem item, Revision revision) {
    return RevisionDiff.between(item.type(), reviewBaseOf(item, revision).orElse(null), revision);
  }

  /**
   * The revision a draft's changes are compared with when a fix went live beside it (where the fix
   * branched from, which the draft also started from), so that screens name what the diff shows;
   * empty for a hotfix and for a draft compared with live.
   */
  public Optional<Revision> draftBaseBesideLiveFix(ContentItem item, Revision revision) {
    if (revision.isHotfix()) {
      return Optional.empty();
    }
    return liveChangedSinceDraft(item).flatMap(Revision::baseRevision);
  }

  private Optional<Revision> reviewBaseOf(ContentItem item, Revision revision) {
    if (revision.isHotfix()) {
      return revision.baseRevision();
    }
    Optional<Revision> liveChange = liveChangedSinceDraft(item);
    return liveChange.isPresent() ? liveChange.get().baseRevision() : item.liveRevision();
  }

  /**
   * What the live hotfix the draft lacks changed on the live page; empty when the draft has
   * everything live.
   */
  public RevisionDiff liveHotfixChanges(ContentItem item) {
    return liveChangedSinceDraft(item)
        .filter(Revision::isHotfix)
        .map(
            hotfix ->
                RevisionDiff.between(item.type(), hotfix.baseRevision().orElseThrow(), hotfix))
        .orElse(new RevisionDiff(0, 0, List.of()));
  }

  /**
   * Brings the live hotfix into the waiting draft with a three-way merge (the hotfix's base, the
   * draft, the hotfix) and saves the result as the draft's next revision. Words only one side
   * changed are taken from it; where both changed the same words, nothing is saved and the
   * conflicts are reported.
   *
   * @throws MergeConflictException if both sides changed the same words differently
   */
  public Revision mergeLiveIntoDraft(Actor actor, ContentPath path, long draftRevisionId) {
    return merge(actor, path, draftRevisionId, null, null);
  }

  /** The three-way merge the editor would get, without saving anything: for the merge screen. */
  public ThreeWayMerge.ContentMerge previewMerge(ContentPath path) {
    ContentItem item = contentService.requireByPath(path);
    Revision hotfix = requireUnmergedLive(item);
    return ThreeWayMerge.of(
        hotfix.baseRevision().orElseThrow().content(),
        item.latestRevision().orElseThrow().content(),
        hotfix.content());
  }

  /**
   * Saves the editor's own resolution of a merge that conflicted: the draft's next revision,
   * recorded as containing the live hotfix.
   */
  public Revision resolveMerge(
      Actor actor,
      ContentPath path,
      long draftRevisionId,
      RevisionContent resolution,
      String changeNote) {
    return merge(actor, path, draftRevisionId, resolution, changeNote);
  }

  private Revision merge(
      Actor actor,
      ContentPath path,
      long draftRevisionId,
      RevisionContent resolution,
      String changeNote) {
    actor.require(Permission.EDIT_CONTENT);
    ContentItem item = contentService.lockByPath(path);
    Revision draft = item.latestRevision().orElseThrow();
    if (draft.id() != draftRevisionId) {
      throw contentService.stale(item, draftRevisionId);
    }
    Revision hotfix = requireUnmergedLive(item);
    RevisionContent merged = resolution;
    if (merged != null) {
      UploadFacts.requireAsInEither(item.type(), merged, draft, hotfix);
    } else {
      ThreeWayMerge.ContentMerge merge =
          ThreeWayMerge.of(
              hotfix.baseRevision().orElseThrow().content(), draft.content(), hotfix.content());
      if (!merge.isClean()) {
        throw new MergeConflictException(path.value(), merge.conflicts());
      }
      merged = merge.content();
    }
    ContentService.requireValid(item.type(), merged);
    String note =
        changeNote == null || changeNote.isBlank()
            ? "Merged live hotfix revision " + hotfix.number() + " into the draft"
            : changeNote;
    Revision saved = item.addMerge(merged, hotfix, actor.username(), note, clock.instant());
    queries.add(saved);
    queries.removeWorkingCopy(item.id(), actor.username());
    if (!queries.flushWinsRace()) {
      throw new StaleRevisionException(item.path().value(), draft.number(), List.of());
    }
    revisionSaved.fire(new RevisionSaved(item.id(), saved.id(), draft.id(), actor.username()));
    audit.record(
        actor.username(),
        AuditAction.CONTENT_MERGE,
        Audited.of(item, saved),
        "revision "
            + saved.number()
            + " merges hotfix "
            + hotfix.number()
            + " into draft revision "
            + draft.number()
            + (resolution == null ? "" : " (resolved by hand)"));
    return saved;
  }

  private Revision requireUnmergedLive(ContentItem item) {
    Revision live =
        liveChangedSinceDraft(item)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "The draft of " + item.path() + " already has everything live."));
    if (!live.isHotfix()) {
      throw new InvalidInputException(
          "Live revision "
              + live.number()
              + " of "
              + item.path()
              + " is not a hotfix of an older live revision, so there is no common ancestor to merge from.");
    }
    return live;
  }
}
