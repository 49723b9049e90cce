package org.specworks.cms.lists;

import java.io.Serializable;
import java.util.SortedMap;
import java.util.TreeMap;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.content.Revision;

/**
 * One item of a list as its latest revision has it: what a list screen shows and what a change to
 * the list is checked against ({@link #revisionId()} is the base of the next save).
 */
public record ListEntry(
    String path,
    long revisionId,
    int revisionNumber,
    String author,
    String title,
    SortedMap<String, String> fields,
    PublicationStatus status)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public ListEntry {
    fields = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  public static ListEntry of(ContentItem item) {
    Revision latest = item.latestRevision().orElseThrow();
    return new ListEntry(
        item.path().value(),
        latest.id(),
        latest.number(),
        latest.author(),
        latest.content().title(),
        latest.content().fields(),
        item.status());
  }

  public String field(String name) {
    return fields.getOrDefault(name, "");
  }

  /** The position field as a number; items without one sort last. */
  public int position() {
    try {
      return Integer.parseInt(field("position"));
    } catch (NumberFormatException none) {
      return Integer.MAX_VALUE;
    }
  }

  /** e.g. "SyncML (logo)" */
  public String label() {
    String form = field("form");
    return form.isEmpty() ? title : title + " (" + form + ")";
  }
}
