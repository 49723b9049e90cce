package org.specworks.cms.releases;

/** Where a release stands: composed, reviewed as a whole, then published together (or given up). */
public enum ReleaseState {
  /** Being composed: entries may be added, refreshed and removed. */
  OPEN,
  /** Frozen and waiting for a reviewer's decision on all of it. */
  IN_REVIEW,
  /** Approved as a whole; ready to publish now or at a scheduled time. */
  APPROVED,
  /** Every entry went live in one transaction. */
  PUBLISHED,
  /** Given up; its revisions stay drafts. */
  CANCELLED
}
