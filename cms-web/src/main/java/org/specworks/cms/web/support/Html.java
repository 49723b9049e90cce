package org.specworks.cms.web.support;

/** Escaping for text placed into HTML element content or double-quoted attribute values. */
public final class Html {

  private Html() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Plain text (a description or summary) as escaped {@code <p>} paragraphs, split at blank lines.
   */
  public static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        html.append("<p>").append(escape(paragraph.strip())).append("</p>");
      }
    }
    return html.toString();
  }
}
