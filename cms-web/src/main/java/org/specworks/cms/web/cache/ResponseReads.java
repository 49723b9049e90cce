package org.specworks.cms.web.cache;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.LiveItem;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * What composing one public response read from live content: the items it looked up by path (found
 * or not, so an item that appears later counts too), the pages whose listed items it showed, and
 * the content types it showed every live item of (the navigation shows all pages; an API list all
 * items of its type). Publishing or unpublishing any of them makes the cached response stale;
 * nothing else does (the way Drupal's cache tags and Wagtail's purges work, recorded while
 * composing instead of guessed from path rules).
 */
public final class ResponseReads {

  private final Set<String> items = new HashSet<>();
  private final Set<String> listings = new HashSet<>();
  private final Set<ContentType> types = EnumSet.noneOf(ContentType.class);
  private Instant validUntil;

  /** The response read the live item at {@code path}, or found none there. */
  public void item(String path) {
    items.add(path);
  }

  /** The response showed the live items that {@code page} lists. */
  public void listing(String page) {
    listings.add(page);
  }

  /** The response showed (or counted) every live item of {@code type}. */
  public void everyItemOf(ContentType type) {
    types.add(type);
  }

  /**
   * What the response shows stops being true at {@code moment} though nothing is published (a
   * policy version announced for that day takes effect): it must be composed again then.
   */
  public void validUntil(Instant moment) {
    if (validUntil == null || moment.isBefore(validUntil)) {
      validUntil = moment;
    }
  }

  /** The moment given to {@link #validUntil(Instant)}, the earliest if several. */
  public Optional<Instant> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /** Whether the response has outlived what it showed at {@code now} ({@link #validUntil}). */
  public boolean expiredAt(Instant now) {
    return validUntil != null && !now.isBefore(validUntil);
  }

  /** A view of {@code byPath} that records each path looked up in it as read. */
  public Map<String, LiveItem> recording(Map<String, LiveItem> byPath) {
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
   * Whether publishing or unpublishing the item at {@code path} changes what this response shows
   * through the items and listings it read (not counting whole types).
   *
   * @param listedOn the page that lists that item, if any
   */
  public boolean dependOn(String path, Optional<String> listedOn) {
    return items.contains(path) || listedOn.filter(listings::contains).isPresent();
  }

  /** Whether {@code published} changes what this response shows. */
  public boolean dependOn(RevisionPublished published, Optional<String> listedOn) {
    return types.contains(published.type()) || dependOn(published.path(), listedOn);
  }
}
