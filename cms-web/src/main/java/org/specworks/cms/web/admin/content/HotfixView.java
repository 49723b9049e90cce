package org.specworks.cms.web.admin.content;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentValidationException;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.content.StaleRevisionException;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Backs {@code admin/content/hotfix.xhtml}: fixing what readers see now while a draft waits. The
 * form starts from the live revision; saving keeps the draft as it is, and sends the fix to its own
 * review.
 */
@Named
@ViewScoped
public class HotfixView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContentService content;
  @Inject private HotfixService hotfixes;
  @Inject private WorkflowService workflow;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;
  @Inject private ExternalContext external;

  private String path;
  private long liveRevisionId;
  private int liveRevisionNumber;
  private int draftRevisionNumber;
  private String title;
  private String description;
  private String body;
  private String changeNote;

  public void load() throws IOException {
    Optional<ContentItem> item = ContentPath.parse(path).flatMap(content::findByPath);
    if (item.isEmpty() || item.get().liveRevision().isEmpty()) {
      external.responseSendError(404, "Nothing live at this path");
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    Revision live = item.get().liveRevision().get();
    liveRevisionId = live.id();
    liveRevisionNumber = live.number();
    draftRevisionNumber = item.get().latestRevision().orElseThrow().number();
    title = live.content().title();
    description = live.content().description();
    body = live.content().body();
  }

  /** Saves the fix and sends it to review at once: a hotfix is meant to go through quickly. */
  public void saveAndSubmit() throws IOException {
    try {
      ContentItem item = content.requireByPath(ContentPath.of(path));
      RevisionContent live = content.revisionOf(item, liveRevisionId).orElseThrow().content();
      Revision hotfix =
          hotfixes.saveHotfix(
              actor.get(),
              item.path(),
              liveRevisionId,
              new RevisionContent(title == null ? " " : title, description, body, live.fields()),
              changeNote);
      Review review = workflow.submitForReview(actor.get(), item.path(), hotfix.id());
      Messages.info("hotfix.saved", hotfix.number(), draftRevisionNumber);
      Messages.keepForRedirect();
      external.redirect(
          external.getRequestContextPath() + "/admin/review/review.xhtml?id=" + review.id());
    } catch (ContentValidationException invalid) {
      invalid
          .violations()
          .forEach((field, problem) -> Messages.errorTextAt("hotfix:" + field, problem));
      Messages.error("hotfix.invalid");
    } catch (InvalidInputException
        | StaleRevisionException
        | IllegalTransitionException
        | PermissionDeniedException
        | IllegalArgumentException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public int getLiveRevisionNumber() {
    return liveRevisionNumber;
  }

  public int getDraftRevisionNumber() {
    return draftRevisionNumber;
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

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }
}
