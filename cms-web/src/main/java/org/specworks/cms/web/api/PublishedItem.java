package org.specworks.cms.web.api;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.specworks.cms.publishing.LiveItem;

/** One published item as the API returns it. */
@Schema(description = "A published item: the content of its live revision.")
public record PublishedItem(
    @Schema(description = "The item's path, e.g. /omaspecworks/about/ipr") String path,
    @Schema(description = "page, faq-entry, policy, trademark, ipr-declaration or document")
        String type,
    String title,
    @Schema(description = "Summary; empty when the type has none") String description,
    @Schema(description = "The body as Markdown source") String bodyMarkdown,
    @Schema(description = "The body rendered to sanitised HTML") String bodyHtml,
    @Schema(description = "The type's structured fields, e.g. position, kind, effectiveDate")
        Map<String, String> fields,
    @Schema(description = "Identifies the published revision; changes with every publication")
        long revision,
    @Schema(description = "When the published revision was written") Instant revisedAt) {

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
