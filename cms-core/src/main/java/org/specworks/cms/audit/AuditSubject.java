package org.specworks.cms.audit;

/**
 * What an entry is about, as the trail keeps it: ids and the path as they were when the action
 * happened, never a reference to the item itself, so the trail neither depends on the content model
 * nor changes when it does.
 *
 * @param itemId the item acted on, or null for actions on no item (accounts, releases as a whole)
 * @param itemPath the item's path at the time, or null with {@code itemId}
 * @param revisionId the revision acted on, or null when the action concerns the item as a whole
 */
public record AuditSubject(Long itemId, String itemPath, Long revisionId) {

  private static final AuditSubject NONE = new AuditSubject(null, null, null);

  public AuditSubject {
    if ((itemId == null) != (itemPath == null)) {
      throw new IllegalArgumentException("An item is named by both its id and its path");
    }
  }

  /** For actions that concern no item. */
  public static AuditSubject none() {
    return NONE;
  }
}
