package org.specworks.cms.web.site;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.LiveContent;
import org.specworks.cms.web.cache.LiveCache;
import org.specworks.cms.web.cache.LiveCaches;
import org.specworks.cms.web.cache.ResponseReads;
import org.specworks.cms.web.site.SiteLayout.NavLink;

/**
 * The site navigation every public page carries, the pages composed from content and those that are
 * not (search, not found, the agreement): the section's home and the published pages right below
 * it, in path order. Kept until a page is published or taken off the site, since 404s and searches
 * are not cached themselves.
 */
@ApplicationScoped
public class SiteNavigation {

  private record Links(List<NavLink> links, List<String> revisions) {}

  @Inject private LiveContent live;
  @Inject private LiveCaches caches;

  private LiveCache<Links> cache;

  @PostConstruct
  void createCache() {
    // One entry per context path.
    cache = caches.create("navigation", Long.MAX_VALUE, links -> 1);
  }

  /**
   * The links, {@code current} marked; adds the revisions shown to {@code versions} and records the
   * read in {@code reads}.
   */
  List<NavLink> links(
      ContentPath current, String contextPath, List<String> versions, ResponseReads reads) {
    return marked(contextPath + current.value(), contextPath, versions, reads);
  }

  /** The links for a page that is not one of them (search, not found, the agreement). */
  List<NavLink> links(String contextPath) {
    return marked("", contextPath, new ArrayList<>(), new ResponseReads());
  }

  private List<NavLink> marked(
      String here, String contextPath, List<String> versions, ResponseReads reads) {
    reads.everyItemOf(ContentType.PAGE);
    Links all =
        cache.get(contextPath, fresh -> Optional.of(compose(contextPath, fresh))).orElseThrow();
    versions.addAll(all.revisions());
    return all.links().stream()
        .map(link -> new NavLink(link.href(), link.label(), link.href().equals(here)))
        .toList();
  }

  private Links compose(String contextPath, ResponseReads reads) {
    reads.everyItemOf(ContentType.PAGE);
    List<NavLink> links = new ArrayList<>();
    List<String> revisions = new ArrayList<>();
    String home = PublicPageServlet.HOME;
    for (String path : live.livePagePaths()) {
      boolean inNav =
          path.equals(home)
              || path.startsWith(home + "/") && path.indexOf('/', home.length() + 1) < 0;
      if (inNav) {
        live.livePage(ContentPath.of(path))
            .ifPresent(
                page -> {
                  revisions.add(Long.toString(page.revisionId()));
                  links.add(new NavLink(contextPath + path, page.title(), false));
                });
      }
    }
    return new Links(List.copyOf(links), List.copyOf(revisions));
  }
}
