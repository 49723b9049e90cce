package org.specworks.cms.web.site;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.specworks.cms.publishing.PublishedVersion;
import org.specworks.cms.rendering.RenderedMarkdown;
import org.specworks.cms.web.support.Html;

/**
 * The body of a policy's page: one version (the current one at the policy's address, any earlier
 * one at its permalink) with its dates and public change note, and the list of every version.
 */
final class PolicyVersionHtml {

  static final String FEED = "/feeds/policies.atom";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

  private PolicyVersionHtml() {}

  static String of(
      PublishedVersion shown, RenderedMarkdown body, List<PublishedVersion> all, String base) {
    PublishedVersion current = all.get(all.size() - 1);
    StringBuilder html = new StringBuilder("<article class=\"policy-version\">");
    if (shown.version() != current.version()) {
      html.append("<p class=\"notice\" role=\"note\">You are reading version ")
          .append(shown.version())
          .append(", which was replaced. <a href=\"")
          .append(Html.escape(base + current.itemPath()))
          .append("\">")
          .append("Read the current version (")
          .append(current.version())
          .append(")</a>.</p>");
    }
    html.append("<p class=\"version-meta\">Version ")
        .append(shown.version())
        .append(" · published ")
        .append(time(shown));
    if (!shown.effectiveDate().isBlank()) {
      html.append(" · in effect from <time datetime=\"")
          .append(Html.escape(shown.effectiveDate()))
          .append("\">")
          .append(Html.escape(shown.effectiveDate()))
          .append("</time>");
    }
    html.append(" · <a href=\"")
        .append(Html.escape(base + shown.permalink()))
        .append("\">Permalink</a></p>");
    if (!shown.changeSummary().isBlank()) {
      html.append("<p class=\"change-note\"><strong>What changed:</strong> ")
          .append(Html.escape(shown.changeSummary()))
          .append("</p>");
    }
    html.append(Html.paragraphs(shown.content().description()));
    html.append(body.html()).append("</article>");
    html.append("<section id=\"versions\"><h2>All versions</h2><ol reversed>");
    for (int i = all.size() - 1; i >= 0; i--) {
      PublishedVersion version = all.get(i);
      html.append("<li><a href=\"")
          .append(Html.escape(base + version.permalink()))
          .append("\">Version ")
          .append(version.version())
          .append("</a>, published ")
          .append(time(version));
      if (!version.changeSummary().isBlank()) {
        html.append(": ").append(Html.escape(version.changeSummary()));
      }
      html.append(version.version() == current.version() ? " (current)" : "").append("</li>");
    }
    html.append("</ol><p><a href=\"")
        .append(Html.escape(base + FEED))
        .append("\">New policy versions as an Atom feed</a></p></section>");
    return html.toString();
  }

  private static String time(PublishedVersion version) {
    return "<time datetime=\""
        + version.publishedAt()
        + "\">"
        + DAY.format(version.publishedAt())
        + "</time>";
  }
}
