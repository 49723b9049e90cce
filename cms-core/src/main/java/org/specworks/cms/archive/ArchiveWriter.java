package org.specworks.cms.archive;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.specworks.cms.archive.Catalogue.Column;
import org.specworks.cms.archive.Catalogue.Kind;
import org.specworks.cms.archive.Catalogue.Table;

/**
 * Writes the archive ({@link ArchiveFormat}) of everything the connection sees. The caller gives a
 * connection in a snapshot (repeatable-read) transaction, so the tables, bodies and files agree
 * with each other while others keep working.
 */
final class ArchiveWriter {

  /** Who asked and when: goes into the manifest. */
  record Origin(String exportedBy, Instant exportedAt) {}

  /** What was written: the manifest's own SHA-256 and the rows per table. */
  record Written(String manifestSha256, Map<String, Integer> rows) {}

  private final Connection connection;
  private final ZipOutputStream zip;
  private final Map<String, String> hashes = new TreeMap<>();

  private ArchiveWriter(Connection connection, OutputStream out) {
    this.connection = connection;
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
  }

  static Written write(Connection connection, OutputStream out, Origin origin)
      throws SQLException, IOException {
    ArchiveWriter writer = new ArchiveWriter(connection, out);
    return writer.writeAll(origin);
  }

  private Written writeAll(Origin origin) throws SQLException, IOException {
    Catalogue catalogue = Catalogue.read(connection);
    Map<String, Integer> rows = new TreeMap<>();
    JsonArrayBuilder tables = Json.createArrayBuilder();
    for (Table table : catalogue.tables()) {
      Map<String, Map<String, JsonValue>> inFiles = writeFilesOf(table);
      int count = writeTable(table, inFiles);
      rows.put(table.name(), count);
      tables.add(
          Json.createObjectBuilder()
              .add("name", table.name())
              .add("file", ArchiveFormat.tableEntry(table.name()))
              .add("rows", count));
    }
    JsonObjectBuilder files = Json.createObjectBuilder();
    hashes.forEach(files::add);
    String manifest =
        Json.createObjectBuilder()
                .add("format-version", ArchiveFormat.VERSION)
                .add("application", "SpecWorks CMS")
                .add("schema-version", SchemaVersion.of(connection))
                .add("exported-at", origin.exportedAt().toString())
                .add("exported-by", origin.exportedBy())
                .add("database", connection.getMetaData().getDatabaseProductName())
                .add("tables", tables)
                .add("files", files)
                .build()
                .toString()
            + "\n";
    byte[] manifestBytes = manifest.getBytes(StandardCharsets.UTF_8);
    zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST));
    zip.write(manifestBytes);
    zip.closeEntry();
    String manifestHash = sha256(manifestBytes);
    zip.putNextEntry(new ZipEntry(ArchiveFormat.MANIFEST_HASH));
    zip.write((manifestHash + "\n").getBytes(StandardCharsets.US_ASCII));
    zip.closeEntry();
    zip.finish();
    return new Written(manifestHash, rows);
  }

  /**
   * Writes the table's values that live in files of their own (Markdown bodies, uploaded bytes) and
   * returns, per row key, the reference each column's value becomes in the table's JSON.
   */
  private Map<String, Map<String, JsonValue>> writeFilesOf(Table table)
      throws SQLException, IOException {
    List<String> columns = new ArrayList<>();
    for (Column column : table.columns()) {
      if (column.kind() == Kind.BINARY
          || column.name().equals(ArchiveFormat.TEXT_IN_FILES.get(table.name()))) {
        columns.add(column.name());
      }
    }
    Map<String, Map<String, JsonValue>> references = new HashMap<>();
    if (columns.isEmpty()) {
      return references;
    }
    Map<Long, String> itemPaths = table.name().equals("revision") ? itemPaths() : Map.of();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from " + table.name() + orderBy(table))) {
      while (rows.next()) {
        Map<String, JsonValue> row = new HashMap<>();
        for (String column : columns) {
          String entry;
          byte[] bytes;
          if (table.column(column).kind() == Kind.BINARY) {
            bytes = rows.getBytes(column);
            if (bytes == null) {
              continue;
            }
            String hash = sha256(bytes);
            entry = "documents/" + hash + (isPdf(bytes) ? ".pdf" : ".bin");
          } else {
            String text = rows.getString(column);
            if (text == null) {
              continue;
            }
            bytes = text.getBytes(StandardCharsets.UTF_8);
            entry =
                "content"
                    + itemPaths.get(rows.getLong("item_id"))
                    + "/revision-"
                    + rows.getInt("number")
                    + ".md";
          }
          if (!hashes.containsKey(entry)) {
            writeEntry(entry, bytes);
          }
          row.put(column, Json.createObjectBuilder().add("file", entry).build());
        }
        references.put(key(table, rows), row);
      }
    }
    return references;
  }

  private Map<Long, String> itemPaths() throws SQLException {
    Map<Long, String> paths = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select id, path from content_item")) {
      while (rows.next()) {
        paths.put(rows.getLong(1), rows.getString(2));
      }
    }
    return paths;
  }

  private int writeTable(Table table, Map<String, Map<String, JsonValue>> inFiles)
      throws SQLException, IOException {
    zip.putNextEntry(new ZipEntry(ArchiveFormat.tableEntry(table.name())));
    MessageDigest digest = newDigest();
    OutputStream out = new DigestOutputStream(new Unclosable(zip), digest);
    JsonArrayBuilder columns = Json.createArrayBuilder();
    for (Column column : table.columns()) {
      columns.add(
          Json.createObjectBuilder()
              .add("name", column.name())
              .add("kind", column.kind().id())
              .add("nullable", column.nullable()));
    }
    String head =
        "{\"table\":"
            + Json.createValue(table.name())
            + ",\"primary-key\":"
            + Json.createArrayBuilder(table.primaryKey()).build()
            + ",\"columns\":"
            + columns.build()
            + ",\"rows\":[";
    out.write(head.getBytes(StandardCharsets.UTF_8));
    int count = 0;
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select "
                    + table.columns().stream()
                        .filter(c -> !isInFile(table, c))
                        .map(Column::name)
                        .collect(Collectors.joining(", "))
                    + " from "
                    + table.name()
                    + orderBy(table))) {
      while (rows.next()) {
        Map<String, JsonValue> fileValues = inFiles.getOrDefault(key(table, rows), Map.of());
        JsonObjectBuilder row = Json.createObjectBuilder();
        for (Column column : table.columns()) {
          row.add(
              column.name(),
              isInFile(table, column)
                  ? fileValues.getOrDefault(column.name(), JsonValue.NULL)
                  : value(rows, column));
        }
        out.write(((count == 0 ? "\n" : ",\n") + row.build()).getBytes(StandardCharsets.UTF_8));
        count++;
      }
    }
    out.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
    zip.closeEntry();
    hashes.put(ArchiveFormat.tableEntry(table.name()), HexFormat.of().formatHex(digest.digest()));
    return count;
  }

  private static boolean isInFile(Table table, Column column) {
    return column.kind() == Kind.BINARY
        || column.name().equals(ArchiveFormat.TEXT_IN_FILES.get(table.name()));
  }

  private static JsonValue value(ResultSet rows, Column column) throws SQLException {
    switch (column.kind()) {
      case INTEGER -> {
        long value = rows.getLong(column.name());
        return rows.wasNull() ? JsonValue.NULL : Json.createValue(value);
      }
      case BOOLEAN -> {
        boolean value = rows.getBoolean(column.name());
        return rows.wasNull() ? JsonValue.NULL : value ? JsonValue.TRUE : JsonValue.FALSE;
      }
      case TEXT -> {
        String value = rows.getString(column.name());
        return value == null ? JsonValue.NULL : Json.createValue(value);
      }
      case TIMESTAMP -> {
        OffsetDateTime value = rows.getObject(column.name(), OffsetDateTime.class);
        return value == null
            ? JsonValue.NULL
            : Json.createValue(value.toInstant().truncatedTo(ChronoUnit.MICROS).toString());
      }
      default -> throw new IllegalStateException("not inline: " + column);
    }
  }

  /** The row's primary key values, joined: matches a table's file references to its rows. */
  private static String key(Table table, ResultSet rows) throws SQLException {
    StringBuilder key = new StringBuilder();
    for (String column : table.primaryKey()) {
      key.append(rows.getString(column)).append('\u0000');
    }
    return key.toString();
  }

  private static String orderBy(Table table) {
    return " order by " + String.join(", ", table.primaryKey());
  }

  private void writeEntry(String name, byte[] bytes) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
    hashes.put(name, sha256(bytes));
  }

  private static boolean isPdf(byte[] bytes) {
    return bytes.length >= 5
        && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(newDigest().digest(bytes));
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** Lets a table's writer flush without closing the zip entry under it. */
  private static final class Unclosable extends FilterOutputStream {
    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
