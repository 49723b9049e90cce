/**
 * List screens over items of one type, edited as rows: the trademarks listed in the trademark
 * policy and the IPR declarations. Reordering trademarks ({@link
 * org.specworks.cms.lists.ContentLists}) and importing either list from a CSV file in its {@link
 * org.specworks.cms.lists.ListFormat} with a row-by-row preview ({@link
 * org.specworks.cms.lists.ListImportService}). Every change is a new draft revision through {@link
 * org.specworks.cms.content.ContentService}; nothing is ever deleted, and a list that changed since
 * it was read refuses the whole change.
 */
package org.specworks.cms.lists;
