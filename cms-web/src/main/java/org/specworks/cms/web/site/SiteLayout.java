package org.specworks.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specworks.cms.rendering.RenderedMarkdown.OutlineEntry;
import org.specworks.cms.shared.ContentHash;
import org.specworks.cms.web.support.Html;

/**
 * Wraps page content in the site's one HTML layout ({@code site/layout.html}). The layout's
 * fingerprint is part of every ETag, so a deploy that changes the layout also changes what caches
 * consider fresh.
 */
@ApplicationScoped
public class SiteLayout {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z]+)}}");

  private final String template = readTemplate();
  private final String fingerprint = ContentHash.of(template).substring(0, 12);

  /** Changes whenever the layout template does. */
  public String fingerprint() {
    return fingerprint;
  }

  /** A link in the site navigation; {@code current} marks the page being shown. */
  public record NavLink(String href, String label, boolean current) {}

  /** A whole page: {@code contentHtml} must already be safe (sanitised or escaped). */
  public String page(
      String title,
      String description,
      List<NavLink> navigation,
      List<OutlineEntry> outline,
      String contentHtml,
      String contextPath) {
    return fill(
        Map.of(
            "base", Html.escape(contextPath),
            "title", Html.escape(title),
            "description", Html.escape(description.isBlank() ? title : description),
            "nav", navigation(navigation),
            "outline", outline(outline),
            "content", contentHtml));
  }

  /** The layout around a plain message without navigation (a preview that is not available). */
  public String message(String title, String text, String contextPath) {
    return message(title, text, List.of(), contextPath);
  }

  /**
   * The layout around a plain message, for pages that do not exist and answers to a form, with the
   * site navigation so the reader can go on.
   */
  public String message(String title, String text, List<NavLink> navigation, String contextPath) {
    return fill(
        Map.of(
            "base",
            Html.escape(contextPath),
            "title",
            Html.escape(title),
            "description",
            Html.escape(title),
            "nav",
            navigation(navigation),
            "outline",
            "",
            "content",
            "<p>" + Html.escape(text) + "</p>"));
  }

  private static String navigation(List<NavLink> links) {
    StringBuilder nav =
        new StringBuilder("<nav class=\"site-nav\" aria-label=\"About OMA SpecWorks\"><ul>");
    for (NavLink link : links) {
      nav.append("<li><a href=\"")
          .append(Html.escape(link.href()))
          .append(link.current() ? "\" aria-current=\"page\">" : "\">")
          .append(Html.escape(link.label()))
          .append("</a></li>");
    }
    return nav.append("</ul></nav>").toString();
  }

  private static String outline(List<OutlineEntry> entries) {
    if (entries.size() < 2) {
      return "";
    }
    StringBuilder nav =
        new StringBuilder("<nav class=\"outline\" aria-label=\"On this page\"><ul>");
    for (OutlineEntry entry : entries) {
      nav.append("<li><a href=\"#")
          .append(Html.escape(entry.id()))
          .append("\">")
          .append(Html.escape(entry.text()))
          .append("</a></li>");
    }
    return nav.append("</ul></nav>").toString();
  }

  private String fill(Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 16_384);
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException("Layout placeholder without a value: " + matcher.group());
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String readTemplate() {
    try (InputStream in =
        SiteLayout.class.getClassLoader().getResourceAsStream("site/layout.html")) {
      if (in == null) {
        throw new IllegalStateException("site/layout.html is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
