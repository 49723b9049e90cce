package org.specworks.cms.web.admin.content;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.preview.PreviewLinks;
import org.specworks.cms.preview.PreviewLinks.SharedPreview;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.support.PublicAddress;

/**
 * Backs the "Share a preview" form on the editor page: create expiring links, see them, withdraw
 * them.
 */
@Named
@ViewScoped
public class PreviewLinksView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PreviewLinks previews;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;
  @Inject private ExternalContext external;
  @Inject private PublicAddress address;
  @Inject private ContentEditView editor;

  private int hours = 72;
  private transient List<SharedPreview> links;

  public void create() {
    try {
      previews.create(actor.get(), path(), Duration.ofHours(hours));
      links = null;
      Messages.info("edit.share.created");
    } catch (InvalidInputException | PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public void revoke(long linkId) {
    try {
      previews.revoke(actor.get(), linkId);
      links = null;
      Messages.info("edit.share.withdrawn");
    } catch (InvalidInputException | PermissionDeniedException | NotFoundException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public List<SharedPreview> getLinks() {
    if (links == null) {
      links = previews.usableFor(path());
    }
    return links;
  }

  /** The address to hand out. */
  public String urlOf(SharedPreview preview) {
    return address.base(external.getRequestContextPath()) + "/preview/" + preview.token();
  }

  private ContentPath path() {
    return ContentPath.of(editor.getPath());
  }

  public int getHours() {
    return hours;
  }

  public void setHours(int hours) {
    this.hours = hours;
  }
}
