package org.specworks.cms.identity;

/** What a staff member may do. A person may hold several roles. */
public enum Role {
  /** Creates and edits content, submits it for review. */
  EDITOR,
  /** Approves or rejects submitted revisions, publishes approved ones. */
  REVIEWER,
  /** Manages accounts and workflows; may publish an urgent fix with a written justification. */
  ADMIN;

  /** The names the web tier's security constraints use. */
  public static final String EDITOR_NAME = "EDITOR";

  public static final String REVIEWER_NAME = "REVIEWER";
  public static final String ADMIN_NAME = "ADMIN";
}
