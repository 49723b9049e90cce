package org.specworks.cms.publishing;

import org.specworks.cms.content.ContentType;

/**
 * What readers see of an item changed: a revision went live, or the item was taken off the site
 * ({@code revisionId} null). Fired inside the publishing transaction; caches listen for it.
 */
public record RevisionPublished(long itemId, String path, ContentType type, Long revisionId) {}
