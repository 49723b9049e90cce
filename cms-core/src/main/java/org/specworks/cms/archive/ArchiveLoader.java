package org.specworks.cms.archive;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.specworks.cms.archive.Catalogue.Column;
import org.specworks.cms.archive.Catalogue.Kind;
import org.specworks.cms.archive.Catalogue.Table;

/**
 * Writes a verified archive's rows into an empty database on the caller's connection and
 * transaction: checks first (schema version, the same tables and columns, no content yet), then
 * inserts every row with its original id, fills in the deferred references, records the import in
 * the audit trail and moves every id sequence past the ids imported. The caller commits, or rolls
 * back on any exception.
 */
final class ArchiveLoader {

  /** What a call did. */
  enum Outcome {
    IMPORTED,
    /** The database already holds exactly this archive's import: nothing to do. */
    ALREADY_IMPORTED
  }

  static final String AUDIT_ACTION = "archive.import";

  private static final int BATCH = 500;
  private static final long BLOCK = 50;

  private final Connection connection;
  private final VerifiedArchive archive;

  private ArchiveLoader(Connection connection, VerifiedArchive archive) {
    this.connection = connection;
    this.archive = archive;
  }

  static Outcome load(Connection connection, VerifiedArchive archive, String archiveName)
      throws SQLException {
    return new ArchiveLoader(connection, archive).loadAll(archiveName);
  }

  private Outcome loadAll(String archiveName) throws SQLException {
    JsonObject manifest = archive.manifest();
    String archiveSchema = manifest.getString("schema-version", "?");
    String databaseSchema = SchemaVersion.of(connection);
    if (!archiveSchema.equals(databaseSchema)) {
      throw new ArchiveRefusedException(
          "The archive was written at schema version "
              + archiveSchema
              + " and this build's database is at version "
              + databaseSchema
              + ": import it with a build of the same version, then upgrade that one");
    }
    Catalogue catalogue = Catalogue.read(connection);
    Set<String> archived =
        manifest.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
            .map(t -> t.getString("name"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> present =
        catalogue.tables().stream().map(Table::name).collect(Collectors.toCollection(TreeSet::new));
    if (!archived.equals(present)) {
      throw new ArchiveRefusedException(
          "The archive holds the tables " + archived + " but the database has " + present);
    }
    String occupied = firstTableWithRows(catalogue);
    if (occupied != null) {
      if (alreadyImported()) {
        return Outcome.ALREADY_IMPORTED;
      }
      throw new ArchiveRefusedException(
          "The database already holds content (table "
              + occupied
              + " has rows): an archive is imported only into an empty database");
    }
    Map<String, List<Object[]>> deferred = new LinkedHashMap<>();
    long rows = 0;
    for (Table table : catalogue.tables()) {
      rows += insert(table, deferred);
    }
    for (Table table : catalogue.tables()) {
      fillDeferred(table, deferred.getOrDefault(table.name(), List.of()));
    }
    recordImport(archiveName, rows, catalogue.tables().size());
    restartSequences(catalogue);
    return Outcome.IMPORTED;
  }

  private String firstTableWithRows(Catalogue catalogue) throws SQLException {
    for (Table table : catalogue.tables()) {
      try (Statement statement = connection.createStatement();
          ResultSet any = statement.executeQuery("select count(*) from " + table.name())) {
        any.next();
        if (any.getLong(1) > 0) {
          return table.name();
        }
      }
    }
    return null;
  }

  private boolean alreadyImported() throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select count(*) from audit_entry where action = ? and detail like ?")) {
      query.setString(1, AUDIT_ACTION);
      query.setString(2, "%" + archive.manifestSha256() + "%");
      try (ResultSet found = query.executeQuery()) {
        found.next();
        return found.getLong(1) > 0;
      }
    }
  }

