package org.specworks.cms.content;

import java.util.Optional;

/**
 * What the admin's content list shows: optional filters that combine, and one sort order.
 *
 * @param text part of the path or of the latest title, any case
 * @param author who wrote the latest revision
 */
public record ContentListQuery(
    Optional<ContentType> type,
    Optional<PublicationStatus> status,
    Optional<String> author,
    Optional<String> text,
    Sort sort,
    boolean descending) {

  /** The columns the list can be ordered by. */
  public enum Sort {
    PATH,
    TITLE,
    CHANGED
  }

  public static final ContentListQuery ALL =
      new ContentListQuery(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Sort.PATH, false);

  public ContentListQuery {
    author = author.map(String::strip).filter(a -> !a.isEmpty());
    text = text.map(String::strip).filter(t -> !t.isEmpty());
  }
}
