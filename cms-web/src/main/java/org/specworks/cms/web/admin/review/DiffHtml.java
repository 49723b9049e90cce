package org.specworks.cms.web.admin.review;

import java.util.List;
import org.specworks.cms.content.WordDiff;
import org.specworks.cms.web.support.Html;

/** Word-level changes as HTML: removed words in {@code <del>}, added ones in {@code <ins>}, all text escaped. */
public final class DiffHtml {

  private DiffHtml() {}

  public static String of(List<WordDiff.Segment> segments) {
    StringBuilder html = new StringBuilder();
    for (WordDiff.Segment segment : segments) {
      String text = Html.escape(segment.text());
      switch (segment.kind()) {
        case SAME -> html.append(text);
        case REMOVED -> html.append("<del>").append(text).append("</del>");
        case ADDED -> html.append("<ins>").append(text).append("</ins>");
      }
    }
    return html.toString();
  }
}
