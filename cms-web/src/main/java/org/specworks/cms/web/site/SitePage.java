package org.specworks.cms.web.site;

import java.time.Instant;
import java.util.Optional;
import org.specworks.cms.web.support.EncodedBody;

/**
 * A public page ready to send: its HTML encoded once, plain and gzip-compressed.
 *
 * @param body its entity tags are strong validators: they change whenever any revision shown on the
 *     page, or the layout, changes
 * @param validUntil when what the page shows stops being true without a publication (a policy
 *     version announced for that day takes effect); caches must not keep it longer
 */
public record SitePage(String path, EncodedBody body, Optional<Instant> validUntil) {

  /** The HTML as text; the servlet sends {@link #body()}'s bytes instead. */
  public String html() {
    return body.text();
  }

  /** The entity tag of the uncompressed page. */
  public String etag() {
    return body.etag();
  }
}
