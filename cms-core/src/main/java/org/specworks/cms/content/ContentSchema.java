package org.specworks.cms.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of one content type: what its title, description and body mean (or that it has none),
 * and its structured fields. Validates a revision's content before it is stored.
 *
 * @param titleLabel what the title is called, e.g. "Question" for an FAQ entry
 * @param descriptionLabel what the description is called; empty if the type has none
 * @param bodyLabel what the Markdown body is called; empty if the type has none
 * @param bodyRequired whether an empty body is refused
 * @param fields the structured fields, in the order editors see them
 */
public record ContentSchema(
    String titleLabel,
    Optional<String> descriptionLabel,
    Optional<String> bodyLabel,
    boolean bodyRequired,
    List<FieldDefinition> fields) {

  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String BODY = "body";

  /** The width of the body column. */
  public static final int MAX_BODY = 1_000_000;

  /** The width of the description column. */
  public static final int MAX_DESCRIPTION = 2_000;

  public ContentSchema {
    fields = List.copyOf(fields);
  }

  public Optional<FieldDefinition> field(String name) {
    return fields.stream().filter(field -> field.name().equals(name)).findFirst();
  }

  /**
   * Every problem with {@code content}, keyed by field name ({@code title}, {@code body}, or a
   * field's name).
   */
  public Map<String, String> violations(RevisionContent content) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (content.title().length() > 400) {
      problems.put(TITLE, titleLabel + " has at most 400 characters.");
    }
    if (descriptionLabel.isEmpty() && !content.description().isEmpty()) {
      problems.put(DESCRIPTION, "This kind of content has no description.");
    }
    if (bodyLabel.isEmpty() && !content.body().isBlank()) {
      problems.put(BODY, "This kind of content has no body text.");
    }
    if (bodyRequired && content.body().isBlank()) {
      problems.put(BODY, bodyLabel.orElse("Body") + " is required.");
    }
    // The widths of the database columns: a longer value would fail at the write, which the save
    // would misreport as a concurrent change.
    if (content.description().length() > MAX_DESCRIPTION) {
      problems.put(
          DESCRIPTION,
          labelOf(DESCRIPTION)
              + " has at most "
              + MAX_DESCRIPTION
              + " characters; this one has "
              + content.description().length()
              + ".");
    }
    if (content.body().length() > MAX_BODY) {
      problems.put(
          BODY,
          bodyLabel.orElse("Body")
              + " has at most "
              + String.format(java.util.Locale.ROOT, "%,d", MAX_BODY)
              + " characters; this one has "
              + String.format(java.util.Locale.ROOT, "%,d", content.body().length())
              + ".");
    }
    for (FieldDefinition field : fields) {
      field
          .problemWith(content.fields().get(field.name()))
          .ifPresent(problem -> problems.put(field.name(), problem));
    }
    for (String name : content.fields().keySet()) {
      if (field(name).isEmpty()) {
        problems.put(name, "Unknown field '" + name + "' for this kind of content.");
      }
    }
    return problems;
  }

  /**
   * Every problem with what an editor typed, keyed as {@link #violations(RevisionContent)} keys
   * them, with one more that content itself can never have: a blank title ("Question is
   * required."). The other parts are checked all the same, so a form can show every problem at
   * once.
   */
  public Map<String, String> violations(ContentInput typed) {
    if (typed.hasTitle()) {
      return violations(typed.toContent());
    }
    Map<String, String> problems = new LinkedHashMap<>();
    problems.put(TITLE, titleLabel + " is required.");
    // Any title lets the content be built; none of the other checks looks at it.
    problems.putAll(violations(typed.titled(titleLabel).toContent()));
    return problems;
  }

  /**
   * The content {@code typed} makes.
   *
   * @throws ContentValidationException naming every problem, by field, if there is any
   */
  public RevisionContent contentOf(ContentInput typed) {
    Map<String, String> problems = violations(typed);
    if (!problems.isEmpty()) {
      throw new ContentValidationException(problems);
    }
    return typed.toContent();
  }

  /** The label of a field, or of title/description/body. */
  public String labelOf(String name) {
    return switch (name) {
      case TITLE -> titleLabel;
      case DESCRIPTION -> descriptionLabel.orElse("Description");
      case BODY -> bodyLabel.orElse("Body");
      default -> field(name).map(FieldDefinition::label).orElse(name);
    };
  }
}
