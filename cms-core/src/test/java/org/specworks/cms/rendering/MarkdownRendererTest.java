package org.specworks.cms.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @Test
  void headingsGetUniqueAnchorIdsAndTopSectionsFormTheOutline() {
    RenderedMarkdown rendered =
        renderer.render(
            "## Policies & Terms\n### Intellectual Property Rights\n## Intellectual Property Rights\n");
    Document html = Jsoup.parseBodyFragment(rendered.html());

    assertEquals("policies--terms", html.selectFirst("h2").id());
    assertEquals("intellectual-property-rights", html.selectFirst("h3").id());
    assertEquals("intellectual-property-rights-1", html.select("h2").get(1).id());
    assertEquals(
        List.of(
            new RenderedMarkdown.OutlineEntry("policies--terms", "Policies & Terms"),
            new RenderedMarkdown.OutlineEntry(
                "intellectual-property-rights-1", "Intellectual Property Rights")),
        rendered.outline());
  }

  @Test
  void aLinkWithoutTargetBecomesItsText() {
    Document html = Jsoup.parseBodyFragment(renderer.render("[Members]() come to *us*").html());

    assertTrue(html.select("a").isEmpty());
    assertEquals("Members come to us", html.text());
  }

  @Test
  void keepsRealLinksIncludingMailAndSiteRelative() {
    Document html =
        Jsoup.parseBodyFragment(
            renderer
                .render("[a](https://x.org/f.pdf) [b](mailto:h@x.org) [c](/omaspecworks/about/ipr)")
                .html());

    assertEquals(
        List.of("https://x.org/f.pdf", "mailto:h@x.org", "/omaspecworks/about/ipr"),
        html.select("a").eachAttr("href"));
  }

  @Test
  void keepsHarmlessInlineHtml() {
    Document html = Jsoup.parseBodyFragment(renderer.render("<b>Checkout as well:</b>").html());

    assertEquals("Checkout as well:", html.selectFirst("b").text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)></svg>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<p onclick=\"alert(1)\">x</p>",
        "[x](JaVaScRiPt:alert(1))",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<style>body{display:none}</style>"
      })
  void dropsAnythingThatCouldRunOrRestyle(String hostile) {
    String html = renderer.render(hostile).html().toLowerCase();

    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("onerror"), html);
    assertFalse(html.contains("onload"), html);
    assertFalse(html.contains("onclick"), html);
    assertFalse(html.contains("javascript:"), html);
    assertFalse(html.contains("<iframe"), html);
    assertFalse(html.contains("<style"), html);
    assertFalse(html.contains("<svg"), html);
  }
}
