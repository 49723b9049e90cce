/**
 * Content items and their immutable revisions: the versioned model every editorial feature works on.
 * An item knows its latest and its live revision; a "draft" is simply a latest revision newer than the live one.
 */
package org.specworks.cms.content;
