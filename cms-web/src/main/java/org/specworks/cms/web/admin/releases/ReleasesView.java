package org.specworks.cms.web.admin.releases;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;

/**
 * Backs {@code admin/releases/index.xhtml}: every release, newest first, and a form to start one.
 */
@Named
@ViewScoped
public class ReleasesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReleaseService releases;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;
  @Inject private ExternalContext external;

  private String title;
  private String description;

  public void create() throws IOException {
    try {
      Release release = releases.create(actor.get(), title, description);
      Messages.info("releases.created", release.title());
      Messages.keepForRedirect();
      external.redirect(
          external.getRequestContextPath() + "/admin/releases/release.xhtml?id=" + release.id());
    } catch (InvalidInputException | PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public List<Release> getReleases() {
    return releases.list(Set.of());
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
}
