package org.specworks.cms.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.specworks.cms.publishing.LiveItemPage;

/** A page of published items. */
@Schema(description = "One page of published items, ordered by path.")
public record PublishedItemPage(
    List<PublishedItem> items,
    @Schema(description = "This page's number, from 0") int page,
    @Schema(description = "Items per page") int size,
    @Schema(description = "Items in all pages") long totalItems,
    @Schema(description = "How many pages there are") long totalPages) {

  static PublishedItemPage of(LiveItemPage page) {
    return new PublishedItemPage(
        page.items().stream().map(PublishedItem::of).toList(),
        page.pageNumber(),
        page.pageSize(),
        page.totalItems(),
        page.totalPages());
  }
}
