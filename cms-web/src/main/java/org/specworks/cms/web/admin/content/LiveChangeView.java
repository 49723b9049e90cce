package org.specworks.cms.web.admin.content;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.MergeConflictException;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.content.ThreeWayMerge;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.admin.review.DiffHtml;

/**
 * Backs the "live changed since this draft started" panel of the editor: shows the hotfix that went
 * live beside the draft, and merges it into the draft in one action. On a conflict nothing is saved
 * and all three texts are shown.
 */
@Named
@ViewScoped
public class LiveChangeView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContentService content;
  @Inject private HotfixService hotfixes;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;
  @Inject private ExternalContext external;
  @Inject private ContentEditView editor;

  private List<ThreeWayMerge.Conflict> conflicts = List.of();

  /** The live hotfix the draft lacks, if any. */
  public Optional<Revision> getLiveChange() {
    return ContentPath.parse(editor.getPath())
        .flatMap(content::findByPath)
        .flatMap(hotfixes::liveChangedSinceDraft);
  }

  /** What the hotfix changed on the live page. */
  public List<RevisionDiff.FieldChange> getLiveChanges() {
    return ContentPath.parse(editor.getPath())
        .flatMap(content::findByPath)
        .map(item -> hotfixes.liveHotfixChanges(item).changes())
        .orElse(List.of());
  }

  public String wordsOf(RevisionDiff.FieldChange change) {
    return DiffHtml.of(change.words());
  }

  public void merge() throws IOException {
    try {
      Revision merged =
          hotfixes.mergeLiveIntoDraft(
              actor.get(), ContentPath.of(editor.getPath()), editor.getBaseRevisionId());
      Messages.info("edit.mergedLive", merged.number());
      Messages.keepForRedirect();
      EditorPage.open(external, editor.getPath());
    } catch (MergeConflictException conflict) {
      conflicts = conflict.conflicts();
      Messages.errorText(conflict.getMessage());
    } catch (InvalidInputException | PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  /**
   * Where the draft and the fix changed the same words: base, draft, live. Empty unless a merge
   * stopped.
   */
  public List<ThreeWayMerge.Conflict> getConflicts() {
    return conflicts;
  }
}
