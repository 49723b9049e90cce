/**
 * Preview links for reviewers without an account: an HMAC-signed address that shows one draft
 * revision until it expires or is revoked; nothing else of the admin is reachable with it.
 */
package org.specworks.cms.preview;
