/**
 * Content items and their immutable revisions: the versioned model every editorial feature works
 * on. An item knows its latest and its live revision; a "draft" is simply a latest revision newer
 * than the live one. Editing is {@code ContentService}'s; hotfixes of the live revision beside a
 * draft and their merge into it are {@code HotfixService}'s.
 */
package org.specworks.cms.content;
