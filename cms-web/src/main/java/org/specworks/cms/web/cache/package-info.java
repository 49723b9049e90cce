/**
 * Public responses kept, encoded, until something they show is published: the rendered pages and
 * the delivery API's JSON share one mechanism ({@link org.specworks.cms.web.cache.LiveCaches}), so
 * the two can never disagree about what a publication makes stale.
 */
package org.specworks.cms.web.cache;
