package org.specworks.cms.search;

import org.specworks.cms.content.ContentType;

/**
 * One published item that matches a search.
 *
 * @param snippet plain text around the match; the matched words are wrapped in {@link #MARK_START}
 *     and {@link #MARK_END} so the web tier can escape the text first and highlight after
 */
public record SearchHit(String path, ContentType type, String title, String snippet) {

  public static final char MARK_START = '\u0002';
  public static final char MARK_END = '\u0003';
}
