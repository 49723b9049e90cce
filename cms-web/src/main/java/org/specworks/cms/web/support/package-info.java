/**
 * Cross-cutting web plumbing: response headers, HTML escaping, small helpers shared by site, admin
 * and API.
 */
package org.specworks.cms.web.support;
