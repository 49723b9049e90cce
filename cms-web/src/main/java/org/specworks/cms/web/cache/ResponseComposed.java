package org.specworks.cms.web.cache;

/**
 * A public response was composed and is about to be cached; fired on cache misses only. Tests
 * observe it to pause between composing and caching while a publication commits.
 *
 * @param key the cache key, e.g. context path and page path, or the API address
 */
public record ResponseComposed(String key) {}
