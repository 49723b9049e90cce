/**
 * The append-only audit trail: every editorial, workflow, publishing, import and account action
 * leaves exactly one entry with actor, item, revision, time and detail. The application can add
 * entries and read them, nothing else. The trail knows actors by user name and items by id and path
 * ({@code AuditSubject}), so it depends on no feature.
 */
package org.specworks.cms.audit;
