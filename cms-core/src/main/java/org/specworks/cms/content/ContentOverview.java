package org.specworks.cms.content;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the admin's content list: where an item stands, without loading its revisions' bodies.
 * {@code latestRevisionId} is the revision the row shows, which actions on the row pass on so that
 * a revision saved since the list was loaded is not acted on unseen.
 */
public record ContentOverview(
    long itemId,
    String path,
    ContentType type,
    String title,
    PublicationStatus status,
    long latestRevisionId,
    int latestRevisionNumber,
    Integer liveRevisionNumber,
    String lastAuthor,
    Instant lastChangedAt)
    implements Serializable {

  static ContentOverview of(ContentItem item) {
    Revision latest = item.latestRevision().orElseThrow();
    return new ContentOverview(
        item.id(),
        item.path().value(),
        item.type(),
        latest.content().title(),
        item.status(),
        latest.id(),
        latest.number(),
        item.liveRevision().map(Revision::number).orElse(null),
        latest.author(),
        latest.createdAt());
  }
}
