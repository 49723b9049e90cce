package org.specworks.cms.cluster;

import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.RevisionPublished;

/** One item as the database shows it: its live revision, or none when it is not on the site. */
public record ItemLiveState(long itemId, String path, ContentType type, Long liveRevisionId) {

  RevisionPublished asChange() {
    return new RevisionPublished(itemId, path, type, liveRevisionId);
  }
}
