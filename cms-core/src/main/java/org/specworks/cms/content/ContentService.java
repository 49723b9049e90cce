package org.specworks.cms.content;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.internal.ContentQueries;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;

/**
 * Creating and editing content. Every change is a new immutable revision on top of the latest one;
 * nothing is overwritten. Every method runs in its own transaction, checks the actor, and leaves
 * one audit entry. Fixes of the live revision beside a waiting draft, and merging them into it, are
 * {@link HotfixService}'s.
 */
@Stateless
public class ContentService {

  /** The width of the change note column. */
  public static final int MAX_CHANGE_NOTE = 1_000;

  @Inject private ContentQueries queries;
  @Inject private AuditLog audit;
  @Inject private Event<RevisionSaved> revisionSaved;
  @Inject private Clock clock;
  @Inject private OverwriteNotices notices;

  /** The item at a path, whatever its publication status. */
  public Optional<ContentItem> findByPath(ContentPath path) {
    return queries.itemAt(path);
  }

  /** Like {@link #findByPath} but for callers that know the item exists. */
  public ContentItem requireByPath(ContentPath path) {
    return findByPath(path).orElseThrow(() -> new NotFoundException("No content at " + path));
  }

  /**
   * The item at {@code path}, its row locked until the transaction ends and read afresh. Whoever
   * changes which revision is live takes this lock first and checks after it: two such changes on
   * one item then run one after the other, and the second checks what the first committed.
   */
  public ContentItem lockByPath(ContentPath path) {
    return queries
        .itemAtForUpdate(path)
        .orElseThrow(() -> new NotFoundException("No content at " + path));
  }

  /** Like {@link #lockByPath(ContentPath)}, by id. */
  public ContentItem lockItem(long id) {
    return queries
        .itemForUpdate(id)
        .orElseThrow(() -> new NotFoundException("No content item " + id));
  }

  /**
   * Everyone who wrote part of the change that publishing {@code revision} would make: for a hotfix
   * its author; for a draft the authors of the draft line since the change started ({@link
   * ContentItem#changeStartNumber()}). The four-eyes rule of reviews and of releases: none of them
   * may approve it.
   */
  public Set<String> authorsOfChange(ContentItem item, Revision revision) {
    if (revision.isHotfix()) {
      return Set.of(revision.author());
    }
    return queries.draftAuthorsBetween(item, item.changeStartNumber(), revision.number());
  }

  /** An item by its id. */
  public ContentItem requireItem(long id) {
    return queries.item(id).orElseThrow(() -> new NotFoundException("No content item " + id));
  }

  /** An item's revisions, newest first. */
  public List<Revision> history(ContentPath path) {
    return queries.historyOf(requireByPath(path));
  }

  /** One revision of an item by its number. */
  public Revision requireRevision(ContentPath path, int number) {
    return queries
        .revision(requireByPath(path), number)
        .orElseThrow(() -> new NotFoundException("No revision " + number + " of " + path));
  }

  /** One page of the admin's content list: filtered, ordered and paged by the database. */
  public List<ContentOverview> overviewPage(ContentListQuery query, int offset, int limit) {
    return queries.listPage(query, Math.max(0, offset), Math.max(1, Math.min(limit, 500))).stream()
        .map(ContentOverview::of)
        .toList();
  }

  /**
   * Items whose latest revision is not live (never published, or live with changes pending), most
   * recently changed first; only those last changed by {@code author}, if given. Archived items are
   * not pending.
   */
  public List<ContentOverview> pendingChanges(Optional<String> author, int limit) {
    return Stream.of(PublicationStatus.NEVER_PUBLISHED, PublicationStatus.LIVE_WITH_PENDING_CHANGES)
        .flatMap(
            status ->
                overviewPage(
                    new ContentListQuery(
                        Optional.empty(),
                        Optional.of(status),
                        author,
                        Optional.empty(),
                        ContentListQuery.Sort.CHANGED,
                        true),
                    0,
                    limit)
                    .stream())
        .sorted(Comparator.comparing(ContentOverview::lastChangedAt).reversed())
        .limit(limit)
        .toList();
  }

