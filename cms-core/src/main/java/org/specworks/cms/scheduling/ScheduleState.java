package org.specworks.cms.scheduling;

/** PENDING until it ran (DONE), gave up (FAILED) or was called off (CANCELLED). */
public enum ScheduleState {
  PENDING,
  DONE,
  FAILED,
  CANCELLED
}
