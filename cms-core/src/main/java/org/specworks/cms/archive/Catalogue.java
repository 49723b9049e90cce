package org.specworks.cms.archive;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables of the connected database as the archive sees them, read from its own catalogue
 * (information schema and JDBC metadata, the same on H2 and PostgreSQL): columns with their kinds,
 * primary keys, references, and the order in which rows can be inserted.
 */
final class Catalogue {

  /** The kinds of values the archive carries. */
  enum Kind {
    INTEGER,
    BOOLEAN,
    TEXT,
    TIMESTAMP,
    BINARY;

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Kind of(String id) {
      return valueOf(id.toUpperCase(Locale.ROOT));
    }
  }

  record Column(String name, Kind kind, boolean nullable) {}

  /**
   * One table: {@code references} maps each referencing column to the table it points to; {@code
   * deferred} are the nullable references to the table itself or to a table inserted later, which
   * are filled in once every row is in (a revision's base may be a revision with a higher id).
   */
  record Table(
      String name,
      List<Column> columns,
      List<String> primaryKey,
      Map<String, String> references,
      Set<String> deferred) {

    Column column(String name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
  }

  private final List<Table> tables;
  private final List<String> sequences;

  private Catalogue(List<Table> tables, List<String> sequences) {
    this.tables = tables;
    this.sequences = sequences;
  }

  /** The tables in an order that inserts every row after the rows it must refer to. */
  List<Table> tables() {
    return tables;
  }

  /** The sequences (lower case): each {@code <table>_seq} hands out that table's ids. */
  List<String> sequences() {
    return sequences;
  }

  static Catalogue read(Connection connection) throws SQLException {
    String schema = connection.getSchema();
    Map<String, String> actualNames = new TreeMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select table_name from information_schema.tables"
                + " where table_schema = ? and table_type in ('BASE TABLE', 'TABLE')")) {
      query.setString(1, schema);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String actual = rows.getString(1);
          String name = actual.toLowerCase(Locale.ROOT);
          if (!ArchiveFormat.NOT_EXPORTED.containsKey(name)) {
            actualNames.put(name, actual);
          }
        }
      }
    }
    Map<String, Table> unordered = new TreeMap<>();
    DatabaseMetaData meta = connection.getMetaData();
    for (Map.Entry<String, String> table : actualNames.entrySet()) {
      unordered.put(
          table.getKey(), table(connection, meta, schema, table.getKey(), table.getValue()));
    }
    return new Catalogue(inInsertOrder(unordered), sequences(connection, schema));
  }

  private static Table table(
      Connection connection, DatabaseMetaData meta, String schema, String name, String actual)
      throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select column_name, data_type, is_nullable from information_schema.columns"
                + " where table_schema = ? and table_name = ? order by ordinal_position")) {
      query.setString(1, schema);
      query.setString(2, actual);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String column = rows.getString(1).toLowerCase(Locale.ROOT);
          columns.add(
              new Column(
                  column,
                  kindOf(name, column, rows.getString(2)),
                  "YES".equalsIgnoreCase(rows.getString(3))));
        }
      }
    }
    Map<Short, String> keyColumns = new TreeMap<>();
    try (ResultSet rows = meta.getPrimaryKeys(null, schema, actual)) {
      while (rows.next()) {
        keyColumns.put(
            rows.getShort("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    if (keyColumns.isEmpty()) {
      throw new IllegalStateException(
          "Table " + name + " has no primary key: the archive cannot order or match its rows");
    }
    Map<String, String> references = new LinkedHashMap<>();
    try (ResultSet rows = meta.getImportedKeys(null, schema, actual)) {
      while (rows.next()) {
        references.put(
            rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
            rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return new Table(name, columns, List.copyOf(keyColumns.values()), references, Set.of());
  }

  /**
   * Maps the information schema's type names (PostgreSQL's and H2's) to a kind; any other type
   * stops the export, so a new column is never silently left out.
   */
  static Kind kindOf(String table, String column, String dataType) {
    String type = dataType.toLowerCase(Locale.ROOT);
    return switch (type) {
      case "bigint", "integer", "smallint", "tinyint" -> Kind.INTEGER;
      case "boolean" -> Kind.BOOLEAN;
      case "character varying", "varchar", "text", "character", "character large object", "clob" ->
          Kind.TEXT;
      case "timestamp with time zone" -> Kind.TIMESTAMP;
      case "bytea", "binary varying", "binary large object", "blob" -> Kind.BINARY;
      default ->
          throw new IllegalStateException(
              "Column "
                  + table
                  + "."
                  + column
                  + " has the type '"
                  + dataType
                  + "', which archive format "
                  + ArchiveFormat.VERSION
                  + " cannot carry: extend Catalogue.kindOf and the format");
    };
  }

  /**
   * Orders tables so each comes after those its required (not null) references point to; nullable
   * references that point back or to itself are deferred.
   */
  private static List<Table> inInsertOrder(Map<String, Table> unordered) {
    List<Table> ordered = new ArrayList<>();
    Set<String> placed = new TreeSet<>();
    while (ordered.size() < unordered.size()) {
      Table next = null;
      for (Table candidate : unordered.values()) {
        if (!placed.contains(candidate.name())
            && requiredTargets(candidate).stream()
                .allMatch(t -> t.equals(candidate.name()) || placed.contains(t))) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        throw new IllegalStateException(
            "Required references form a cycle among "
                + unordered.keySet().stream().filter(t -> !placed.contains(t)).toList());
      }
      placed.add(next.name());
      Set<String> deferred = new TreeSet<>();
      for (Map.Entry<String, String> reference : next.references().entrySet()) {
        if (!placed.contains(reference.getValue()) || reference.getValue().equals(next.name())) {
          if (!next.column(reference.getKey()).nullable()) {
            throw new IllegalStateException(
                "Required self-reference " + next.name() + "." + reference.getKey());
          }
          deferred.add(reference.getKey());
        }
      }
      ordered.add(
          new Table(
              next.name(),
              next.columns(),
              next.primaryKey(),
              next.references(),
              Set.copyOf(deferred)));
    }
    return List.copyOf(ordered);
  }

  private static Set<String> requiredTargets(Table table) {
    Set<String> targets = new TreeSet<>();
    table
        .references()
        .forEach(
            (column, target) -> {
              if (!table.column(column).nullable()) {
                targets.add(target);
              }
            });
    return targets;
  }

  private static List<String> sequences(Connection connection, String schema) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "select sequence_name from information_schema.sequences where sequence_schema = ?"
                + " order by sequence_name")) {
      query.setString(1, schema);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    return List.copyOf(names);
  }
}
