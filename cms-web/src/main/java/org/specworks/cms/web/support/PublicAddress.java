package org.specworks.cms.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's address as readers reach it ({@code cms.public-url}), for every absolute URL the CMS
 * hands out: sitemaps, feeds, preview links, the start-up banner. Never the request's {@code Host}
 * header, which the client chooses: a link built from it could point anyone's reader at another
 * site.
 */
@ApplicationScoped
public class PublicAddress {

  @Inject
  @ConfigProperty(name = "cms.public-url", defaultValue = "http://localhost:8080")
  private String publicUrl;

  /** e.g. {@code https://www.example.org/cms} for the context path {@code /cms}. */
  public String base(String contextPath) {
    return publicUrl.replaceAll("/+$", "") + contextPath;
  }
}
