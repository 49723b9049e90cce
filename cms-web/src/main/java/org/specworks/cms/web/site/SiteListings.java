package org.specworks.cms.web.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.LiveItem;
import org.specworks.cms.publishing.PolicyTimeline;
import org.specworks.cms.publishing.PublishedVersion;
import org.specworks.cms.rendering.RenderedMarkdown.OutlineEntry;
import org.specworks.cms.web.support.Html;

/**
 * HTML for the items a page lists: FAQ entries with an anchor each, policies with their documents,
 * the trademark table, and the IPR declaration tables (searchable and sortable through plain links
 * and a GET form, no script).
 */
final class SiteListings {

  /** A page section with the outline entries it adds. */
  record Listing(String html, List<OutlineEntry> outline) {}

  private static final Map<String, Function<LiveItem, String>> DECLARATION_SORTS =
      Map.of(
          "declarant", LiveItem::title,
          "specification", item -> item.field("specification"),
          "date", item -> item.field("declaredOn"));

  private SiteListings() {}

  /**
   * @param items the listed items, policies as their version in effect
   * @param timelines each listed policy's versions in effect and announced, by path
   */
  static Listing of(
      List<LiveItem> items,
      Map<String, PolicyTimeline> timelines,
      Map<String, LiveItem> documents,
      String base,
      TableQuery query) {
    StringBuilder html = new StringBuilder();
    List<OutlineEntry> outline = new ArrayList<>();
    faq(only(items, ContentType.FAQ_ENTRY), html, outline);
    policies(only(items, ContentType.POLICY), timelines, documents, base, html, outline);
    trademarks(only(items, ContentType.TRADEMARK), html, outline);
    declarations(only(items, ContentType.IPR_DECLARATION), documents, base, query, html, outline);
    return new Listing(html.toString(), outline);
  }

  private static void faq(List<LiveItem> entries, StringBuilder html, List<OutlineEntry> outline) {
    if (entries.isEmpty()) {
      return;
    }
    html.append("<section class=\"faq\" aria-label=\"Questions and answers\">");
    for (LiveItem entry : entries) {
      String id = Html.escape(entry.slug());
      html.append("<article class=\"faq-entry\" id=\"")
          .append(id)
          .append("\">")
          .append("<h2><a class=\"anchor\" href=\"#")
          .append(id)
          .append("\">")
          .append(Html.escape(entry.title()))
          .append("</a></h2>")
          .append(entry.body().html())
          .append("</article>");
      outline.add(new OutlineEntry(entry.slug(), entry.title()));
    }
    html.append("</section>");
  }

  private static void policies(
      List<LiveItem> policies,
      Map<String, PolicyTimeline> timelines,
      Map<String, LiveItem> documents,
      String base,
      StringBuilder html,
      List<OutlineEntry> outline) {
    if (policies.isEmpty()) {
      return;
    }
    for (LiveItem policy : policies) {
      String id = Html.escape(policy.slug());
      html.append("<section class=\"policy\" id=\"")
          .append(id)
          .append("\">")
          .append("<h2>")
          .append(Html.escape(policy.title()))
          .append("</h2>");
      html.append(Html.paragraphs(policy.content().description()));
      Optional<PolicyTimeline> timeline = Optional.ofNullable(timelines.get(policy.path()));
      timeline.ifPresent(
          decided -> {
            PublishedVersion current = decided.current();
            if (!current.effectiveDate().isBlank()) {
              html.append("<p class=\"effective\">")
                  .append(decided.hasTakenEffect(current) ? "In effect since " : "Takes effect on ")
                  .append(PolicyVersionHtml.effectiveDay(current))
                  .append("</p>");
            }
            decided
                .next()
                .ifPresent(next -> html.append(PolicyVersionHtml.announcement(next, base)));
          });
      html.append(policy.body().html());
      documentLink(policy.field("document"), documents, base, html);
      html.append("<p class=\"versions-link\"><a href=\"")
          .append(Html.escape(base + policy.path()))
          .append("\">This policy's permalink and all its versions</a></p>");
      html.append("</section>");
      outline.add(new OutlineEntry(policy.slug(), policy.title()));
    }
  }

