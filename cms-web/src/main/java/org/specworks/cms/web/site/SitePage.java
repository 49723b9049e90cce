package org.specworks.cms.web.site;

/**
 * A public page ready to send.
 *
 * @param etag a strong validator: changes whenever any revision shown on the page, or the layout,
 *     changes
 */
public record SitePage(String path, String html, String etag) {}
