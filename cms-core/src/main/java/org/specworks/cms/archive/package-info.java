/**
 * The portable archive of a whole CMS: every table the migrations create (content with its full
 * revision history, workflow state, schedules, releases, the audit trail, accounts with their
 * password hashes, agreements, publications) as JSON, revision bodies as Markdown files and
 * uploaded documents as files, with a manifest holding the SHA-256 of every file ({@link
 * ArchiveFormat} describes format version 1). {@link ArchiveExport} writes one for an administrator
 * from a consistent snapshot; {@link ArchiveImportOnStartup} imports one into an empty database
 * instead of the seed ({@code cms.import.archive}), after verifying every hash, restoring ids and
 * sequences, or refuses and writes nothing. The writer and loader work on plain JDBC over the
 * database's own catalogue, so a table added by a later migration is exported without code here,
 * and a column of a kind the format cannot carry fails the export instead of being dropped.
 */
package org.specworks.cms.archive;
