package org.specworks.cms.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders editors' Markdown (CommonMark) into HTML that is safe to serve.
 *
 * <ul>
 *   <li>Every heading gets a stable, unique anchor id, so sections can be linked to.
 *   <li>A link without a target ({@code [Members]()}) is rendered as its text: a link to nowhere
 *       helps no reader.
 *   <li>The result passes {@link HtmlSanitizer}: inline HTML such as {@code <b>} survives, scripts,
 *       event handlers and {@code javascript:} URLs do not.
 * </ul>
 *
 * <p>Thread-safe; the same instance serves the public site and the admin preview.
 */
@ApplicationScoped
public class MarkdownRenderer {

  private static final int OUTLINE_LEVEL = 2;

  private final Parser parser = Parser.builder().build();
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  public RenderedMarkdown render(String markdown) {
    Node document = parser.parse(markdown == null ? "" : markdown);
    document.accept(new EmptyLinkUnwrapper());
    HeadingAnchors anchors = HeadingAnchors.of(document);

    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .attributeProviderFactory(
                context ->
                    (node, tagName, attributes) -> {
                      if (node instanceof Heading heading) {
                        attributes.put("id", anchors.idOf(heading));
                      }
                    })
            .build();
    String html = sanitizer.sanitize(renderer.render(document));
    return new RenderedMarkdown(html, anchors.outline(OUTLINE_LEVEL));
  }

  /** Anchor ids for all headings of a document, in document order, unique within it. */
  private record HeadingAnchors(List<Heading> headings, Map<Heading, String> ids) {

    static HeadingAnchors of(Node document) {
      List<Heading> headings = new ArrayList<>();
      document.accept(
          new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
              headings.add(heading);
            }
          });
      IdGenerator generator = IdGenerator.builder().defaultId("section").build();
      Map<Heading, String> ids = new IdentityHashMap<>();
      headings.forEach(heading -> ids.put(heading, generator.generateId(plainText(heading))));
      return new HeadingAnchors(headings, ids);
    }

    String idOf(Heading heading) {
      return ids.get(heading);
    }

    List<RenderedMarkdown.OutlineEntry> outline(int level) {
      return headings.stream()
          .filter(heading -> heading.getLevel() == level)
          .map(heading -> new RenderedMarkdown.OutlineEntry(ids.get(heading), plainText(heading)))
          .toList();
    }
  }

  static String plainText(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text literal) {
            text.append(literal.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }
        });
    return text.toString().strip();
  }

  /** Replaces every link whose destination is blank by its own children. */
  private static final class EmptyLinkUnwrapper extends AbstractVisitor {
    @Override
    public void visit(Link link) {
      visitChildren(link);
      if (link.getDestination() == null || link.getDestination().isBlank()) {
        Node child = link.getFirstChild();
        while (child != null) {
          Node next = child.getNext();
          link.insertBefore(child);
          child = next;
        }
        link.unlink();
      }
    }
  }
}
