package org.specworks.cms.web.admin.review;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.specworks.cms.checks.CheckedRevision;
import org.specworks.cms.checks.ContentChecks;
import org.specworks.cms.checks.Finding;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.rendering.MarkdownRenderer;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.admin.UrlNumbers;
import org.specworks.cms.web.admin.documents.UploadedFileServlet;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.ReviewProgress;
import org.specworks.cms.workflow.ReviewRemark;
import org.specworks.cms.workflow.ReviewState;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Backs {@code admin/review/review.xhtml}: what changed since live, the comments, and the decision.
 * Approve is disabled, with the reason, for anyone the rules do not let decide (wrong group, author
 * of the change).
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkflowService workflow;
  @Inject private ContentService content;
  @Inject private PublishingService publishing;
  @Inject private ContentChecks checks;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;
  @Inject private ExternalContext external;
  @Inject private MarkdownRenderer renderer;

  private long id;
  // Read once per request: the page asks for them many times while it renders.
  private transient Review review;
  private transient ContentItem item;
  private String comment;
  private String acceptedWarnings;
  private transient CheckedRevision checked;
  private String publishRefusal = "";
  private String reason;
  private String mode = DiffFields.INLINE;
  private transient DiffFields.Shown fields;

  public void load() throws IOException {
    review = null;
    item = null;
    checked = null;
    fields = null;
    try {
      review();
    } catch (NotFoundException missing) {
      external.responseSendError(404, "No such review");
      jakarta.faces.context.FacesContext.getCurrentInstance()
          .responseComplete(); // render nothing after the 404
    }
  }

  /**
   * After a step that is not the last, the banner names the step that waits ({@link
   * ReviewProgress}).
   */
  public void approve() throws IOException {
    act(
        () ->
            workflow
                .approve(actor.get(), id, review().revisionId(), comment)
                .progress()
                .afterApproval());
  }

  public void reject() throws IOException {
    act(
        () -> {
          workflow.reject(actor.get(), id, reason);
          return Messages.text("review.rejected");
        });
  }

  public void addComment() throws IOException {
    act(
        () -> {
          workflow.comment(actor.get(), id, comment);
          return Messages.text("review.commented");
        });
  }

  /**
   * A refusal is shown beside the note that accepts warnings, not at the top of the page: the note
   * is usually what it asks for.
   */
  public void publish() throws IOException {
    try {
      publishing.publish(actor.get(), item().path(), review().revisionId(), acceptedWarnings);
    } catch (IllegalTransitionException
        | InvalidInputException
        | PermissionDeniedException refused) {
      publishRefusal = refused.getMessage();
      return;
    }
    act(() -> Messages.text("review.published"));
  }

  /** Runs the action and reloads the page with the message it returns. */
  private void act(Supplier<String> action) throws IOException {
    try {
      String done = action.get();
      Messages.infoText(done);
      Messages.keepForRedirect();
      external.redirect(external.getRequestContextPath() + "/admin/review/review.xhtml?id=" + id);
    } catch (IllegalTransitionException
        | InvalidInputException
        | PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public Review review() {
    if (review == null) {
      review = workflow.requireReview(id);
    }
    return review;
  }

  public ContentItem item() {
    if (item == null) {
      item = content.requireItem(review().itemId());
    }
    return item;
  }

  /**
   * What the reviewed revision changes, as its reviewer should read it ({@link
   * WorkflowService#changesUnderReview}).
   */
  public RevisionDiff getChanges() {
    return workflow.changesUnderReview(review());
  }

  /**
   * What a fix that went live beside this draft changed; empty when the draft has everything live.
   */
  public List<RevisionDiff.FieldChange> getLiveChanges() {
    return workflow.liveChangesBeside(review()).changes();
  }

  /**
   * The file uploaded to the reviewed revision of a document, to open from the review: its name,
   * size and checksum; null when the revision carries none.
   */
  public UploadedFile getUploadedFile() {
    var fields = reviewed().content().fields();
    String sha256 = fields.getOrDefault("sha256", "");
    return sha256.isBlank()
        ? null
        : new UploadedFile(
            fields.getOrDefault("fileName", sha256 + ".pdf"),
            fields.getOrDefault("sizeBytes", ""),
            sha256,
            external.getRequestContextPath() + UploadedFileServlet.PATH + "/" + sha256);
  }

  /** A document revision's file as the review shows it. */
  public record UploadedFile(String fileName, String sizeBytes, String sha256, String href)
      implements Serializable {}

  private Revision reviewed() {
    return content.revisionOf(item(), review().revisionId()).orElseThrow();
  }

  public String wordsOf(RevisionDiff.FieldChange change) {
    return DiffHtml.of(change.words());
  }

  /**
   * The changed fields in the chosen view: only changed blocks with their context ({@link
   * org.specworks.cms.content.BlockDiff}); the body also rendered as readers see it ({@link
   * org.specworks.cms.rendering.RenderedDiff}).
   */
  public List<DiffFields.FieldView> getFields() {
    return shown().groups().get(0);
  }

  private DiffFields.Shown shown() {
    if (fields == null) {
      fields = DiffFields.of(List.of(getChanges().changes()), mode, renderer);
    }
    return fields;
  }

  /** Links to each change, for the top of the changes. */
  public String getJumps() {
    return shown().jumps();
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = DiffFields.mode(mode);
    this.fields = null;
  }

  /** Step by step: approved (by whom), waiting, not reached. */
  public ReviewProgress getProgress() {
    return review().progress();
  }

  /** The note the editor saved with the revision under review. */
  public String getChangeNote() {
    return workflow.changeNoteOf(review());
  }

  /** Comments, and the notes given with approvals and rejections, oldest first. */
  public List<ReviewRemark> getComments() {
    return workflow.remarksOn(review());
  }

  /** Why the signed-in person may not approve or reject now; empty if they may. */
  public String getWhyCannotDecide() {
    return workflow.whyCannotDecide(actor.get(), review()).orElse("");
  }

  /** Why the signed-in person may not approve now (reject may still be open); empty if they may. */
  public String getWhyCannotApprove() {
    return workflow.whyCannotApprove(actor.get(), review()).orElse("");
  }

  /**
   * What the changes are compared with, as a heading: the live page it fixes (a hotfix), live, or
   * where the draft started when a fix went live beside it ({@link
   * WorkflowService#draftBaseBesideLiveFix}).
   */
  public String getChangesHeading() {
    if (review().isOnHotfix()) {
      return Messages.text("review.changes.hotfix");
    }
    return workflow
        .draftBaseBesideLiveFix(review())
        .map(base -> Messages.text("review.changes.sinceBase", base.number()))
        .orElse(Messages.text("review.changes"));
  }

  /**
   * What the content checks find in the reviewed revision that live does not have, errors first.
   */
  public List<Finding> getFindings() {
    return checked().introduced().stream()
        .sorted(java.util.Comparator.comparing(Finding::severity))
        .toList();
  }

  /** Findings the live page already has: listed, folded; publishing asks no note for them. */
  public List<Finding> getKnownFindings() {
    return checked().alreadyLive();
  }

  /** Whether publishing needs a note: the change brings warnings of its own. */
  public boolean isWarned() {
    return !checked().newWarnings().isEmpty();
  }

  /** Why publishing was refused, shown beside the note that may answer it; empty otherwise. */
  public String getPublishRefusal() {
    return publishRefusal;
  }

  private CheckedRevision checked() {
    if (checked == null) {
      checked = checks.compareWithLive(item(), reviewed(), java.util.Set.of());
    }
    return checked;
  }

  public String getAcceptedWarnings() {
    return acceptedWarnings;
  }

  public void setAcceptedWarnings(String acceptedWarnings) {
    this.acceptedWarnings = acceptedWarnings;
  }

  /** Whether the signed-in person may publish or schedule at all (reviewers and administrators). */
  public boolean isMayPublish() {
    return actor.get().may(Permission.PUBLISH);
  }

  public boolean isPublishable() {
    return review().state() == ReviewState.APPROVED && actor.get().may(Permission.PUBLISH);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  /** The {@code ?id=} of the address, as typed: one that is not a number names no record (404). */
  public String getIdParam() {
    return Long.toString(id);
  }

  public void setIdParam(String typed) {
    this.id = UrlNumbers.parse(typed).orElse(UrlNumbers.NONE);
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
