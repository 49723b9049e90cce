package org.specworks.cms.content;

/**
 * A new revision became an item's latest (a save or a revert). Fired inside the saving transaction, so observers'
 * changes (such as voiding an approval that no longer matches) commit or roll back with it.
 *
 * @param itemId the item
 * @param revisionId the new latest revision
 * @param previousLatestId the revision that was latest before, or null for a new item
 * @param actor who saved
 */
public record RevisionSaved(long itemId, long revisionId, Long previousLatestId, String actor) {}
