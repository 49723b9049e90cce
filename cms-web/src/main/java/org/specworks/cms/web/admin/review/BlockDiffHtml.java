package org.specworks.cms.web.admin.review;

import java.util.List;
import org.specworks.cms.content.BlockDiff;
import org.specworks.cms.rendering.RenderedDiff;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.support.Html;

/**
 * Shows the {@link BlockDiff}s of one review as HTML, in the three ways a reviewer may read them:
 * the source with words marked, source side by side, and rendered as readers will see it. Folded
 * stretches are {@code <details>}, so they open without script. Changes are numbered across all
 * fields of the review ({@code id="change-N"}), each linking to the next, so a reviewer jumps from
 * change to change. Text is escaped; rendered HTML comes sanitised from cms-core.
 */
final class BlockDiffHtml {

  private final int total;
  private int shown;

  /**
   * @param total how many changes all fields of the review have together
   */
  BlockDiffHtml(int total) {
    this.total = total;
  }

  /** The source, changed blocks with their words marked, unchanged stretches folded. */
  String source(BlockDiff diff) {
    StringBuilder html = new StringBuilder("<div class=\"block-diff\">");
    for (BlockDiff.Part part : diff.parts()) {
      if (part instanceof BlockDiff.Change change) {
        html.append(openChange())
            .append("<div class=\"block\">")
            .append(DiffHtml.of(change.words()))
            .append("</div>")
            .append(closeChange());
      } else if (part instanceof BlockDiff.Folded folded) {
        html.append(openFold(folded.count()));
        folded.blocks().forEach(block -> html.append(sourceBlock(block)));
        html.append("</details>");
      } else {
        html.append(sourceBlock(((BlockDiff.Context) part).text()));
      }
    }
    return html.append("</div>").toString();
  }

  /**
   * Before and after in two columns. Folded stretches only say how many blocks they hide here: the
   * inline view opens them.
   */
  String sideBySide(BlockDiff diff) {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (BlockDiff.Part part : diff.parts()) {
      if (part instanceof BlockDiff.Change change) {
        String anchor = "<span id=\"change-" + (shown + 1) + "\"></span>";
        shown++;
        before.append(DiffHtml.before(change.words()));
        after.append(anchor).append(DiffHtml.after(change.words()));
      } else if (part instanceof BlockDiff.Folded folded) {
        String note =
            "<span class=\"folded-note\">"
                + Html.escape(Messages.text("review.folded", folded.count()))
                + "</span>";
        before.append(note);
        after.append(note);
      } else {
        String text = Html.escape(((BlockDiff.Context) part).text());
        before.append(text);
        after.append(text);
      }
      before.append("\n\n");
      after.append("\n\n");
    }
    return "<div class=\"side-by-side\"><pre class=\"before\" aria-label=\""
        + Html.escape(Messages.text("review.before"))
        + "\">"
        + before.toString().strip()
        + "</pre><pre class=\"after\" aria-label=\""
        + Html.escape(Messages.text("review.after"))
        + "\">"
        + after.toString().strip()
        + "</pre></div>";
  }

  /** The page as readers will see it: removed blocks struck out, added blocks marked. */
  String rendered(RenderedDiff diff) {
    StringBuilder html = new StringBuilder("<div class=\"block-diff rendered\">");
    for (RenderedDiff.Part part : diff.parts()) {
      if (part instanceof RenderedDiff.Changed change) {
        html.append(openChange());
        if (!change.removedHtml().isEmpty()) {
          html.append("<del class=\"rendered-removed\">")
              .append(change.removedHtml())
              .append("</del>");
        }
        if (!change.addedHtml().isEmpty()) {
          html.append("<ins class=\"rendered-added\">").append(change.addedHtml()).append("</ins>");
        }
        html.append(closeChange());
      } else if (part instanceof RenderedDiff.Folded folded) {
        html.append(openFold(folded.count())).append(folded.html()).append("</details>");
      } else {
        html.append(((RenderedDiff.Shown) part).html());
      }
    }
    return html.append("</div>").toString();
  }

  /** A short list of links to every change, for the top of the changes. */
  static String jumpList(int total) {
    StringBuilder html =
        new StringBuilder("<nav class=\"change-jumps\" aria-label=\"")
            .append(Html.escape(Messages.text("review.jumps")))
            .append("\">")
            .append(Html.escape(Messages.text("review.changeCount", total)));
    for (int number = 1; number <= total; number++) {
      html.append(" <a href=\"#change-").append(number).append("\">").append(number).append("</a>");
    }
    return html.append("</nav>").toString();
  }

  private String openChange() {
    shown++;
    return "<div class=\"block-change\" id=\"change-"
        + shown
        + "\"><span class=\"change-number\">"
        + Html.escape(Messages.text("review.changeNumber", shown, total))
        + "</span>";
  }

  private String closeChange() {
    if (shown >= total) {
      return "</div>";
    }
    return "<a class=\"next-change\" href=\"#change-"
        + (shown + 1)
        + "\">"
        + Html.escape(Messages.text("review.nextChange"))
        + "</a></div>";
  }

  private static String openFold(int count) {
    return "<details class=\"folded\"><summary>"
        + Html.escape(Messages.text("review.folded", count))
        + "</summary>";
  }

  private static String sourceBlock(String text) {
    return "<div class=\"block\">" + Html.escape(text) + "</div>";
  }

  /** How many changes these diffs hold together. */
  static int totalOf(List<BlockDiff> diffs) {
    return diffs.stream().mapToInt(BlockDiff::changeCount).sum();
  }
}
