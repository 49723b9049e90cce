package org.specworks.cms.publishing;

import java.time.Instant;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.rendering.RenderedMarkdown;

/**
 * Any item as readers see it: its live revision's content, with the Markdown body rendered.
 *
 * @param revisionId the live revision, which identifies everything derived from this item
 */
public record LiveItem(
    long itemId,
    String path,
    ContentType type,
    RevisionContent content,
    RenderedMarkdown body,
    long revisionId,
    Instant revisionCreatedAt) {

  public String title() {
    return content.title();
  }

  public String field(String name) {
    return content.field(name);
  }

  /** The item's place in its list; items without one sort last. */
  public int position() {
    try {
      return Integer.parseInt(content.field("position"));
    } catch (NumberFormatException none) {
      return Integer.MAX_VALUE;
    }
  }

  /** The last segment of the path: an item's anchor on the page that lists it. */
  public String slug() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