  private int insert(Table table, Map<String, List<Object[]>> deferred) throws SQLException {
    JsonObject data = archive.json(ArchiveFormat.tableEntry(table.name()));
    checkColumns(table, data.getJsonArray("columns"));
    List<Column> columns = table.columns();
    String sql =
        "insert into "
            + table.name()
            + " ("
            + columns.stream().map(Column::name).collect(Collectors.joining(", "))
            + ") values ("
            + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
            + ")";
    int count = 0;
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (JsonObject row : data.getJsonArray("rows").getValuesAs(JsonObject.class)) {
        for (int i = 0; i < columns.size(); i++) {
          Column column = columns.get(i);
          JsonValue value = row.get(column.name());
          if (value == null) {
            throw new ArchiveRefusedException(
                table.name() + " has a row without " + column.name() + ": " + row);
          }
          if (table.deferred().contains(column.name()) && value != JsonValue.NULL) {
            List<Object[]> later = deferred.computeIfAbsent(table.name(), t -> new ArrayList<>());
            Object[] update = new Object[table.primaryKey().size() + 2];
            update[0] = column.name();
            update[1] = ((JsonNumber) value).longValue();
            for (int k = 0; k < table.primaryKey().size(); k++) {
              update[k + 2] = row.get(table.primaryKey().get(k));
            }
            later.add(update);
            value = JsonValue.NULL;
          }
          bind(insert, i + 1, column, value);
        }
        insert.addBatch();
        if (++count % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    return count;
  }

  private static void checkColumns(Table table, JsonArray archived) {
    List<String> archivedColumns =
        archived.getValuesAs(JsonObject.class).stream()
            .map(c -> c.getString("name") + " " + c.getString("kind"))
            .sorted()
            .toList();
    List<String> databaseColumns =
        table.columns().stream().map(c -> c.name() + " " + c.kind().id()).sorted().toList();
    if (!archivedColumns.equals(databaseColumns)) {
      throw new ArchiveRefusedException(
          "Table "
              + table.name()
              + " has the columns "
              + archivedColumns
              + " in the archive but "
              + databaseColumns
              + " in the database");
    }
  }

  private void bind(PreparedStatement statement, int index, Column column, JsonValue value)
      throws SQLException {
    if (value == JsonValue.NULL) {
      statement.setNull(index, sqlType(column.kind()));
      return;
    }
    if (value instanceof JsonObject reference) {
      byte[] bytes = archive.bytes(reference.getString("file"));
      if (column.kind() == Kind.BINARY) {
        statement.setBytes(index, bytes);
      } else {
        statement.setString(index, new String(bytes, StandardCharsets.UTF_8));
      }
      return;
    }
    switch (column.kind()) {
      case INTEGER -> statement.setLong(index, ((JsonNumber) value).longValueExact());
      case BOOLEAN -> statement.setBoolean(index, value == JsonValue.TRUE);
      case TEXT -> statement.setString(index, ((JsonString) value).getString());
      case TIMESTAMP ->
          statement.setObject(
              index,
              OffsetDateTime.ofInstant(
                  Instant.parse(((JsonString) value).getString()), ZoneOffset.UTC));
      case BINARY ->
          throw new ArchiveRefusedException(column.name() + " must refer to a file in the archive");
    }
  }

  private static int sqlType(Kind kind) {
    return switch (kind) {
      case INTEGER -> Types.BIGINT;
      case BOOLEAN -> Types.BOOLEAN;
      case TEXT -> Types.VARCHAR;
      case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
      case BINARY -> Types.BINARY;
    };
  }

  private void fillDeferred(Table table, List<Object[]> updates) throws SQLException {
    Map<String, List<Object[]>> byColumn =
        updates.stream().collect(Collectors.groupingBy(u -> (String) u[0]));
    for (Map.Entry<String, List<Object[]>> column : byColumn.entrySet()) {
      String sql =
          "update "
              + table.name()
              + " set "
              + column.getKey()
              + " = ? where "
              + table.primaryKey().stream()
                  .map(k -> k + " = ?")
                  .collect(Collectors.joining(" and "));
      try (PreparedStatement update = connection.prepareStatement(sql)) {
        int count = 0;
        for (Object[] values : column.getValue()) {
          update.setLong(1, (Long) values[1]);
          for (int k = 0; k < table.primaryKey().size(); k++) {
            bind(update, k + 2, table.column(table.primaryKey().get(k)), (JsonValue) values[k + 2]);
          }
          update.addBatch();
          if (++count % BATCH == 0) {
            update.executeBatch();
          }
        }
        update.executeBatch();
      }
    }
  }

  private void recordImport(String archiveName, long rows, int tables) throws SQLException {
    JsonObject manifest = archive.manifest();
    long id;
    try (Statement statement = connection.createStatement();
        ResultSet max = statement.executeQuery("select coalesce(max(id), 0) from audit_entry")) {
      max.next();
      id = max.getLong(1) + 1;
    }
    String detail =
        "Imported the archive "
            + archiveName
            + " (manifest SHA-256 "
            + archive.manifestSha256()
            + "): "
            + rows
            + " rows in "
            + tables
            + " tables, exported "
            + manifest.getString("exported-at", "?")
            + " by "
            + manifest.getString("exported-by", "?")
            + " from "
            + manifest.getString("database", "?");
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into audit_entry (id, occurred_at, actor, action, detail) values (?, ?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      insert.setString(3, "system");
      insert.setString(4, AUDIT_ACTION);
      insert.setString(5, detail.length() > 4000 ? detail.substring(0, 4000) : detail);
      insert.executeUpdate();
    }
  }

  /**
   * Moves each {@code <table>_seq} so the next block of ids EclipseLink takes from it (the value
   * read is the last of a block of 50) starts above every id imported.
   */
  private void restartSequences(Catalogue catalogue) throws SQLException {
    Set<String> tables = catalogue.tables().stream().map(Table::name).collect(Collectors.toSet());
    for (String sequence : catalogue.sequences()) {
      String table = sequence.endsWith("_seq") ? sequence.substring(0, sequence.length() - 4) : "";
      if (!tables.contains(table)) {
        throw new ArchiveRefusedException(
            "The sequence " + sequence + " belongs to no table: cannot restore its value");
      }
      long max;
      try (Statement statement = connection.createStatement();
          ResultSet found = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
        found.next();
        max = found.getLong(1);
      }
      long restart = (max / BLOCK + 2) * BLOCK;
      try (Statement statement = connection.createStatement()) {
        statement.execute("alter sequence " + sequence + " restart with " + restart);
      }
    }
  }
}
