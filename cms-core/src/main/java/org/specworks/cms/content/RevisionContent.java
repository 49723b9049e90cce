package org.specworks.cms.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.specworks.cms.shared.ContentHash;

/**
 * What a revision says: the editable content of an item at one point in its history. A value, never
 * mutated. Title, description and the Markdown body are common to all types; the rest are named
 * structured fields kept as canonical JSON (sorted keys), so equal content always has an equal
 * hash.
 */
@Embeddable
public class RevisionContent implements Serializable {

  private static final long serialVersionUID = 1L;

  @Column(name = "title", nullable = false, updatable = false, length = 400)
  private String title;

  @Column(name = "description", nullable = false, updatable = false, length = 2000)
  private String description;

  @Column(name = "body", nullable = false, updatable = false, length = 1_000_000)
  private String body;

  @Column(name = "fields", nullable = false, updatable = false, length = 100_000)
  private String fieldsJson;

  @Transient private SortedMap<String, String> fields;

  protected RevisionContent() {
    // for JPA
  }

  public RevisionContent(String title, String description, String body) {
    this(title, description, body, Map.of());
  }

  public RevisionContent(
      String title, String description, String body, Map<String, String> fields) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A title is required");
    }
    this.title = title.strip();
    this.description = description == null ? "" : description.strip();
    this.body = body == null ? "" : body;
    this.fields = new TreeMap<>();
    fields.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            this.fields.put(name, value.strip());
          }
        });
    this.fieldsJson = FieldsJson.write(this.fields);
  }

  public String title() {
    return title;
  }

  /** The short summary; empty when there is none. */
  public String description() {
    return description;
  }

  /** The Markdown source; empty for types without a body. */
  public String body() {
    return body;
  }

  /** The structured fields by name, sorted; blank values are never stored. */
  public SortedMap<String, String> fields() {
    if (fields == null) {
      fields = FieldsJson.read(fieldsJson);
    }
    return Collections.unmodifiableSortedMap(fields);
  }

  /** A field's value, or empty text. */
  public String field(String name) {
    return fields().getOrDefault(name, "");
  }

  /** Every part by name, title/description/body included: what diffs compare. */
  public SortedMap<String, String> allParts() {
    SortedMap<String, String> parts = new TreeMap<>(fields());
    parts.put(ContentSchema.TITLE, title);
    parts.put(ContentSchema.DESCRIPTION, description);
    parts.put(ContentSchema.BODY, body);
    return parts;
  }

  /** Identifies this exact content: equal content, equal hash. */
  public String hash() {
    return ContentHash.of(title, description, body, fieldsJson);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RevisionContent that
        && title.equals(that.title)
        && description.equals(that.description)
        && body.equals(that.body)
        && fields().equals(that.fields());
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, description, body, fields());
  }
}
