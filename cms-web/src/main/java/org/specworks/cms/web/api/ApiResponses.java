package org.specworks.cms.web.api;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.publishing.LiveItemPage;
import org.specworks.cms.shared.ContentHash;
import org.specworks.cms.web.cache.LiveCache;
import org.specworks.cms.web.cache.LiveCaches;
import org.specworks.cms.web.cache.ResponseReads;
import org.specworks.cms.web.support.EncodedBody;

/**
 * The delivery API's JSON, serialised and encoded once per live revision and kept until something
 * it shows is published ({@link LiveCaches}, the same invalidation as the public pages). Entity
 * tags are derived from the revisions shown and {@link #REPRESENTATION}.
 */
@ApplicationScoped
public class ApiResponses {

  /**
   * The version of the JSON shape; part of every entity tag. Change it whenever {@link
   * PublishedItem} or {@link PublishedItemPage} changes what they write, so that clients holding
   * the old shape do not get a 304 for it.
   */
  static final String REPRESENTATION = "items-json-2";

  static final String ITEMS = "/api/v1/items";

  // What is kept at most, in bytes (plain + gzip + a share for the key and entry): every live item
  // fits many times over; list pages (any page size, any page number) could otherwise grow without
  // bound. Beyond it responses are still served, composed each time.
  private static final long MAX_ITEM_BYTES = 128L * 1024 * 1024;
  private static final long MAX_LIST_BYTES = 32L * 1024 * 1024;
  private static final long ENTRY_OVERHEAD = 512;

  @Inject private LiveContent live;
  @Inject private LiveCaches caches;

  // Thread-safe; lives as long as the application.
  private final Jsonb json = JsonbBuilder.create();
  private LiveCache<EncodedBody> items;
  private LiveCache<EncodedBody> lists;

  @PostConstruct
  void createCaches() {
    items = caches.create("api-items", MAX_ITEM_BYTES, ApiResponses::weight);
    lists = caches.create("api-lists", MAX_LIST_BYTES, ApiResponses::weight);
  }

  /** The published item at {@code path} as JSON; empty when nothing is published there. */
  public Optional<EncodedBody> item(ContentPath path) {
    return items.get(
        ITEMS + path.value(),
        reads -> {
          reads.item(path.value());
          return live.liveItem(path)
              .map(
                  item ->
                      encode(
                          PublishedItem.of(item),
                          REPRESENTATION,
                          path.value(),
                          Long.toString(item.revisionId())));
        });
  }

  /** One page of the published items (of {@code type}, or of all types) as JSON. */
  public EncodedBody list(Optional<ContentType> type, int page, int size) {
    String key =
        ITEMS
            + "?type="
            + type.map(ApiContentTypes::nameOf).orElse("")
            + "&page="
            + page
            + "&size="
            + size;
    return lists
        .get(
            key,
            reads -> {
              recordTypes(reads, type);
              LiveItemPage result = live.liveItems(type, page, size);
              List<String> tagParts = new ArrayList<>();
              tagParts.add(REPRESENTATION);
              tagParts.add(key);
              tagParts.add(Long.toString(result.totalItems()));
              result.items().forEach(item -> tagParts.add(Long.toString(item.revisionId())));
              return Optional.of(
                  encode(PublishedItemPage.of(result), tagParts.toArray(String[]::new)));
            })
        .orElseThrow();
  }

  private static void recordTypes(ResponseReads reads, Optional<ContentType> type) {
    if (type.isPresent()) {
      reads.everyItemOf(type.get());
    } else {
      for (ContentType any : ContentType.values()) {
        reads.everyItemOf(any);
      }
    }
  }

  private EncodedBody encode(Object entity, String... tagParts) {
    return EncodedBody.of(json.toJson(entity), ContentHash.of(tagParts).substring(0, 32));
  }

  private static long weight(EncodedBody body) {
    return body.size() + ENTRY_OVERHEAD;
  }
}
