package org.specworks.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The edge caches (Varnish) in front of the public site that the CMS purges after each publication:
 * {@code cms.edge-cache.urls}, base addresses separated by commas. None by default.
 */
@ApplicationScoped
public class EdgeCacheAddresses {

  private static final Logger LOG = Logger.getLogger(EdgeCacheAddresses.class.getName());

  @Inject
  @ConfigProperty(name = "cms.edge-cache.urls")
  private Optional<String> configured;

  private volatile List<URI> parsed;

  /** The caches to purge; empty when none is configured. */
  public List<URI> all() {
    List<URI> known = parsed;
    if (known == null) {
      known = parse(configured.orElse(""));
      parsed = known;
    }
    return known;
  }

  /**
   * The {@code http://} or {@code https://} addresses in {@code list}; any other entry is left out
   * with a logged reason, since a wrong cache address must not stop the CMS from publishing.
   */
  static List<URI> parse(String list) {
    List<URI> addresses = new ArrayList<>();
    for (String entry : list.split(",")) {
      String candidate = entry.strip();
      if (candidate.isEmpty()) {
        continue;
      }
      try {
        URI address = URI.create(candidate.endsWith("/") ? candidate : candidate + "/");
        boolean web = "http".equals(address.getScheme()) || "https".equals(address.getScheme());
        if (!web || address.getHost() == null) {
          throw new IllegalArgumentException("not an http:// or https:// address with a host");
        }
        addresses.add(address);
      } catch (IllegalArgumentException e) {
        LOG.severe(
            () ->
                "cms.edge-cache.urls: left out \""
                    + candidate
                    + "\" ("
                    + e.getMessage()
                    + "); write addresses like http://edge:80, separated by commas");
      }
    }
    return List.copyOf(addresses);
  }
}
