package org.specworks.cms.web.site;

/**
 * A public page was composed and is about to be cached; fired on cache misses only. Tests observe
 * it to pause between composing and caching while a publication commits.
 *
 * @param key the cache key: context path and page path
 */
public record SitePageComposed(String key) {}
