package org.specworks.cms.content;

import java.io.Serializable;
import java.util.Map;

/**
 * An item's form as the editor left it, unchecked: what autosave keeps and restores, every input
 * included (the change note too), even where it would not pass as a revision.
 *
 * @param fields the structured fields by name, as typed
 * @param changeNote the public note the editor means to save with the revision
 */
public record TypedForm(
    String title, String description, String body, Map<String, String> fields, String changeNote)
    implements Serializable {

  public TypedForm {
    fields =
        fields == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
  }
}
