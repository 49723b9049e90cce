package org.specworks.cms.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.publishing.LiveItem;
import org.specworks.cms.publishing.LivePage;
import org.specworks.cms.publishing.PolicyTimeline;
import org.specworks.cms.publishing.PublishedVersion;
import org.specworks.cms.publishing.PublishedVersions;
import org.specworks.cms.rendering.MarkdownRenderer;
import org.specworks.cms.rendering.RenderedMarkdown.OutlineEntry;
import org.specworks.cms.shared.ContentHash;
import org.specworks.cms.web.cache.LiveCache;
import org.specworks.cms.web.cache.LiveCaches;
import org.specworks.cms.web.cache.ResponseReads;
import org.specworks.cms.web.site.SiteListings.Listing;
import org.specworks.cms.web.support.EncodedBody;

/**
 * Composes public pages from live content and keeps the rendered HTML, encoded, until something on
 * the page is published again. Each cached page remembers what it read while it was composed
 * ({@link ResponseReads}); publishing or unpublishing an item drops exactly the pages that read it
 * or list it (every page when the item is a page, because all pages carry the navigation), through
 * {@link LiveCaches} like every public response.
 */
@ApplicationScoped
public class SitePages {

  private static final Pattern PERMALINK = Pattern.compile("(.+)/v/([1-9][0-9]{0,6})");

  @Inject private LiveContent live;
  @Inject private SiteLayout layout;
  @Inject private SiteNavigation navigation;
  @Inject private PublishedVersions versions;
  @Inject private MarkdownRenderer renderer;

  @Inject private LiveCaches caches;

  private LiveCache<SitePage> cache;
  // What each page composed since start-up read, by page path, kept after its rendered copy is
  // dropped:
  // an edge cache may still hold that page, and its purge needs to know which pages a publication
  // touches.
  private final Map<String, ResponseReads> readsOfServedPages = new ConcurrentHashMap<>();

  @PostConstruct
  void createCache() {
    // Bounded by the live pages and policy versions, which exist: no limit of its own.
    cache = caches.create("pages", Long.MAX_VALUE, page -> 1);
  }

  /**
   * The page at {@code path}; filtered views ({@code query}) are composed on every request, not
   * cached.
   */
  public Optional<SitePage> page(ContentPath path, String contextPath, TableQuery query) {
    if (!query.isNone()) {
      return compose(path, contextPath, query, new ResponseReads());
    }
    return cache.get(
        contextPath + path.value(),
        reads -> {
          Optional<SitePage> page = compose(path, contextPath, query, reads);
          page.ifPresent(composed -> readsOfServedPages.put(path.value(), reads));
          return page;
        });
  }

  /**
   * Paths of the pages served since start-up that show the item at {@code path}: those that read it
   * and the page that lists it ({@code listedOn}).
   */
  Set<String> servedPagesShowing(String path, Optional<String> listedOn) {
    Set<String> showing = new TreeSet<>();
    readsOfServedPages.forEach(
        (page, reads) -> {
          if (reads.dependOn(path, listedOn)) {
            showing.add(page);
          }
        });
    return showing;
  }

  /** Paths of the pages served since start-up; what the others read is not known. */
  Set<String> servedPages() {
    return Set.copyOf(readsOfServedPages.keySet());
  }

  /** How many pages are held rendered; for tests and monitoring. */
  int cachedPages() {
    return cache.size();
  }

