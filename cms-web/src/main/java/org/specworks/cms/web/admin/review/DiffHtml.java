package org.specworks.cms.web.admin.review;

import java.util.List;
import org.specworks.cms.content.WordDiff;
import org.specworks.cms.web.support.Html;

/**
 * Word-level changes as HTML: removed words in {@code <del>}, added ones in {@code <ins>}, all text
 * escaped.
 */
public final class DiffHtml {

  private DiffHtml() {}

  /** Inline: one text with removals and additions marked where they happen. */
  public static String of(List<WordDiff.Segment> segments) {
    return render(segments, true, true);
  }

  /** The left column of a side-by-side view: the text before, removals marked. */
  public static String before(List<WordDiff.Segment> segments) {
    return render(segments, true, false);
  }

  /** The right column of a side-by-side view: the text after, additions marked. */
  public static String after(List<WordDiff.Segment> segments) {
    return render(segments, false, true);
  }

  private static String render(List<WordDiff.Segment> segments, boolean removed, boolean added) {
    StringBuilder html = new StringBuilder();
    for (WordDiff.Segment segment : segments) {
      String text = Html.escape(segment.text());
      switch (segment.kind()) {
        case SAME -> html.append(text);
        case REMOVED -> html.append(removed ? "<del>" + text + "</del>" : "");
        case ADDED -> html.append(added ? "<ins>" + text + "</ins>" : "");
      }
    }
    return html.toString();
  }
}
