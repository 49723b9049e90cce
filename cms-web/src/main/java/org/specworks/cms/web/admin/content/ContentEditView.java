package org.specworks.cms.web.admin.content;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.specworks.cms.checks.CheckedRevision;
import org.specworks.cms.checks.ContentChecks;
import org.specworks.cms.checks.Finding;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentSchema;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentValidationException;
import org.specworks.cms.content.FieldDefinition;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.content.StaleRevisionException;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.rendering.MarkdownRenderer;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.workflow.EditorialState;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Backs {@code admin/content/edit.xhtml}: one item's form, built from its type's schema. Saving
 * stores a new revision on top of the one the form was loaded from; if someone saved in between,
 * the typed text stays in the form and the message says who changed what.
 */
@Named
@ViewScoped
public class ContentEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContentService content;
  @Inject private HotfixService hotfixes;
  @Inject private WorkflowService workflow;
  @Inject private MarkdownRenderer renderer;
  @Inject private ContentChecks checks;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;
  @Inject private ExternalContext external;
  @Inject private org.specworks.cms.web.support.ReadableTime readableTime;

  private String path;
  private String savedParam;
  private transient org.specworks.cms.web.admin.review.ShownChanges savedChanges;
  private String typeName;
  private long baseRevisionId;
  private int baseRevisionNumber;
  private String title;
  private String description;
  private String body;
  private final Map<String, String> fields = new LinkedHashMap<>();
  private final Map<String, String> problems = new LinkedHashMap<>();
  private String changeNote;
  private boolean resolvesMerge;
  private String autosaveStatus = "";
  private org.specworks.cms.content.TypedForm lastKept;
  private transient Optional<org.specworks.cms.content.WorkingCopy> unsavedCopy;
  private String preview = "";
  private String previewedBody;
  private String conflictMessage;

  /**
   * The latest revision when the conflict was shown: what "save mine" saves over, and nothing
   * newer.
   */
  private long conflictRevisionId;

  private List<RevisionDiff.FieldChange> theirChanges = List.of();
  private Map<String, String> mine = Map.of();
  private Map<String, String> keptText = Map.of();
  private transient CheckedRevision checked;

  /** {@code f:viewAction}: loads the item's latest revision into the form. */
  public void load() throws IOException {
    if (parsedPath().flatMap(content::findByPath).isEmpty()) {
      external.responseSendError(404, "No content at this path");
      jakarta.faces.context.FacesContext.getCurrentInstance()
          .responseComplete(); // render nothing after the 404
      return;
    }
    load0();
  }

  private void load0() {
    Optional<ContentItem> item = parsedPath().flatMap(content::findByPath);
    checked = null;
    Revision latest = item.orElseThrow().latestRevision().orElseThrow();
    typeName = item.get().type().name();
    baseRevisionId = latest.id();
    baseRevisionNumber = latest.number();
    RevisionContent current = latest.content();
    title = current.title();
    description = current.description();
    body = current.body();
    fields.clear();
    for (FieldDefinition field : schema().fields()) {
      fields.put(field.name(), current.field(field.name()));
    }
  }

  /**
   * Autosave (every few seconds, when a field is left, and when a save fails): keeps the whole form
   * as this editor's working copy, change note included, without making a revision. Skips the write
   * when nothing changed since the last one. Once kept, an older copy is no longer offered:
   * restoring it would bring back less than the form holds.
   */
  public void autosave() {
    org.specworks.cms.content.TypedForm typed = typedForm();
    if (typed.equals(lastKept)) {
      return;
    }
    try {
      org.specworks.cms.content.WorkingCopy copy =
          content.keepWorkingCopy(actor.get(), contentPath(), baseRevisionId, typed);
      lastKept = typed;
      unsavedCopy = Optional.empty();
      autosaveStatus = Messages.text("edit.autosave.kept", readableTime.clock(copy.savedAt()));
    } catch (InvalidInputException | PermissionDeniedException | jakarta.ejb.EJBException failed) {
      autosaveStatus = Messages.text("edit.autosave.failed");
    }
  }

  private org.specworks.cms.content.TypedForm typedForm() {
    return new org.specworks.cms.content.TypedForm(
        title, description, body, new LinkedHashMap<>(fields), changeNote);
  }

  /** Unsaved text autosave kept from an earlier visit, if it differs from the latest revision. */
  public Optional<org.specworks.cms.content.WorkingCopy> getUnsavedCopy() {
    if (unsavedCopy == null) {
      Revision latest = content.requireByPath(contentPath()).latestRevision().orElseThrow();
      unsavedCopy =
          content
              .workingCopy(actor.get(), contentPath())
              .filter(copy -> !copy.matches(latest.content()));
    }
    return unsavedCopy;
  }

  /**
   * Puts the kept text back in the form; saving it later on a stale base opens the conflict dialog.
   */
  public void restoreWorkingCopy() {
    getUnsavedCopy()
        .ifPresent(
            copy -> {
              Revision base =
                  content
                      .revisionOf(content.requireByPath(contentPath()), copy.baseRevisionId())
                      .orElseThrow();
              baseRevisionId = base.id();
              baseRevisionNumber = base.number();
              title = copy.title();
              description = copy.description();
              body = copy.body();
              fields.clear();
              for (FieldDefinition field : schema().fields()) {
                fields.put(field.name(), copy.fields().getOrDefault(field.name(), ""));
              }
              changeNote = copy.changeNote();
              lastKept = typedForm();
              Messages.info("edit.unsaved.restored", readableTime.of(copy.savedAt()));
            });
    unsavedCopy = Optional.empty();
  }

  public void discardWorkingCopy() {
    content.discardWorkingCopy(actor.get(), contentPath());
    unsavedCopy = Optional.empty();
    Messages.info("edit.unsaved.discarded");
  }

  public String getAutosaveStatus() {
    return autosaveStatus;
  }

  public void save() throws IOException {
    store(
        typed ->
            resolvesMerge
                ? hotfixes.resolveMerge(
                    actor.get(), contentPath(), baseRevisionId, typed, changeNote)
                : content.save(actor.get(), contentPath(), baseRevisionId, typed, changeNote));
  }

  /**
   * The conflict dialog's other way out: this editor's text becomes the newest revision; theirs
   * stays in history.
   */
  public void saveMineOnTopOfLatest() throws IOException {
    conflictMessage = null; // shown again if someone saved once more since
    theirChanges = List.of();
    store(
        typed ->
            content.saveOverConflict(
                actor.get(), contentPath(), baseRevisionId, conflictRevisionId, typed, changeNote));
  }

  /** Stores the form as a new revision one way or another, and shows what came of it. */
  private void store(java.util.function.Function<RevisionContent, Revision> saving)
      throws IOException {
    problems.clear();
    if (FormProblems.titleMissing("editor", schema(), title)) {
      autosave();
      return;
    }
    try {
      Revision saved = saving.apply(new RevisionContent(title, description, body, fields));
      Messages.info("edit.saved", saved.number());
      Messages.keepForRedirect();
      external.redirect(EditorPage.afterSave(external, path, saved.number()));
      return;
    } catch (ContentValidationException invalid) {
      FormProblems.show("editor", invalid.violations(), problems);
      Messages.error("edit.invalid");
    } catch (StaleRevisionException conflict) {
      showConflict(conflict);
    } catch (InvalidInputException | PermissionDeniedException | IllegalArgumentException refused) {
      Messages.errorText(refused.getMessage());
    }
    // Nothing was saved: the form as typed is what a later visit must be able to restore.
    autosave();
  }

  /**
   * Someone saved while this editor was typing. Keeps everything typed, and shows what the others
   * changed between the revision this form started from and the latest one.
   */
  private void showConflict(StaleRevisionException conflict) {
    Revision latest = content.requireByPath(contentPath()).latestRevision().orElseThrow();
    conflictRevisionId = latest.id();
    conflictMessage = conflict.getMessage();
    theirChanges = content.diff(contentPath(), baseRevisionNumber, latest.number()).changes();
    mine = new LinkedHashMap<>();
    mine.put(Messages.text("edit.keptText.title"), title);
    mine.put(Messages.text("edit.keptText.description"), description);
    mine.put(Messages.text("edit.keptText.body"), body);
    Messages.error("edit.stale");
  }

  /**
   * The conflict dialog's merge: the form now holds the latest revision, to which the editor
   * re-applies their change; their own text stays on the page to copy from.
   */
  public void startFromLatestKeepingMine() {
    keptText = mine;
    conflictMessage = null;
    theirChanges = List.of();
    load0();
    Messages.info("edit.startedFromTheirs", baseRevisionNumber);
  }

  /**
   * Whether a fix of the live page beside the waiting draft makes sense ({@link
   * ContentItem#canTakeHotfix()}).
   */
  public boolean isHotfixPossible() {
    return content.requireByPath(contentPath()).canTakeHotfix();
  }

  /**
   * Set when the editor saves a text that takes in the live fix by hand, after the merge found
   * conflicts.
   */
  public boolean isResolvesMerge() {
    return resolvesMerge;
  }

  public void setResolvesMerge(boolean resolvesMerge) {
    this.resolvesMerge = resolvesMerge;
  }

  /**
   * The conflict dialog was closed (its close button or Escape): the editor keeps typing; saving
   * again on the stale revision shows the dialog again.
   */
  public void closeConflict() {
    conflictMessage = null;
    theirChanges = List.of();
  }

  public boolean isConflicted() {
    return conflictMessage != null;
  }

  public String getConflictMessage() {
    return conflictMessage;
  }

  public List<RevisionDiff.FieldChange> getTheirChanges() {
    return theirChanges;
  }

  public String wordsOf(RevisionDiff.FieldChange change) {
    return org.specworks.cms.web.admin.review.DiffHtml.of(change.words());
  }

  /**
   * What this editor had typed when the conflict happened, after choosing to start from the latest
   * revision.
   */
  public Map<String, String> getKeptText() {
    return keptText;
  }

  public void submitForReview() throws IOException {
    try {
      Review review = workflow.submitForReview(actor.get(), contentPath(), baseRevisionId);
      Messages.info("edit.submitted", review.revisionNumber(), review.currentStepName());
      Messages.keepForRedirect();
      external.redirect(editUrl());
    } catch (IllegalTransitionException | PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public EditorialState getState() {
    return workflow.stateOf(contentPath());
  }

  /** The reason of the latest rejection, when the item was sent back. */
  public String getRejection() {
    return workflow.latestReviewOf(baseRevisionId).flatMap(Review::closingReason).orElse("");
  }

  public Optional<Review> openReview() {
    return workflow.openReviewOf(contentPath());
  }

  public ContentSchema schema() {
    return org.specworks.cms.content.ContentType.valueOf(typeName).schema();
  }

  public List<FieldDefinition> getFieldDefinitions() {
    return schema().fields();
  }

  /** The structured fields' problems from the last save, by field name; shown beside each field. */
  public Map<String, String> getProblems() {
    return problems;
  }

  private String editUrl() {
    return EditorPage.url(external, path);
  }

  private Optional<ContentPath> parsedPath() {
    return ContentPath.parse(path);
  }

  private ContentPath contentPath() {
    return parsedPath().orElseThrow(() -> new NotFoundException("No content at " + path));
  }

  public String getPath() {
    return path;
  }

  /** The {@code ?saved=} of the address: the revision the last save made, as typed. */
  public String getSaved() {
    return savedParam;
  }

  public void setSaved(String saved) {
    this.savedParam = saved;
  }

  /**
   * What the save that led here changed, compared with the revision before it, shown as the review
   * screen shows it; empty without {@code ?saved=}, for a first revision or a number the item does
   * not have.
   */
  public Optional<org.specworks.cms.web.admin.review.ShownChanges> getSavedChanges() {
    int saved = getSavedNumber();
    if (saved < 2 || saved > latestNumber()) {
      return Optional.empty();
    }
    if (savedChanges == null) {
      savedChanges =
          org.specworks.cms.web.admin.review.ShownChanges.of(
              content.diff(contentPath(), saved - 1, saved),
              org.specworks.cms.web.admin.review.DiffFields.INLINE,
              renderer);
    }
    return Optional.of(savedChanges);
  }

  public int getSavedNumber() {
    long saved = org.specworks.cms.web.admin.UrlNumbers.parse(savedParam).orElse(0);
    return saved > Integer.MAX_VALUE ? 0 : (int) saved;
  }

  private int latestNumber() {
    return content.requireByPath(contentPath()).latestRevision().orElseThrow().number();
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getTypeLabel() {
    return org.specworks.cms.content.ContentType.valueOf(typeName).label();
  }

  /**
   * What the content checks say about the latest saved revision (the one a reviewer would see) that
   * its live revision does not have, errors first.
   */
  public List<Finding> getFindings() {
    return checked().introduced().stream()
        .sorted(java.util.Comparator.comparing(Finding::severity))
        .toList();
  }

  /** Findings the live revision already has: listed, folded, needing no note. */
  public List<Finding> getKnownFindings() {
    return checked().alreadyLive();
  }

  private CheckedRevision checked() {
    if (checked == null) {
      ContentItem item = content.requireByPath(contentPath());
      checked = checks.compareWithLive(item, item.latestRevision().orElseThrow(), Set.of());
    }
    return checked;
  }

  public long getBaseRevisionId() {
    return baseRevisionId;
  }

  public boolean isDocument() {
    return "DOCUMENT".equals(typeName);
  }

  public int getBaseRevisionNumber() {
    return baseRevisionNumber;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Map<String, String> getFields() {
    return fields;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }

  /**
   * The body rendered as the public site renders it, without saving anything; rendered again only
   * when the body changed, since the editor's keystrokes ask for it.
   */
  public String getPreview() {
    if (!Objects.equals(previewedBody, body)) {
      preview = body == null ? "" : renderer.render(body).html();
      previewedBody = body;
    }
    return preview;
  }
}
