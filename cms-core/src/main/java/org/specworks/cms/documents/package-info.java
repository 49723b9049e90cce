/**
 * Documents as files: PDF uploads checked by their content, stored once per checksum outside the
 * web root, and attached to a document item as a new revision (so replacing a file keeps the old
 * one in history).
 */
package org.specworks.cms.documents;
