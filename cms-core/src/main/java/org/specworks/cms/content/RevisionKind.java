package org.specworks.cms.content;

/** Where a revision sits in its item's history. */
public enum RevisionKind {
  /** A step on the draft line: on top of the item's latest revision. */
  EDIT,
  /**
   * A fix of the live revision made while a draft waits: branches from the live revision, leaves
   * the draft line alone, goes through its own review, and is merged into the draft line
   * afterwards.
   */
  HOTFIX
}
