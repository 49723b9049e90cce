package org.specworks.cms.audit;

/** Every action the audit trail knows, with its dotted id. */
public enum AuditAction {
  CONTENT_CREATE("content.create"),
  CONTENT_SAVE("content.save"),
  /**
   * A save that knowingly replaced revisions others saved meanwhile (the conflict dialog's "save
   * mine").
   */
  CONTENT_OVERWRITE("content.overwrite"),
  CONTENT_REVERT("content.revert"),
  CONTENT_HOTFIX("content.hotfix"),
  CONTENT_MERGE("content.merge"),
  CONTENT_IMPORT("content.import"),
  LIST_IMPORT("lists.import"),
  WORKFLOW_SUBMIT("workflow.submit"),
  WORKFLOW_APPROVE("workflow.approve"),
  WORKFLOW_REJECT("workflow.reject"),
  WORKFLOW_COMMENT("workflow.comment"),
  WORKFLOW_VOID("workflow.void"),
  WORKFLOW_DEFINE("workflow.define"),
  PUBLISHING_PUBLISH("publishing.publish"),
  PUBLISHING_URGENT_FIX("publishing.urgent-fix"),
  PUBLISHING_UNPUBLISH("publishing.unpublish"),
  RELEASE_CREATE("release.create"),
  RELEASE_CHANGE("release.change"),
  RELEASE_SUBMIT("release.submit"),
  RELEASE_APPROVE("release.approve"),
  RELEASE_REJECT("release.reject"),
  RELEASE_REOPEN("release.reopen"),
  RELEASE_CANCEL("release.cancel"),
  RELEASE_PUBLISH("release.publish"),
  SCHEDULE_CREATE("schedule.create"),
  SCHEDULE_CANCEL("schedule.cancel"),
  SCHEDULE_RUN("schedule.run"),
  SCHEDULE_RETRY("schedule.retry"),
  SCHEDULE_FAILED("schedule.failed"),
  PREVIEW_CREATE("preview.create"),
  PREVIEW_REVOKE("preview.revoke"),
  IDENTITY_CREATE_ACCOUNT("identity.create-account"),
  IDENTITY_CHANGE_PASSWORD("identity.change-password"),
  IDENTITY_CHANGE_ACCESS("identity.change-access"),
  IDENTITY_RESET_PASSWORD("identity.reset-password"),
  IDENTITY_DISABLE("identity.disable"),
  IDENTITY_ENABLE("identity.enable"),
  IDENTITY_SIGN_IN("identity.sign-in"),
  IDENTITY_SIGN_IN_FAILED("identity.sign-in-failed"),
  IDENTITY_SIGN_OUT_EVERYWHERE("identity.sign-out-everywhere"),
  /** The whole CMS written to an archive by an administrator. */
  ARCHIVE_EXPORT("archive.export"),
  /**
   * An archive imported into the empty database on start-up (recorded by the import itself, in its
   * transaction).
   */
  ARCHIVE_IMPORT("archive.import");

  private final String id;

  AuditAction(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
