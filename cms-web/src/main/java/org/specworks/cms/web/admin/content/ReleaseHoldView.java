package org.specworks.cms.web.admin.content;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.workflow.IllegalTransitionException;

/**
 * Backs the editor's warning that the item sits in a release in review or approved, which a save
 * would stop, and its "reopen the release" action ({@link ReleaseService#heldIn} decides both).
 */
@Named
@ViewScoped
public class ReleaseHoldView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReleaseService releases;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;
  @Inject private ExternalContext external;
  @Inject private ContentEditView editor;

  // Asked for several times while the page renders; every action on it redirects to a new view.
  private transient Optional<ReleaseService.HeldInRelease> hold;

  /** The release a save would stop, if any. */
  public Optional<ReleaseService.HeldInRelease> getHold() {
    if (hold == null) {
      hold =
          ContentPath.parse(editor.getPath()).flatMap(path -> releases.heldIn(actor.get(), path));
    }
    return hold;
  }

  /** Reopens the release so that the item's next revision can be taken into it. */
  public void reopen() throws IOException {
    Optional<ReleaseService.HeldInRelease> hold = getHold();
    if (hold.isEmpty()) {
      return;
    }
    try {
      releases.reopen(
          actor.get(),
          hold.get().releaseId(),
          Messages.text("edit.release.reopenedBecause", editor.getPath()));
      Messages.info("edit.release.reopened", hold.get().title());
      Messages.keepForRedirect();
      EditorPage.open(external, editor.getPath());
    } catch (IllegalTransitionException | PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
    }
  }
}
