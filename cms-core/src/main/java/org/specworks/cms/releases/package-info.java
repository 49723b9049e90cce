/**
 * Releases: revisions of several items (a new policy version, its FAQ update, a trademark row)
 * composed into one unit that is reviewed as a whole, compared with live as one diff, and published
 * together in one transaction, now or at a scheduled time. {@link
 * org.specworks.cms.releases.ReleaseService} holds the rules; {@link
 * org.specworks.cms.releases.Release} the states.
 */
package org.specworks.cms.releases;
