package org.specworks.cms.web.site;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.specworks.cms.publishing.PolicyTimeline;
import org.specworks.cms.publishing.PublishedVersion;
import org.specworks.cms.rendering.RenderedMarkdown;
import org.specworks.cms.web.support.Html;

/**
 * The body of a policy's page: one version (the one in effect at the policy's address, any other at
 * its permalink) with its dates and public change note, and the list of every version.
 */
final class PolicyVersionHtml {

  static final String FEED = "/feeds/policies.atom";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private PolicyVersionHtml() {}

  static String of(
      PublishedVersion shown,
      RenderedMarkdown body,
      List<PublishedVersion> all,
      PolicyTimeline timeline,
      String base) {
    PublishedVersion current = timeline.current();
    StringBuilder html = new StringBuilder("<article class=\"policy-version\">");
    if (!timeline.hasTakenEffect(shown)) {
      html.append("<p class=\"notice upcoming\" role=\"note\">This version takes effect on ")
          .append(effectiveDay(shown))
          .append(".");
      if (shown.version() != current.version()) {
        html.append(" Until then <a href=\"")
            .append(Html.escape(base + current.itemPath()))
            .append("\">version ")
            .append(current.version())
            .append("</a> applies.");
      }
      html.append("</p>");
    } else if (shown.version() != current.version()) {
      html.append("<p class=\"notice\" role=\"note\">You are reading version ")
          .append(shown.version())
          .append(", which was replaced. <a href=\"")
          .append(Html.escape(base + current.itemPath()))
          .append("\">")
          .append("Read the current version (")
          .append(current.version())
          .append(")</a>.</p>");
    }
    if (shown.version() == current.version()) {
      timeline.next().ifPresent(next -> html.append(announcement(next, base)));
    }
    html.append("<p class=\"version-meta\">Version ")
        .append(shown.version())
        .append(" · published ")
        .append(time(shown));
    if (!shown.effectiveDate().isBlank()) {
      html.append(timeline.hasTakenEffect(shown) ? " · in effect from " : " · takes effect on ")
          .append(effectiveDay(shown));
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
      html.append(version.version() == current.version() ? " (in effect)" : "");
      if (!timeline.hasTakenEffect(version)) {
        html.append(" (takes effect on ").append(effectiveDay(version)).append(")");
      }
      html.append("</li>");
    }
    html.append("</ol><p><a href=\"")
        .append(Html.escape(base + FEED))
        .append("\">New policy versions as an Atom feed</a></p></section>");
    return html.toString();
  }

  /**
   * "Version 2 takes effect on 1 Jan 2027", linking it: beside the version in effect, on the
   * policy's page and the page that lists it.
   */
  static String announcement(PublishedVersion next, String base) {
    return "<p class=\"notice announced\" role=\"note\"><a href=\""
        + Html.escape(base + next.permalink())
        + "\">Version "
        + next.version()
        + "</a> takes effect on "
        + effectiveDay(next)
        + ".</p>";
  }

  /** The version's effective date for readers, e.g. "1 Jan 2027", in a {@code time} element. */
  static String effectiveDay(PublishedVersion version) {
    return PolicyTimeline.effectiveDate(version)
        .map(day -> "<time datetime=\"" + day + "\">" + SHORT_DAY.format(day) + "</time>")
        .orElse(Html.escape(version.effectiveDate()));
  }

  private static String time(PublishedVersion version) {
    return "<time datetime=\""
        + version.publishedAt()
        + "\">"
        + DAY.format(version.publishedAt())
        + "</time>";
  }
}
