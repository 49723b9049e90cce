package org.specworks.cms.publishing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;

/**
 * Every version an item has had on the public site, for items that are live now: policy permalinks,
 * the version list beside a policy, and the feed of new policy versions.
 */
@Stateless
public class PublishedVersions {

  @Inject private ContentService content;
  @Inject private PublicationLog publications;
  @Inject private Clock clock;

  /** Oldest first; empty unless the item at {@code path} is live and of {@code type}. */
  public List<PublishedVersion> of(ContentPath path, ContentType type) {
    return content
        .findByPath(path)
        .filter(item -> item.type() == type && item.liveRevision().isPresent())
        .map(
            item ->
                publications.versionsOf(item.id()).stream()
                    .map(publication -> PublishedVersion.of(item.path().value(), publication))
                    .toList())
        .orElse(List.of());
  }

  /**
   * Which version of the live policy at {@code path} is in effect today and which is announced
   * ({@link PolicyTimeline}); empty unless a policy is live there.
   */
  public Optional<PolicyTimeline> timeline(ContentPath path) {
    List<PublishedVersion> all = of(path, ContentType.POLICY);
    return all.isEmpty()
        ? Optional.empty()
        : Optional.of(PolicyTimeline.of(all, LocalDate.now(clock.withZone(ZoneOffset.UTC))));
  }

  public Optional<PublishedVersion> version(ContentPath path, ContentType type, int version) {
    return of(path, type).stream().filter(v -> v.version() == version).findFirst();
  }

  /** The newest versions of the live items of {@code type}, newest first. */
  public List<PublishedVersion> newest(ContentType type, int limit) {
    Map<Long, ContentItem> live = new HashMap<>();
    content.itemsOfType(type).stream()
        .filter(item -> item.liveRevision().isPresent())
        .forEach(item -> live.put(item.id(), item));
    return publications.newestAmong(List.copyOf(live.keySet()), limit).stream()
        .map(
            publication ->
                PublishedVersion.of(live.get(publication.itemId()).path().value(), publication))
        .toList();
  }

  /**
   * The newest publications of items that are still live, newest first: the dashboard's "recently
   * published".
   */
  public List<PublishedVersion> recent(int limit) {
    return publications.newest(limit * 3).stream()
        .map(publication -> Map.entry(content.requireItem(publication.itemId()), publication))
        .filter(pair -> pair.getKey().liveRevision().isPresent())
        .limit(limit)
        .map(pair -> PublishedVersion.of(pair.getKey().path().value(), pair.getValue()))
        .toList();
  }
}
