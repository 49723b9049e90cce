package org.specworks.cms.rendering;

import java.util.List;

/**
 * Sanitised HTML rendered from Markdown, with the outline of its top-level sections for in-page
 * navigation.
 *
 * @param html safe to write into a page as is
 * @param outline the level-2 headings in document order
 */
public record RenderedMarkdown(String html, List<OutlineEntry> outline) {

  public RenderedMarkdown {
    outline = List.copyOf(outline);
  }

  /** One section heading: its anchor id and its plain text. */
  public record OutlineEntry(String id, String text) {}
}
