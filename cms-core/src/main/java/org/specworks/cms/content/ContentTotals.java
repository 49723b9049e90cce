package org.specworks.cms.content;

/** How many items and revisions the repository holds. */
public record ContentTotals(long items, long revisions) {}