  public long overviewCount(ContentListQuery query) {
    return queries.listCount(query);
  }

  /** Live items below a path (not the item at it), ordered by path. */
  public List<ContentItem> liveItemsBelow(ContentPath path) {
    return queries.liveItemsBelow(path);
  }

  /** A page of live items ordered by path; {@code type} null means all types. */
  public List<ContentItem> liveItems(ContentType type, int offset, int limit) {
    return queries.liveItems(type, offset, limit);
  }

  public long countLiveItems(ContentType type) {
    return queries.countLiveItems(type);
  }

  /** Every item's path, whatever its type and status. */
  public List<String> allPaths() {
    return queries.allPaths();
  }

  /** The live body of every published item, by path. */
  public Map<String, String> liveBodies() {
    return queries.liveBodies();
  }

  /** Paths of every item of a type, whatever its status. */
  public List<String> pathsOf(ContentType type) {
    return queries.pathsOf(type);
  }

  /** Paths of the items of a type that readers can see. */
  public List<String> livePathsOf(ContentType type) {
    return queries.livePathsOf(type);
  }

  /** Items of one type, ordered by path. */
  public List<ContentItem> itemsOfType(ContentType type) {
    return queries.itemsOfType(type);
  }

  /**
   * Creates an item with its first revision, a draft.
   *
   * @throws InvalidInputException if the path is taken
   * @throws ContentValidationException if the content does not fit the type
   */
  public ContentItem create(
      Actor actor, ContentType type, ContentPath path, RevisionContent content, String changeNote) {
    actor.require(Permission.CREATE_CONTENT);
    requireValid(type, content);
    UploadFacts.requireNone(type, content);
    if (queries.itemAt(path).isPresent()) {
      throw new InvalidInputException("Content already exists at " + path + ".");
    }
    ContentItem item = addItem(type, path);
    Revision first = item.addRevision(content, actor.username(), changeNote, clock.instant());
    queries.add(first);
    audit.record(
        actor.username(),
        AuditAction.CONTENT_CREATE,
        Audited.of(item, first),
        type.label() + ": " + content.title());
    revisionSaved.fire(new RevisionSaved(item.id(), first.id(), null, actor.username()));
    return item;
  }

  /**
   * Creates an item from what an editor typed into the new-item form. Every problem is reported at
   * once, each under the field it concerns: {@value ContentPath#FIELD} when the path is no path,
   * lacks the new item's name ({@link ContentPath#problemWithNewPath}) or is taken; {@code title}
   * when it is blank; and whatever the type's schema refuses. Nothing is stored unless there is no
   * problem.
   *
   * @param path the path as typed
   * @throws ContentValidationException naming each problem by field
   */
  public ContentItem create(
      Actor actor, ContentType type, String path, ContentInput typed, String changeNote) {
    actor.require(Permission.CREATE_CONTENT);
    Map<String, String> problems = new LinkedHashMap<>();
    problemWithNewPath(path).ifPresent(problem -> problems.put(ContentPath.FIELD, problem));
    problems.putAll(type.schema().violations(typed));
    if (!problems.isEmpty()) {
      throw new ContentValidationException(problems);
    }
    return create(actor, type, ContentPath.of(path), type.schema().contentOf(typed), changeNote);
  }

  private Optional<String> problemWithNewPath(String raw) {
    return ContentPath.problemWithNewPath(raw)
        .or(
            () -> {
              ContentPath path = ContentPath.of(raw);
              return queries.itemAt(path).map(taken -> "Content already exists at " + path + ".");
            });
  }

