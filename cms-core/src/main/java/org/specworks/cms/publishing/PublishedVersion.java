package org.specworks.cms.publishing;

import java.io.Serializable;
import java.time.Instant;
import org.specworks.cms.content.RevisionContent;

/**
 * One public version of an item as readers may cite it: its number, the revision, when it went
 * live.
 *
 * @param itemPath the item's path, e.g. {@code
 *     /omaspecworks/about/policies-terms-of-use/ipr-policy}
 */
public record PublishedVersion(
    String itemPath, int version, long revisionId, Instant publishedAt, RevisionContent content)
    implements Serializable {

  static PublishedVersion of(String itemPath, Publication publication) {
    return new PublishedVersion(
        itemPath,
        publication.version(),
        publication.revision().id(),
        publication.publishedAt(),
        publication.revision().content());
  }

  public String title() {
    return content.title();
  }

  /** The policy's effective date as the editor entered it (ISO), or empty. */
  public String effectiveDate() {
    return content.field("effectiveDate");
  }

  /** What changed in this version, in words meant for the public; may be empty. */
  public String changeSummary() {
    return content.field("changeSummary");
  }

  /** The address of this exact version. */
  public String permalink() {
    return itemPath + "/v/" + version;
  }
}
