package org.specworks.cms.web.api;

import java.time.Instant;
import java.util.Map;
import org.specworks.cms.publishing.LiveItem;

/** One published item as the API returns it. */
public record PublishedItem(
    String path,
    String type,
    String title,
    String description,
    String bodyMarkdown,
    String bodyHtml,
    Map<String, String> fields,
    long revision,
    Instant revisedAt) {

  static PublishedItem of(LiveItem item) {
    return new PublishedItem(
        item.path(),
        ApiContentTypes.nameOf(item.type()),
        item.title(),
        item.content().description(),
        item.content().body(),
        item.body().html(),
        item.content().fields(),
        item.revisionId(),
        item.revisionCreatedAt());
  }
}