  /**
   * Saves new content on top of the revision the editor started from.
   *
   * @param baseRevisionId the revision the editor's form was loaded from
   * @throws StaleRevisionException if someone saved since {@code baseRevisionId}; nothing is stored
   * @throws ContentValidationException if the content does not fit the type
   * @throws InvalidInputException if the content equals the latest revision's, or carries other
   *     upload facts (a document's file) than the base revision ({@link UploadFacts})
   */
  public Revision save(
      Actor actor,
      ContentPath path,
      long baseRevisionId,
      RevisionContent content,
      String changeNote) {
    return save(actor, path, baseRevisionId, content, changeNote, false);
  }

  /**
   * Saves a document's new file facts: {@code documents.DocumentFiles} calls it after it checked
   * and stored the uploaded file; the only save that may change {@link UploadFacts}.
   *
   * @see #save(Actor, ContentPath, long, RevisionContent, String)
   */
  public Revision saveUploadedFile(
      Actor actor,
      ContentPath path,
      long baseRevisionId,
      RevisionContent content,
      String changeNote) {
    return save(actor, path, baseRevisionId, content, changeNote, true);
  }

  private Revision save(
      Actor actor,
      ContentPath path,
      long baseRevisionId,
      RevisionContent content,
      String changeNote,
      boolean newFile) {
    actor.require(Permission.EDIT_CONTENT);
    // Locked first, so of writers on one base the later ones wait and are told who saved what
    // since.
    ContentItem item = lockByPath(path);
    requireValid(item.type(), content);
    Revision latest = item.latestRevision().orElseThrow();
    // A base that is not the latest is refused as stale below, with who saved what since.
    if (!newFile && latest.id() == baseRevisionId) {
      UploadFacts.requireAsIn(item.type(), content, latest);
    }
    Revision saved = addOnTopOf(item, baseRevisionId, content, actor, changeNote);
    queries.removeWorkingCopy(item.id(), actor.username());
    audit.record(
        actor.username(), AuditAction.CONTENT_SAVE, Audited.of(item, saved), describe(saved));
    return saved;
  }

  /**
   * The conflict dialog's other way out: after a save was refused as stale ({@link
   * StaleRevisionException}), the editor knowingly stores their content as the next revision on top
   * of the latest one. The revisions others saved since the editor's form was loaded stay in the
   * history; the change note and the audit entry ({@link AuditAction#CONTENT_OVERWRITE}) name each
   * of them and its author.
   *
   * @param baseRevisionId the revision the editor's form was loaded from
   * @param seenRevisionId the latest revision when the conflict was shown: what the editor chose to
   *     save over
   * @throws StaleRevisionException if someone saved again after {@code seenRevisionId}; nothing is
   *     stored, and the editor sees the conflict again with the newer revision
   * @throws ContentValidationException if the content does not fit the type
   * @throws InvalidInputException if nothing was saved between the two revisions (then there is no
   *     conflict to save over: save normally), or the content equals the latest revision's
   */
  public Revision saveOverConflict(
      Actor actor,
      ContentPath path,
      long baseRevisionId,
      long seenRevisionId,
      RevisionContent content,
      String changeNote) {
    actor.require(Permission.EDIT_CONTENT);
    ContentItem item = lockByPath(path);
    requireValid(item.type(), content);
    Revision base = requireRevisionOf(item, baseRevisionId);
    UploadFacts.requireAsIn(item.type(), content, base);
    Revision seen = requireRevisionOf(item, seenRevisionId);
    List<Revision> overwritten = draftLineBetween(item, base, seen);
    if (overwritten.isEmpty()) {
      throw new InvalidInputException(
          "Nothing was saved over revision " + base.number() + " of " + path + ": save normally.");
    }
    String over =
        overwritten.stream()
            .map(r -> "revision " + r.number() + " by " + r.author())
            .collect(Collectors.joining(", "));
    String note =
        (changeNote == null || changeNote.isBlank() ? "" : changeNote.strip() + " ")
            + "(saved over "
            + over
            + ")";
    Revision saved =
        addOnTopOf(
            item,
            seenRevisionId,
            UploadFacts.takenFrom(item.type(), content, seen.content()),
            actor,
            note);
    queries.removeWorkingCopy(item.id(), actor.username());
    List<String> told = notices.tell(item, saved, overwritten);
    audit.record(
        actor.username(),
        AuditAction.CONTENT_OVERWRITE,
        Audited.of(item, saved),
        "revision "
            + saved.number()
            + " saved over "
            + over
            + ", the editor having started from revision "
            + base.number()
            + (told.isEmpty()
                ? "; nobody else to tell (the revisions saved over were the editor's own)"
                : "; told " + String.join(", ", told) + " on their dashboard"));
    return saved;
  }