  private Optional<SitePage> compose(
      ContentPath path, String contextPath, TableQuery query, ResponseReads reads) {
    reads.item(path.value());
    Optional<LivePage> page = live.livePage(path);
    if (page.isEmpty()) {
      return composePolicy(path, contextPath, reads);
    }
    reads.listing(path.value());
    Map<String, PolicyTimeline> timelines = new HashMap<>();
    List<LiveItem> listed = inEffect(live.listedOn(path), timelines, reads);
    Map<String, LiveItem> documents = reads.recording(live.liveDocuments());
    Listing listing = SiteListings.of(listed, timelines, documents, contextPath, query);
    List<OutlineEntry> outline = new ArrayList<>(page.get().content().outline());
    outline.addAll(listing.outline());
    List<String> versions = new ArrayList<>();
    String html =
        layout.page(
            page.get().title(),
            page.get().description(),
            navigation(path, contextPath, versions, reads),
            outline,
            page.get().content().html() + listing.html(),
            contextPath);
    versions.add(Long.toString(page.get().revisionId()));
    listed.forEach(item -> versions.add(Long.toString(item.revisionId())));
    documents.values().forEach(document -> versions.add(Long.toString(document.revisionId())));
    versions.add(layout.fingerprint());
    versions.add(query.search());
    versions.add(query.sort());
    String tag = ContentHash.of(versions.toArray(String[]::new)).substring(0, 32);
    return Optional.of(new SitePage(path.value(), EncodedBody.of(html, tag), reads.validUntil()));
  }

  /**
   * A live policy at its own address (current version) or at {@code …/v/N} (version N); else
   * nothing.
   */
  private Optional<SitePage> composePolicy(
      ContentPath path, String contextPath, ResponseReads reads) {
    Matcher permalink = PERMALINK.matcher(path.value());
    ContentPath policy = permalink.matches() ? ContentPath.of(permalink.group(1)) : path;
    reads.item(policy.value());
    List<PublishedVersion> all = versions.of(policy, ContentType.POLICY);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    PolicyTimeline timeline = versions.timeline(policy).orElseThrow();
    timeline.changesAt().ifPresent(reads::validUntil);
    Optional<PublishedVersion> shown =
        permalink.matches()
            ? all.stream()
                .filter(v -> String.valueOf(v.version()).equals(permalink.group(2)))
                .findFirst()
            : Optional.of(timeline.current());
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    List<String> revisions = new ArrayList<>();
    all.forEach(v -> revisions.add(v.version() + ":" + v.revisionId()));
    String title =
        shown.get().title()
            + (shown.get().version() == timeline.current().version()
                ? ""
                : " (version " + shown.get().version() + ")");
    String html =
        layout.page(
            title,
            shown.get().content().description(),
            navigation(path, contextPath, revisions, reads),
            List.of(),
            PolicyVersionHtml.of(
                shown.get(),
                renderer.render(shown.get().content().body()),
                all,
                timeline,
                contextPath),
            contextPath);
    revisions.add(path.value());
    revisions.add("in effect:" + timeline.current().version());
    revisions.add(layout.fingerprint());
    String tag = ContentHash.of(revisions.toArray(String[]::new)).substring(0, 32);
    return Optional.of(new SitePage(path.value(), EncodedBody.of(html, tag), reads.validUntil()));
  }

  /**
   * The listed items as readers see them today: a policy as its version in effect ({@link
   * PolicyTimeline}), which may be older than its live revision when the newest version is only
   * announced; each policy's timeline by path.
   */
  private List<LiveItem> inEffect(
      List<LiveItem> listed, Map<String, PolicyTimeline> timelines, ResponseReads reads) {
    List<LiveItem> shown = new ArrayList<>();
    for (LiveItem item : listed) {
      Optional<PolicyTimeline> timeline =
          item.type() == ContentType.POLICY
              ? versions.timeline(ContentPath.of(item.path()))
              : Optional.empty();
      if (timeline.isEmpty()) {
        shown.add(item);
        continue;
      }
      timelines.put(item.path(), timeline.get());
      timeline.get().changesAt().ifPresent(reads::validUntil);
      PublishedVersion current = timeline.get().current();
      shown.add(
          current.revisionId() == item.revisionId()
              ? item
              : new LiveItem(
                  item.itemId(),
                  item.path(),
                  item.type(),
                  current.content(),
                  renderer.render(current.content().body()),
                  current.revisionId(),
                  current.publishedAt()));
    }
    return shown;
  }

  private List<SiteLayout.NavLink> navigation(
      ContentPath current, String contextPath, List<String> versions, ResponseReads reads) {
    return navigation.links(current, contextPath, versions, reads);
  }
}
