package org.specworks.cms.rendering;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list for HTML that editors' content may produce (OWASP Java HTML Sanitizer).
 * Anything not listed here is dropped: scripts, styles, event handlers, frames, forms, and URLs
 * other than http, https, mailto and site-relative ones.
 */
final class HtmlSanitizer {

  private static final Pattern ANCHOR_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,120}");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "ul",
              "ol",
              "li",
              "blockquote",
              "pre",
              "code",
              "hr",
              "br",
              "b",
              "strong",
              "i",
              "em",
              "s",
              "del",
              "ins",
              "sub",
              "sup",
              "small",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a")
          .allowAttributes("id")
          .matching(ANCHOR_ID)
          .onElements("h1", "h2", "h3", "h4", "h5", "h6")
          .allowAttributes("href", "title")
          .onElements("a")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,6}"))
          .onElements("ol")
          .allowAttributes("align")
          .matching(true, "left", "right", "center")
          .onElements("th", "td")
          .toFactory();

  String sanitize(String untrustedHtml) {
    return POLICY.sanitize(untrustedHtml);
  }
}