  /**
   * The draft-line revisions after {@code base} up to and including {@code last}, oldest first; no
   * hotfixes.
   */
  private List<Revision> draftLineBetween(ContentItem item, Revision base, Revision last) {
    return queries.revisionsAfter(item, base.number()).stream()
        .filter(revision -> !revision.isHotfix() && revision.number() <= last.number())
        .toList();
  }

  private Revision requireRevisionOf(ContentItem item, long revisionId) {
    return revisionOf(item, revisionId)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "Revision " + revisionId + " is not a revision of " + item.path()));
  }

  /**
   * Makes the content of an earlier revision the latest again, as a new revision: history stays
   * linear and nothing is lost.
   */
  public Revision revertTo(
      Actor actor, ContentPath path, long baseRevisionId, int revisionNumber, String changeNote) {
    actor.require(Permission.EDIT_CONTENT);
    ContentItem item = lockByPath(path);
    Revision target = requireRevision(path, revisionNumber);
    String note =
        changeNote == null || changeNote.isBlank()
            ? "Reverted to revision " + revisionNumber
            : changeNote;
    Revision saved = addOnTopOf(item, baseRevisionId, target.content(), actor, note);
    audit.record(
        actor.username(),
        AuditAction.CONTENT_REVERT,
        Audited.of(item, saved),
        "to revision " + revisionNumber);
    return saved;
  }

  /** A revision by id, if it belongs to the item. */
  public Optional<Revision> revisionOf(ContentItem item, long revisionId) {
    return queries.revision(revisionId).filter(revision -> revision.item().id().equals(item.id()));
  }

  /**
   * Autosave: keeps what the actor typed in the item's form as their working copy, replacing the
   * previous one. Makes no revision and leaves no audit entry; the next real save removes it. Keeps
   * every input as typed, the change note included, so that restoring it gives back the form
   * exactly.
   */
  public WorkingCopy keepWorkingCopy(
      Actor actor, ContentPath path, long baseRevisionId, TypedForm typed) {
    actor.require(Permission.EDIT_CONTENT);
    ContentItem item = requireByPath(path);
    revisionOf(item, baseRevisionId)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "Revision " + baseRevisionId + " is not a revision of " + path));
    WorkingCopy copy =
        queries
            .workingCopy(item.id(), actor.username())
            .orElseGet(() -> queries.add(new WorkingCopy(item.id(), actor.username())));
    copy.replace(baseRevisionId, typed, clock.instant());
    return copy;
  }

  /** The actor's unsaved working copy of the item, if autosave kept one. */
  public Optional<WorkingCopy> workingCopy(Actor actor, ContentPath path) {
    return findByPath(path).flatMap(item -> queries.workingCopy(item.id(), actor.username()));
  }

  public void discardWorkingCopy(Actor actor, ContentPath path) {
    findByPath(path).ifPresent(item -> queries.removeWorkingCopy(item.id(), actor.username()));
  }

  /** Field-by-field differences between two revisions of an item (either order). */
  public RevisionDiff diff(ContentPath path, int fromNumber, int toNumber) {
    ContentItem item = requireByPath(path);
    return RevisionDiff.between(
        item.type(), requireRevision(path, fromNumber), requireRevision(path, toNumber));
  }

  /**
   * Everything the latest revision changes compared with what readers see now (all of it if never
   * published).
   */
  public RevisionDiff changesSinceLive(ContentPath path) {
    ContentItem item = requireByPath(path);
    return RevisionDiff.between(
        item.type(), item.liveRevision().orElse(null), item.latestRevision().orElseThrow());
  }

  /**
   * Creates an item whose first revision is authored by the system and published at once: how the
   * site's seed content arrives. Refuses a path that is already taken, so importing twice cannot
   * duplicate anything.
   */
  public ContentItem importPublished(
      ContentType type, ContentPath path, RevisionContent content, String changeNote) {
    requireValid(type, content);
    if (queries.itemAt(path).isPresent()) {
      throw new InvalidInputException("Content already exists at " + path + ".");
    }
    ContentItem item = addItem(type, path);
    Revision first =
        item.addRevision(content, Actor.SYSTEM.username(), changeNote, clock.instant());
    queries.add(first);
    item.publish(first);
    audit.record(
        Actor.SYSTEM.username(),
        AuditAction.CONTENT_IMPORT,
        Audited.of(item, first),
        type.label() + ": " + content.title());
    return item;
  }

  /** Totals, for health checks and import reports. */
  public ContentTotals totals() {
    return new ContentTotals(queries.countItems(), queries.countRevisions());
  }

  /**
   * Stores a new, empty item; a concurrent creation at the same path loses cleanly instead of
   * failing at commit.
   */
  private ContentItem addItem(ContentType type, ContentPath path) {
    ContentItem item = new ContentItem(type, path, clock.instant());
    if (!queries.add(item)) {
      throw new InvalidInputException("Content already exists at " + path + ".");
    }
    return item;
  }

  private Revision addOnTopOf(
      ContentItem item,
      long baseRevisionId,
      RevisionContent content,
      Actor actor,
      String changeNote) {
    if (changeNote != null && changeNote.strip().length() > MAX_CHANGE_NOTE) {
      // The column's width: a longer note would fail at the write, misreported as a conflict.
      throw new InvalidInputException(
          "A change note has at most "
              + MAX_CHANGE_NOTE
              + " characters; this one has "
              + changeNote.strip().length()
              + ".");
    }
    Revision latest = item.latestRevision().orElseThrow();
    if (latest.id() != baseRevisionId) {
      throw stale(item, baseRevisionId);
    }
    if (latest.content().equals(content)) {
      throw new InvalidInputException(
          "Nothing to save: the content is the same as revision " + latest.number() + ".");
    }
    Revision saved = item.addRevision(content, actor.username(), changeNote, clock.instant());
    queries.add(saved);
    if (!queries.flushWinsRace()) {
      throw new StaleRevisionException(item.path().value(), latest.number(), List.of());
    }
    revisionSaved.fire(new RevisionSaved(item.id(), saved.id(), latest.id(), actor.username()));
    return saved;
  }

  /**
   * The refusal of a save whose base is not the latest revision any more; {@link HotfixService}
   * refuses so too.
   */
  StaleRevisionException stale(ContentItem item, long baseRevisionId) {
    Revision base =
        queries
            .revision(baseRevisionId)
            .filter(revision -> revision.item().id().equals(item.id()))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "Revision " + baseRevisionId + " is not a revision of " + item.path()));
    List<StaleRevisionException.NewerRevision> newer =
        queries.revisionsAfter(item, base.number()).stream()
            .map(
                r ->
                    new StaleRevisionException.NewerRevision(
                        r.id(), r.number(), r.author(), r.createdAt(), r.changeNote()))
            .toList();
    return new StaleRevisionException(item.path().value(), base.number(), newer);
  }

  /**
   * Refuses content that does not fit the type; every service of this package that stores content
   * asks it.
   */
  static void requireValid(ContentType type, RevisionContent content) {
    Map<String, String> violations = type.schema().violations(content);
    if (!violations.isEmpty()) {
      throw new ContentValidationException(violations);
    }
  }

  private static String describe(Revision revision) {
    return "revision "
        + revision.number()
        + (revision.changeNote().isBlank() ? "" : ": " + revision.changeNote());
  }
}
