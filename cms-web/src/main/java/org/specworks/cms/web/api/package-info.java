/**
 * The delivery API ({@code /api/v1}): published content as JSON for machines. Only live revisions,
 * strong ETags, and RFC 9457 problem details for every error.
 */
package org.specworks.cms.web.api;
