package org.specworks.cms.scheduling;

/** What a schedule does when it runs. */
public enum ScheduleAction {
  PUBLISH,
  UNPUBLISH,
  PUBLISH_RELEASE
}
