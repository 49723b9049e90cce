/**
 * The public site: published pages as plain, accessible HTML, no admin JavaScript, cacheable by
 * revision.
 */
package org.specworks.cms.web.site;
