package org.specworks.cms.lists;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.FieldDefinition;
import org.specworks.cms.content.RevisionContent;

/**
 * What a list's CSV file holds and how its rows become items: the columns (the first is the item's
 * title, the others are fields of the type's schema with the same names), what identifies a row,
 * and where a new item goes.
 */
public enum ListFormat {

  /**
   * The trademark list: a mark is its designation and its form (SyncML is a word mark and a logo).
   */
  TRADEMARK(
      ContentType.TRADEMARK,
      "trademark",
      "trademarks",
      List.of("designation", "form", "symbol", "position"),
      "designation and form",
      "mark") {
    @Override
    String normalised(String column, String value, int place) {
      return switch (column) {
        case "form" -> value.toLowerCase(Locale.ROOT);
        case "symbol" -> value.equalsIgnoreCase("none") ? "none" : value;
        case "position" -> value.isEmpty() ? Integer.toString(place) : canonicalNumber(value);
        default -> value;
      };
    }

    @Override
    List<String> keyColumns() {
      return List.of("designation", "form");
    }

    @Override
    String pathFor(Map<String, String> values) {
      return ListPaths.trademarkPath(values.get("designation"), values.get("form"));
    }

    @Override
    public String label(Function<String, String> value) {
      return value.apply("designation") + " (" + value.apply("form") + ")";
    }
  },

  /**
   * The IPR declarations of both lists: a declaration is its declarant, its list and the
   * specification it is about; new ones go below the list's public page ({@code
   * …/ipr/member-declarations}), which shows the live ones.
   */
  IPR_DECLARATION(
      ContentType.IPR_DECLARATION,
      "IPR declaration",
      "IPR declarations",
      List.of("declarant", "list", "specification", "declaredOn", "document"),
      "declarant, list and specification",
      "declaration") {
    @Override
    String normalised(String column, String value, int place) {
      return column.equals("list") ? value.toLowerCase(Locale.ROOT) : value;
    }

    @Override
    List<String> keyColumns() {
      return List.of("declarant", "list", "specification");
    }

    @Override
    String pathFor(Map<String, String> values) {
      return ListPaths.declarationPath(
          values.get("declarant"), values.get("list"), values.get("specification"));
    }

    @Override
    public String label(Function<String, String> value) {
      return value.apply("declarant")
          + " — "
          + value.apply("specification")
          + " ("
          + value.apply("list")
          + ")";
    }
  };

  private final ContentType type;
  private final String noun;
  private final String plural;
  private final List<String> columns;
  private final String keyDescription;
  private final String rowNoun;

  ListFormat(
      ContentType type,
      String noun,
      String plural,
      List<String> columns,
      String keyDescription,
      String rowNoun) {
    this.type = type;
    this.noun = noun;
    this.plural = plural;
    this.columns = List.copyOf(columns);
    this.keyDescription = keyDescription;
    this.rowNoun = rowNoun;
  }

  public static ListFormat of(ContentType type) {
    for (ListFormat format : values()) {
      if (format.type == type) {
        return format;
      }
    }
    throw new IllegalArgumentException(type.label() + " has no list import.");
  }

  /**
   * A value as the file gave it (stripped), made canonical: choices in lower case, a blank position
   * filled in.
   */
  abstract String normalised(String column, String value, int place);

  /** The columns whose values, ignoring case, identify a row. */
  abstract List<String> keyColumns();

  /** The path the seed's conventions give a new item; the caller adds a suffix if it is taken. */
  abstract String pathFor(Map<String, String> values);

  /** How a row is named in the preview and in messages, from its values by column. */
  public abstract String label(Function<String, String> value);

  public ContentType type() {
    return type;
  }

  /**
   * The header of a file, in the order the columns are documented (a file may order them as it
   * likes).
   */
  public List<String> columns() {
    return columns;
  }

  public String header() {
    return String.join(",", columns);
  }

  /** The column that holds the item's title (designation, declarant). */
  public String titleColumn() {
    return columns.get(0);
  }

  /** The schema's field behind a column other than the title. */
  public FieldDefinition field(String column) {
    return type.schema().field(column).orElseThrow();
  }

  /** What a column is called on screen: the title's or the field's label. */
  public String labelOf(String column) {
    return column.equals(titleColumn()) ? type.schema().titleLabel() : field(column).label();
  }

  public String noun() {
    return noun;
  }

  public String plural() {
    return plural;
  }

  /** e.g. "The same designation and form as line 3: each mark appears once." */
  String duplicateError(int firstLine) {
    return "The same "
        + keyDescription
        + " as line "
        + firstLine
        + ": each "
        + rowNoun
        + " appears once.";
  }

  /**
   * Identifies a row or an item by its key columns, ignoring case; {@code value} gives a column's
   * value.
   */
  String key(Function<String, String> value) {
    StringBuilder key = new StringBuilder();
    for (String column : keyColumns()) {
      key.append(value.apply(column).strip().toLowerCase(Locale.ROOT)).append('\u0000');
    }
    return key.toString();
  }

  /**
   * An existing item's values by column: its title and its fields, as a row of the file would give
   * them.
   */
  Map<String, String> valuesOf(ListEntry entry) {
    Map<String, String> values = new java.util.LinkedHashMap<>();
    for (String column : columns) {
      values.put(column, column.equals(titleColumn()) ? entry.title() : entry.field(column));
    }
    return values;
  }

  /**
   * "05" as 5, so it matches the 5 an item has; what is not a number is left for the field's check.
   */
  private static String canonicalNumber(String value) {
    try {
      return Integer.toString(Integer.parseInt(value));
    } catch (NumberFormatException notANumber) {
      return value;
    }
  }

  /** A row's values as an item's content: the title column is the title, the rest are fields. */
  RevisionContent contentOf(Map<String, String> values) {
    Map<String, String> fields = new java.util.LinkedHashMap<>(values);
    String title = fields.remove(titleColumn());
    return new RevisionContent(title, "", "", fields);
  }
}
