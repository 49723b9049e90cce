/**
 * Content checks before publishing: empty and broken links, malformed addresses, missing required
 * fields, paragraphs published twice, and spelling traps. Errors block publishing; warnings must be
 * accepted with a note.
 */
package org.specworks.cms.checks;
