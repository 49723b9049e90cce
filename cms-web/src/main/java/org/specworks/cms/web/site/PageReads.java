package org.specworks.cms.web.site;

import java.util.AbstractMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.specworks.cms.publishing.LiveItem;

/**
 * What composing one public page read from live content: the items it looked up by path (found or
 * not, so an item that appears later counts too) and the pages whose listed items it showed.
 * Publishing or unpublishing any of them makes the cached page stale; nothing else does (the way
 * Drupal's cache tags and Wagtail's purges work, recorded while composing instead of guessed from
 * path rules).
 */
final class PageReads {

  private final Set<String> items = new HashSet<>();
  private final Set<String> listings = new HashSet<>();

  /** The page read the live item at {@code path}, or found none there. */
  void item(String path) {
    items.add(path);
  }

  /** The page showed the live items that {@code page} lists. */
  void listing(String page) {
    listings.add(page);
  }

  /** A view of {@code byPath} that records each path looked up in it as read. */
  Map<String, LiveItem> recording(Map<String, LiveItem> byPath) {
    return new AbstractMap<>() {
      @Override
      public LiveItem get(Object path) {
        item(String.valueOf(path));
        return byPath.get(path);
      }

      @Override
      public Set<Entry<String, LiveItem>> entrySet() {
        return byPath.entrySet();
      }
    };
  }

  /**
   * Whether publishing or unpublishing the item at {@code path} changes what this page shows.
   *
   * @param listedOn the page that lists that item, if any
   */
  boolean dependOn(String path, Optional<String> listedOn) {
    return items.contains(path) || listedOn.filter(listings::contains).isPresent();
  }
}
