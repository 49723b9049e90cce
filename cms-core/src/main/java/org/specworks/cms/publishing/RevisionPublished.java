package org.specworks.cms.publishing;

import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;

/**
 * What readers see of an item changed: a revision went live, or the item was taken off the site
 * ({@code revisionId} null). Fired inside the publishing transaction; caches listen for it.
 */
public record RevisionPublished(long itemId, String path, ContentType type, Long revisionId) {

  /** {@code revision} of {@code item} went live. */
  public static RevisionPublished wentLive(ContentItem item, Revision revision) {
    return new RevisionPublished(item.id(), item.path().value(), item.type(), revision.id());
  }
}
