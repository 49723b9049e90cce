package org.specworks.cms.rendering;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown as the words a reader sees on the page, without its markup ({@code **}, link targets,
 * {@code ###}, inline HTML): what search snippets quote.
 */
public final class PlainText {

  private static final Parser PARSER = Parser.builder().build();

  private PlainText() {}

  /** The text of {@code markdown} on one line, blanks collapsed. */
  public static String of(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    StringBuilder text = new StringBuilder(markdown.length());
    PARSER
        .parse(markdown)
        .accept(
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
              public void visit(FencedCodeBlock code) {
                text.append(' ').append(code.getLiteral()).append(' ');
              }

              @Override
              public void visit(IndentedCodeBlock code) {
                text.append(' ').append(code.getLiteral()).append(' ');
              }

              @Override
              public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
              }

              @Override
              public void visit(HardLineBreak lineBreak) {
                text.append(' ');
              }

              @Override
              protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                // Blocks (paragraphs, headings, list items) are apart on the page.
                if (parent instanceof Block) {
                  text.append(' ');
                }
              }
            });
    return text.toString().replaceAll("\\s+", " ").strip();
  }
}
