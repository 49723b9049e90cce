package org.specworks.cms.publishing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.rendering.MarkdownRenderer;

/**
 * Reads published content for the public site and the delivery API. Everything here starts from an
 * item's live revision, so drafts are invisible by construction.
 */
@Stateless
public class LiveContent {

  /** Where documents live. */
  public static final ContentPath DOCUMENTS = ContentPath.of("/documents");

  @Inject private ContentService content;
  @Inject private MarkdownRenderer renderer;

  /**
   * The live revision of the page at {@code path}; empty if there is no such page or it is not
   * published.
   */
  public Optional<LivePage> livePage(ContentPath path) {
    return content
        .findByPath(path)
        .filter(item -> item.type() == ContentType.PAGE)
        .flatMap(ContentItem::liveRevision)
        .map(this::toLivePage);
  }

  /** Any live item at {@code path}. */
  public Optional<LiveItem> liveItem(ContentPath path) {
    return content
        .findByPath(path)
        .filter(item -> item.liveRevision().isPresent())
        .map(this::toLiveItem);
  }

  /**
   * The live items a page lists: those below it whose nearest page above them is this one (an FAQ
   * page lists its entries, not the entries of a sub-page), by type, then position, then title.
   */
  public List<LiveItem> listedOn(ContentPath page) {
    Set<String> pages = new HashSet<>(content.pathsOf(ContentType.PAGE));
    return content.liveItemsBelow(page).stream()
        .filter(item -> item.type() != ContentType.PAGE)
        .filter(
            item ->
                nearestPage(item.path().value(), pages).filter(page.value()::equals).isPresent())
        .map(this::toLiveItem)
        .sorted(
            Comparator.comparing(LiveItem::type)
                .thenComparingInt(LiveItem::position)
                .thenComparing(LiveItem::title))
        .toList();
  }

  /** The page that lists the item at {@code path}: the nearest page above it. */
  public Optional<ContentPath> pageListing(ContentPath path) {
    return nearestPage(path.value(), new HashSet<>(content.pathsOf(ContentType.PAGE)))
        .map(ContentPath::of);
  }

  /** The published documents by path. */
  public Map<String, LiveItem> liveDocuments() {
    Map<String, LiveItem> documents = new LinkedHashMap<>();
    content.liveItemsBelow(DOCUMENTS).stream()
        .filter(item -> item.type() == ContentType.DOCUMENT)
        .map(this::toLiveItem)
        .forEach(document -> documents.put(document.path(), document));
    return documents;
  }

  /**
   * One page of the published items, optionally of one type, ordered by path.
   *
   * @param pageNumber from 0
   * @param pageSize how many items a page holds
   */
  public LiveItemPage liveItems(Optional<ContentType> type, int pageNumber, int pageSize) {
    ContentType only = type.orElse(null);
    List<LiveItem> items =
        content.liveItems(only, pageNumber * pageSize, pageSize).stream()
            .map(this::toLiveItem)
            .toList();
    return new LiveItemPage(items, pageNumber, pageSize, content.countLiveItems(only));
  }

  /** Paths of the published pages. */
  public List<String> livePagePaths() {
    return content.livePathsOf(ContentType.PAGE);
  }

  private static Optional<String> nearestPage(String path, Set<String> pages) {
    for (int cut = path.lastIndexOf('/'); cut > 0; cut = path.lastIndexOf('/', cut - 1)) {
      String ancestor = path.substring(0, cut);
      if (pages.contains(ancestor)) {
        return Optional.of(ancestor);
      }
    }
    return Optional.empty();
  }

  private LivePage toLivePage(Revision live) {
    return new LivePage(
        live.item().path().value(),
        live.content().title(),
        live.content().description(),
        renderer.render(live.content().body()),
        live.id(),
        live.number(),
        live.contentHash(),
        live.createdAt());
  }

  private LiveItem toLiveItem(ContentItem item) {
    Revision live = item.liveRevision().orElseThrow();
    return new LiveItem(
        item.id(),
        item.path().value(),
        item.type(),
        live.content(),
        renderer.render(live.content().body()),
        live.id(),
        live.createdAt());
  }
}
