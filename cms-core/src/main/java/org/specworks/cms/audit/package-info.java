/**
 * The append-only audit trail: every editorial, workflow, publishing, import and account action leaves exactly one
 * entry with actor, item, revision, time and detail. The application can add entries and read them, nothing else.
 */
package org.specworks.cms.audit;
