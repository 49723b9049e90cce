package org.specworks.cms.workflow;

/**
 * Where one review stands. Only IN_PROGRESS can be decided on; APPROVED can still be voided or
 * published.
 */
public enum ReviewState {
  IN_PROGRESS,
  APPROVED,
  REJECTED,
  /**
   * Superseded: the item was saved again after submission, so this review no longer judges the
   * latest content.
   */
  VOIDED,
  /** Its revision went live. */
  PUBLISHED;

  public boolean isOpen() {
    return this == IN_PROGRESS || this == APPROVED;
  }
}
