package org.specworks.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an editor typed and has not saved yet, kept by autosave: one per editor and item,
 * overwritten each time, gone once they save a revision. Holds the raw form, even a blank title,
 * because it is not a revision.
 */
@Entity
@Table(name = "working_copy")
public class WorkingCopy {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "working_copy_seq")
  @SequenceGenerator(
      name = "working_copy_seq",
      sequenceName = "working_copy_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "item_id", nullable = false, updatable = false)
  private long itemId;

  @Column(name = "username", nullable = false, updatable = false, length = 64)
  private String username;

  @Column(name = "base_revision_id", nullable = false)
  private long baseRevisionId;

  @Column(name = "title", nullable = false, length = 400)
  private String title;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Column(name = "body", nullable = false, length = 1_000_000)
  private String body;

  @Column(name = "fields", nullable = false, length = 100_000)
  private String fieldsJson;

  @Column(name = "change_note", nullable = false, length = 400)
  private String changeNote = "";

  @Column(name = "saved_at", nullable = false)
  private OffsetDateTime savedAt;

  protected WorkingCopy() {
    // for JPA
  }

  WorkingCopy(long itemId, String username) {
    this.itemId = itemId;
    this.username = username;
  }

  void replace(long baseRevisionId, TypedForm typed, Instant at) {
    this.baseRevisionId = baseRevisionId;
    this.title = limit(typed.title(), 400);
    this.description = limit(typed.description(), 2000);
    this.body = typed.body() == null ? "" : typed.body();
    this.changeNote = limit(typed.changeNote(), 400);
    TreeMap<String, String> kept = new TreeMap<>();
    typed
        .fields()
        .forEach(
            (name, value) -> {
              if (value != null && !value.isBlank()) {
                kept.put(name, value);
              }
            });
    this.fieldsJson = FieldsJson.write(kept);
    this.savedAt = at.atOffset(ZoneOffset.UTC);
  }

  private static String limit(String text, int max) {
    String value = text == null ? "" : text;
    return value.length() > max ? value.substring(0, max) : value;
  }

  /**
   * Whether it holds the same text as {@code content} and no change note: then there is nothing
   * unsaved.
   */
  public boolean matches(RevisionContent content) {
    return changeNote().isBlank()
        && title.strip().equals(content.title())
        && description.strip().equals(content.description())
        && body.equals(content.body())
        && fields().equals(content.fields());
  }

  public long baseRevisionId() {
    return baseRevisionId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public String body() {
    return body;
  }

  public SortedMap<String, String> fields() {
    return FieldsJson.read(fieldsJson);
  }

  /** The change note typed for the revision to come; blank when none was. */
  public String changeNote() {
    return changeNote == null ? "" : changeNote;
  }

  /** The form exactly as it was kept. */
  public TypedForm form() {
    return new TypedForm(title, description, body, fields(), changeNote());
  }

  public Instant savedAt() {
    return savedAt.toInstant();
  }
}
