package org.specworks.cms.web.admin.lists;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.specworks.cms.content.FieldDefinition;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.lists.ListEntry;

/**
 * One row of a list screen as the row editor edits it: the saved entry, the values being typed, and
 * the problems of the last save, by field.
 */
public class ListRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private ListEntry saved;
  private String title;
  private final Map<String, String> fields = new LinkedHashMap<>();
  private final Map<String, String> problems = new LinkedHashMap<>();

  ListRow(ListEntry saved, Iterable<FieldDefinition> definitions) {
    reset(saved, definitions);
  }

  /** Shows {@code entry} and forgets what was typed. */
  final void reset(ListEntry entry, Iterable<FieldDefinition> definitions) {
    saved = entry;
    title = entry.title();
    fields.clear();
    for (FieldDefinition field : definitions) {
      fields.put(field.name(), entry.field(field.name()));
    }
    problems.clear();
  }

  public ListEntry getSaved() {
    return saved;
  }

  public String getPath() {
    return saved.path();
  }

  public int getRevisionNumber() {
    return saved.revisionNumber();
  }

  public PublicationStatus getStatus() {
    return saved.status();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Map<String, String> getFields() {
    return fields;
  }

  public Map<String, String> getProblems() {
    return problems;
  }
}
