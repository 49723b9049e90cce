/**
 * What readers and machines may see: published (live) revisions only, never drafts. The public site
 * and the delivery API read content exclusively through this package.
 */
package org.specworks.cms.publishing;
