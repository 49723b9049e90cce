package org.specworks.cms.content;

/** An item's overview state, always derived from its live and latest revisions, never stored. */
public enum PublicationStatus {
  NEVER_PUBLISHED,
  LIVE,
  LIVE_WITH_PENDING_CHANGES,
  /** Was published, then taken off the site. */
  ARCHIVED
}
