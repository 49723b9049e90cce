package org.specworks.cms.content;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * One structured field of a content type.
 *
 * @param name key in the revision's fields, e.g. {@code effectiveDate}
 * @param label what editors see
 * @param kind how the value is checked
 * @param required whether a revision without it is refused
 * @param choices the allowed values of a {@link FieldKind#CHOICE} field
 * @param input how an editor gives the value
 */
public record FieldDefinition(
    String name,
    String label,
    FieldKind kind,
    boolean required,
    List<String> choices,
    Input input) {

  /** How an editor gives a field's value. */
  public enum Input {
    /** Typed, or chosen from {@link #choices()}. */
    TYPED,
    /** A fact of the uploaded file, written by the upload only: shown, never typed. */
    UPLOAD,
    /** The path of a policy chosen from those on the site ({@code agreements.AgreementService}). */
    LIVE_POLICY
  }

  public FieldDefinition {
    choices = List.copyOf(choices);
  }

  static FieldDefinition of(String name, String label, FieldKind kind, boolean required) {
    return new FieldDefinition(name, label, kind, required, List.of(), Input.TYPED);
  }

  static FieldDefinition choice(String name, String label, boolean required, String... choices) {
    return new FieldDefinition(
        name, label, FieldKind.CHOICE, required, List.of(choices), Input.TYPED);
  }

  /** A fact of the uploaded file ({@code documents.DocumentFiles} fills it). */
  static FieldDefinition uploadFact(String name, String label, FieldKind kind) {
    return new FieldDefinition(name, label, kind, false, List.of(), Input.UPLOAD);
  }

  /** A policy's path, chosen from the live policies. */
  static FieldDefinition livePolicy(String name, String label) {
    return new FieldDefinition(name, label, FieldKind.PATH, false, List.of(), Input.LIVE_POLICY);
  }

  /** Whether editors type or choose this field's value (not an upload's fact). */
  public boolean editable() {
    return input != Input.UPLOAD;
  }

  /**
   * Why {@code value} does not fit this field, or empty if it does. A blank value is checked only
   * for presence.
   */
  public Optional<String> problemWith(String value) {
    if (value == null || value.isBlank()) {
      return required ? Optional.of(label + " is required.") : Optional.empty();
    }
    return switch (kind) {
      case TEXT ->
          value.length() > 2000
              ? Optional.of(label + " has at most 2000 characters.")
              : Optional.empty();
      case INTEGER ->
          isInteger(value) ? Optional.empty() : Optional.of(label + " must be a whole number.");
      case DATE ->
          isDate(value)
              ? Optional.empty()
              : Optional.of(label + " must be a date like 2018-02-01.");
      case CHOICE ->
          choices.contains(value)
              ? Optional.empty()
              : Optional.of(label + " must be one of " + String.join(", ", choices) + ".");
      case PATH ->
          isPath(value)
              ? Optional.empty()
              : Optional.of(label + " must be a path like /documents/faq.");
      case URL ->
          isUrl(value)
              ? Optional.empty()
              : Optional.of(label + " must be an http(s) or mailto address.");
    };
  }

  private static boolean isInteger(String value) {
    try {
      Integer.parseInt(value.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value.strip());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isPath(String value) {
    return ContentPath.parse(value).isPresent();
  }

  private static boolean isUrl(String value) {
    try {
      URI uri = new URI(value.strip());
      String scheme =
          uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      return switch (scheme) {
        case "http", "https" -> uri.getHost() != null;
        case "mailto" -> uri.getSchemeSpecificPart().contains("@");
        default -> false;
      };
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
