/**
 * Scheduled publication, unpublication and release publishing. Schedules live in the database (so
 * they survive restarts), are claimed row by row with {@code SELECT … FOR UPDATE SKIP LOCKED} (so
 * instances sharing a database run each exactly once), re-check the approval at run time, retry
 * failures with backoff before marking them failed, and record how late a run was when the server
 * was down at the due time.
 */
package org.specworks.cms.scheduling;
