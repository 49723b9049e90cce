package org.specworks.cms.web.site;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.publishing.PublishedVersions;
import org.specworks.cms.publishing.RevisionPublished;
import org.specworks.cms.web.cache.LiveCachesDropped;

/**
 * Tells the edge caches which addresses a publication changed (the way Wagtail's frontend-cache
 * purge and Drupal's cache tags work): the item's own public address and API address, the pages
 * that showed it according to what they read while composed ({@link SitePages}), and for a page
 * every page (all carry the navigation). Pages not served since start-up, whose reads are not
 * known, are purged too. Runs after the commit on another thread: a slow or failing cache never
 * holds up publishing ({@link PurgeRequests} retries and logs).
 */
@ApplicationScoped
public class EdgeCachePurge {

  private static final Logger LOG = Logger.getLogger(EdgeCachePurge.class.getName());
  static final String API_ITEMS = "/api/v1/items";

  @Inject private EdgeCacheAddresses caches;
  @Inject private SitePages pages;
  @Inject private LiveContent live;
  @Inject private ContentService content;
  @Inject private PublishedVersions versions;
  @Inject private PurgeRequests requests;

  // Kept from start-up: publications also commit on scheduler threads, outside any request.
  private volatile String contextPath = "";

  @Resource private ManagedExecutorService executor;

  void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    contextPath = context.getContextPath();
  }

  void cachesDropped(@Observes LiveCachesDropped dropped) {
    purgeFor(dropped.published());
  }

  /** Purges what {@code published} changed from every configured cache, in the background. */
  void purgeFor(RevisionPublished published) {
    List<URI> targets = caches.all();
    if (targets.isEmpty()) {
      return;
    }
    String prefix = contextPath;
    executor.execute(
        () -> {
          try {
            Set<String> addresses = new TreeSet<>();
            affectedPaths(published).forEach(path -> addresses.add(prefix + path));
            requests.send(targets, addresses, published.path());
          } catch (RuntimeException e) {
            LOG.log(
                Level.SEVERE,
                e,
                () -> "Could not work out the edge cache purge after publishing " + published);
          }
        });
  }

  /** Site-relative paths (no context path) whose responses show {@code published}. */
  Set<String> affectedPaths(RevisionPublished published) {
    String path = published.path();
    Set<String> affected = new TreeSet<>();
    switch (published.type()) {
      case PAGE -> {
        affected.add(path);
        affected.addAll(everyPageAddress());
        affected.add("/sitemap.xml");
      }
      case POLICY -> {
        affected.addAll(policyAddresses(path));
        affected.add(PolicyVersionHtml.FEED);
      }
      case DOCUMENT -> affected.add(path);
      default -> {
        // Shown only on the pages that list or read it.
      }
    }
    Optional<String> listedOn = live.pageListing(ContentPath.of(path)).map(ContentPath::value);
    affected.addAll(pages.servedPagesShowing(path, listedOn));
    Set<String> unknown = new TreeSet<>(live.livePagePaths());
    unknown.removeAll(pages.servedPages());
    affected.addAll(unknown);
    affected.add(API_ITEMS + path);
    affected.add(API_ITEMS);
    return affected;
  }

  /**
   * Every public HTML address: pages, policies and their versions, as each shows the navigation.
   */
  private Set<String> everyPageAddress() {
    Set<String> all = new TreeSet<>(live.livePagePaths());
    all.addAll(pages.servedPages());
    content.livePathsOf(ContentType.POLICY).forEach(policy -> all.addAll(policyAddresses(policy)));
    return all;
  }

  /** A policy's own page and the permalink of each of its published versions. */
  private Set<String> policyAddresses(String policy) {
    Set<String> addresses = new TreeSet<>();
    addresses.add(policy);
    versions
        .of(ContentPath.of(policy), ContentType.POLICY)
        .forEach(version -> addresses.add(policy + "/v/" + version.version()));
    return addresses;
  }
}
