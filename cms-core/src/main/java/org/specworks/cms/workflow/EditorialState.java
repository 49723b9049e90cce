package org.specworks.cms.workflow;

/** Where an item's latest revision stands in the editorial workflow; derived, never stored. */
public enum EditorialState {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  /** Sent back to its author with a reason: a draft again. */
  REJECTED,
  /** The latest revision is the live one. */
  PUBLISHED,
  /** Taken off the site. */
  ARCHIVED
}
