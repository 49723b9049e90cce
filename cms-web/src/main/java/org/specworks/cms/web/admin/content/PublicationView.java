package org.specworks.cms.web.admin.content;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.workflow.IllegalTransitionException;

/**
 * Backs the editor's "On the public site" panel: what readers see of the item, taking it off the
 * site now (reviewers and administrators, with a reason) and an administrator's urgent publication
 * of the latest revision without review (with a justification). The rules, roles included, are the
 * publishing service's; this only offers what the signed-in person may try.
 */
@Named
@ViewScoped
public class PublicationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContentService content;
  @Inject private PublishingService publishing;
  @Inject private Instance<Actor> actor;
  @Inject private ExternalContext external;
  @Inject private ContentEditView editor;

  private String reason;
  private String justification;
  private transient Optional<ContentItem> item;

  public Optional<Revision> getLive() {
    return item().flatMap(ContentItem::liveRevision);
  }

  /**
   * The latest revision when it is not what readers see: what an urgent publication would put live.
   */
  public Optional<Revision> getUnpublishedLatest() {
    return item()
        .flatMap(ContentItem::latestRevision)
        .filter(latest -> !item().get().isLive(latest));
  }

  public boolean isMayUnpublish() {
    return actor.get().may(Permission.PUBLISH) && getLive().isPresent();
  }

  public boolean isMayPublishUrgently() {
    return actor.get().may(Permission.PUBLISH_WITHOUT_REVIEW) && getUnpublishedLatest().isPresent();
  }

  public void unpublish() throws IOException {
    if (succeeded(() -> publishing.unpublish(actor.get(), contentPath(), reason))) {
      Messages.info("publication.unpublished");
      backToEditor();
    }
  }

  public void publishUrgently() throws IOException {
    long revisionId = getUnpublishedLatest().map(Revision::id).orElse(-1L);
    if (succeeded(
        () -> publishing.publishUrgentFix(actor.get(), contentPath(), revisionId, justification))) {
      Messages.info("publication.publishedUrgently");
      backToEditor();
    }
  }

  /** Runs a publishing action; a refusal is shown with the service's reason and changes nothing. */
  private static boolean succeeded(Runnable action) {
    try {
      action.run();
      return true;
    } catch (InvalidInputException
        | IllegalTransitionException
        | PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
      return false;
    }
  }

  private void backToEditor() throws IOException {
    Messages.keepForRedirect();
    EditorPage.open(external, editor.getPath());
  }

  /** Read once per view: the panel asks several questions of it while rendering. */
  private Optional<ContentItem> item() {
    if (item == null) {
      item = ContentPath.parse(editor.getPath()).flatMap(content::findByPath);
    }
    return item;
  }

  private ContentPath contentPath() {
    return ContentPath.of(editor.getPath());
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getJustification() {
    return justification;
  }

  public void setJustification(String justification) {
    this.justification = justification;
  }
}
