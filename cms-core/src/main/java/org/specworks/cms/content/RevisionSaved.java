package org.specworks.cms.content;

/**
 * A new revision was saved: it became the item's latest (a save, a revert, a merge), or it is a
 * hotfix. Fired inside the saving transaction, so observers' changes (such as voiding an approval
 * that no longer matches) commit or roll back with it.
 *
 * @param itemId the item
 * @param revisionId the new latest revision
 * @param previousLatestId the revision that was latest before, or null for a new item
 * @param actor who saved
 * @param hotfix whether the new revision is a hotfix of the live one, beside the draft line (then
 *     it is not the latest)
 */
public record RevisionSaved(
    long itemId, long revisionId, Long previousLatestId, String actor, boolean hotfix) {

  public RevisionSaved(long itemId, long revisionId, Long previousLatestId, String actor) {
    this(itemId, revisionId, previousLatestId, actor, false);
  }
}