  private static void trademarks(
      List<LiveItem> marks, StringBuilder html, List<OutlineEntry> outline) {
    if (marks.isEmpty()) {
      return;
    }
    html.append("<section class=\"trademarks\" id=\"trademarks\"><h2>Our trademarks</h2>")
        .append("<table><caption>Marks of the Open Mobile Alliance</caption>")
        .append(
            "<thead><tr><th scope=\"col\">Mark</th><th scope=\"col\">Form</th></tr></thead><tbody>");
    for (LiveItem mark : marks) {
      String symbol = mark.field("symbol").equals("none") ? "" : mark.field("symbol");
      html.append("<tr><td>")
          .append(Html.escape(mark.title() + symbol))
          .append("</td><td>")
          .append(mark.field("form").equals("logo") ? "Logo" : "Word mark")
          .append("</td></tr>");
    }
    html.append("</tbody></table></section>");
    outline.add(new OutlineEntry("trademarks", "Our trademarks"));
  }

  private static void declarations(
      List<LiveItem> declarations,
      Map<String, LiveItem> documents,
      String base,
      TableQuery query,
      StringBuilder html,
      List<OutlineEntry> outline) {
    if (declarations.isEmpty()) {
      return;
    }
    String needle = query.search().strip().toLowerCase(Locale.ROOT);
    Predicate<LiveItem> matches =
        item ->
            needle.isEmpty()
                || (item.title()
                        + " "
                        + item.field("specification")
                        + " "
                        + item.field("declaredOn"))
                    .toLowerCase(Locale.ROOT)
                    .contains(needle);
    List<LiveItem> shown = new ArrayList<>(declarations.stream().filter(matches).toList());
    Function<LiveItem, String> sortKey = DECLARATION_SORTS.get(query.sort());
    if (sortKey != null) {
      shown.sort(Comparator.comparing(sortKey, String.CASE_INSENSITIVE_ORDER));
    }
    html.append("<section class=\"declarations\" id=\"declarations\"><h2>Declarations</h2>")
        .append(
            "<form class=\"site-search\" method=\"get\" role=\"search\"><label for=\"q\">Search declarations</label> ")
        .append("<input id=\"q\" name=\"q\" type=\"search\" value=\"")
        .append(Html.escape(query.search()))
        .append("\"> <button type=\"submit\">Search</button></form>")
        .append("<p class=\"count\" role=\"status\">")
        .append(shown.size())
        .append(" of ")
        .append(declarations.size())
        .append(" declarations</p>")
        .append("<table><thead><tr>")
        .append(sortHeader("declarant", "Declarant", query))
        .append(sortHeader("specification", "Specification or work item", query))
        .append(sortHeader("date", "Declared on", query))
        .append("<th scope=\"col\">Document</th></tr></thead><tbody>");
    for (LiveItem declaration : shown) {
      html.append("<tr><td>")
          .append(Html.escape(declaration.title()))
          .append("</td><td>")
          .append(Html.escape(declaration.field("specification")))
          .append("</td><td>")
          .append(Html.escape(declaration.field("declaredOn")))
          .append("</td><td>");
      documentLink(declaration.field("document"), documents, base, html);
      html.append("</td></tr>");
    }
    html.append("</tbody></table></section>");
    outline.add(new OutlineEntry("declarations", "Declarations"));
  }

  private static String sortHeader(String key, String label, TableQuery query) {
    boolean active = key.equals(query.sort());
    String href =
        "?sort="
            + key
            + (query.search().isBlank()
                ? ""
                : "&q="
                    + java.net.URLEncoder.encode(
                        query.search(), java.nio.charset.StandardCharsets.UTF_8));
    return "<th scope=\"col\""
        + (active ? " aria-sort=\"ascending\"" : "")
        + "><a href=\""
        + Html.escape(href)
        + "#declarations\">"
        + Html.escape(label)
        + "</a></th>";
  }

  /**
   * A link to a document that readers can open (its uploaded file, or its address elsewhere); a
   * document with neither yet is named, not linked.
   */
  private static void documentLink(
      String path, Map<String, LiveItem> documents, String base, StringBuilder html) {
    if (path.isBlank()) {
      return;
    }
    LiveItem document = documents.get(path);
    if (document == null) {
      return;
    }
    // An uploaded file is served at the document's own address, like a document kept elsewhere.
    if (document.field("url").isBlank() && document.field("sha256").isBlank()) {
      html.append("<p class=\"document pending\">")
          .append(Html.escape(document.title()))
          .append(": not yet available online.</p>");
    } else {
      html.append("<p class=\"document\"><a href=\"")
          .append(Html.escape(base + path))
          .append("\">")
          .append(Html.escape(document.title()))
          .append("</a> (PDF)</p>");
    }
  }

  private static List<LiveItem> only(List<LiveItem> items, ContentType type) {
    return items.stream().filter(item -> item.type() == type).toList();
  }
}
