package org.specworks.cms.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * What the seed document says, read independently of the product's importer and renderer, so tests
 * compare the served page with the source rather than with whatever the code happened to produce.
 */
public final class SeedFacts {

  /** A heading's level (2 for {@code ##}) and text. */
  public record SeedHeading(int level, String text) {}

  /** A link's text and destination; an empty destination is a link to nowhere in the seed. */
  public record SeedLink(String text, String destination) {
    public boolean hasTarget() {
      return !destination.isBlank();
    }
  }

  private final String title;
  private final List<SeedHeading> headings = new ArrayList<>();
  private final List<SeedLink> links = new ArrayList<>();
  private final List<String> paragraphs = new ArrayList<>();

  private SeedFacts(String text) {
    String[] parts = text.split("(?m)^---\\s*$", 3);
    if (parts.length < 3) {
      throw new IllegalStateException("The seed has no front matter");
    }
    this.title =
        parts[1]
            .lines()
            .filter(line -> line.startsWith("title:"))
            .map(line -> line.substring("title:".length()).strip())
            .findFirst()
            .orElseThrow();
    Node document = Parser.builder().build().parse(parts[2]);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            headings.add(new SeedHeading(heading.getLevel(), textOf(heading)));
          }

          @Override
          public void visit(Link link) {
            links.add(new SeedLink(textOf(link), link.getDestination()));
          }

          @Override
          public void visit(Paragraph paragraph) {
            paragraphs.add(textOf(paragraph));
            visitChildren(paragraph);
          }
        });
  }

  /**
   * The seed bundled with the application (identical to the site's source document: see
   * BundledSeedTest).
   */
  public static SeedFacts aboutPage() {
    try (InputStream in = SeedFacts.class.getClassLoader().getResourceAsStream("seed/about.md")) {
      return new SeedFacts(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String title() {
    return title;
  }

  public List<SeedHeading> headings() {
    return List.copyOf(headings);
  }

  public List<SeedHeading> headingsOfLevel(int level) {
    return headings.stream().filter(heading -> heading.level() == level).toList();
  }

  /** The headings one level below the level-2 heading {@code section}, in order. */
  public List<String> subheadingsOf(String section) {
    List<String> under = new ArrayList<>();
    boolean inside = false;
    for (SeedHeading heading : headings) {
      if (heading.level() == 2) {
        inside = heading.text().equals(section);
      } else if (inside && heading.level() == 3) {
        under.add(heading.text());
      }
    }
    return under;
  }

  /** The paragraph that contains {@code words}. */
  public String paragraphContaining(String words) {
    return paragraphs.stream().filter(p -> p.contains(words)).findFirst().orElseThrow();
  }

  public List<SeedLink> links() {
    return List.copyOf(links);
  }

  /** Every paragraph's text, whitespace collapsed: together they are the document's prose. */
  public List<String> paragraphs() {
    return List.copyOf(paragraphs);
  }

  private static String textOf(Node node) {
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

          @Override
          public void visit(SoftLineBreak lineBreak) {
            text.append(' ');
          }
        });
    return text.toString().replaceAll("\\s+", " ").strip();
  }
}
