package org.specworks.cms.web.cache;

import org.specworks.cms.publishing.RevisionPublished;

/**
 * Every cached response that showed {@code published} is gone; what is composed from now on shows
 * the new state. Edge caches are purged on this, so that a purged address is refetched fresh.
 */
public record LiveCachesDropped(RevisionPublished published) {}
