package org.specworks.cms.content;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an editor typed into a form, before it is content: any part may be missing, the title
 * included, which a revision's {@link RevisionContent} can never be. {@link
 * ContentSchema#violations(ContentInput)} says what is wrong with it; {@link
 * ContentSchema#contentOf(ContentInput)} turns it into content once nothing is.
 */
public record ContentInput(
    String title, String description, String body, Map<String, String> fields)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public ContentInput {
    // A copy that keeps nulls: a form sends an untouched field as null.
    fields =
        fields == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Whether a title was typed; blanks do not count. */
  public boolean hasTitle() {
    return title != null && !title.isBlank();
  }

  /** The content, blanks stripped as {@link RevisionContent} does; the title must be there. */
  RevisionContent toContent() {
    return new RevisionContent(title, description, body, fields);
  }

  /**
   * The same input under another title: lets the other parts be checked while the title is missing.
   */
  ContentInput titled(String otherTitle) {
    return new ContentInput(otherTitle, description, body, fields);
  }
}
