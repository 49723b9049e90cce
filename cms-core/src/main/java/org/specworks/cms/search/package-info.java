/**
 * Site search over published content only: PostgreSQL full text search (stemming, ranking,
 * highlighted snippets) in production, and a word-by-word fallback on the embedded H2 database.
 */
package org.specworks.cms.search;
