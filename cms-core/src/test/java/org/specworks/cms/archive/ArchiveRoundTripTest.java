package org.specworks.cms.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specworks.cms.archive.ArchiveLoader.Outcome;
import org.specworks.cms.archive.ArchiveWriter.Origin;

/**
 * Export and import on two in-memory H2 databases migrated by the real migrations: a fixture with
 * rows in every table goes out and comes back entry for entry; ids continue above the imported
 * ones; damaged archives, unknown versions and databases with content are refused with nothing
 * written. (The same round trip through two real CMS processes on PostgreSQL is {@code
 * ArchiveRoundTripIT} in cms-web.)
 */
class ArchiveRoundTripTest {

  @TempDir Path temp;

  private Connection source;
  private Connection target;

  @BeforeEach
  void twoDatabases() throws Exception {
    source = migratedDatabase();
    try (Statement statement = source.createStatement();
        InputStream fixture = getClass().getResourceAsStream("/archive/fixture.sql")) {
      for (String sql : new String(fixture.readAllBytes(), StandardCharsets.UTF_8).split(";\n")) {
        String withoutComments = sql.replaceAll("(?m)^--.*$", "").trim();
        if (!withoutComments.isEmpty()) {
          statement.execute(withoutComments);
        }
      }
    }
    target = migratedDatabase();
  }

  @AfterEach
  void close() throws SQLException {
    source.close();
    target.close();
  }

  @Test
  void theArchiveHoldsEveryTableOfTheDatabaseCatalogue() throws Exception {
    Set<String> catalogue = new TreeSet<>();
    try (ResultSet tables =
        source
            .getMetaData()
            .getTables(null, source.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
      while (tables.next()) {
        catalogue.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    assertTrue(catalogue.contains("revision"), "the catalogue was read: " + catalogue);
    catalogue.removeAll(ArchiveFormat.NOT_EXPORTED.keySet());

    Map<String, byte[]> archive = entries(export(source));

    Set<String> exported = new TreeSet<>();
    manifest(archive)
        .getJsonArray("tables")
        .getValuesAs(JsonObject.class)
        .forEach(table -> exported.add(table.getString("name")));
    assertEquals(catalogue, exported, "every table the migrations create is exported");
  }

  @Test
  void theFixtureFillsEveryExportedTable() throws Exception {
    JsonObject manifest = manifest(entries(export(source)));
    for (JsonObject table : manifest.getJsonArray("tables").getValuesAs(JsonObject.class)) {
      assertTrue(
          table.getInt("rows") > 0,
          table.getString("name")
              + " has no row in archive/fixture.sql, so the round trip would not prove it: add one");
    }
  }

  @Test
  void exportImportExportGivesTheSameArchiveEntryForEntry() throws Exception {
    Path a = export(source);
    assertEquals(Outcome.IMPORTED, Archives.importInto(target, a));
    Path b = export(target);

    Map<String, byte[]> first = entries(a);
    Map<String, byte[]> second = entries(b);
    assertEquals(
        hashesWithout(manifest(first), "tables/audit_entry.json"),
        hashesWithout(manifest(second), "tables/audit_entry.json"),
        "every table, Markdown body and document is the same after the round trip");
    List<JsonObject> before = rows(first, "audit_entry");
    List<JsonObject> after = rows(second, "audit_entry");
    assertEquals(before, after.subList(0, before.size()), "every audit entry came back as it was");
    assertEquals(before.size() + 1, after.size());
    assertEquals("archive.import", after.get(before.size()).getString("action"));

    String body =
        new String(second.get("content/omaspecworks/about/revision-1.md"), StandardCharsets.UTF_8);
    assertEquals("# About\n\nÜnïcode “quotes” and a tab\t.", body, "bodies are Markdown files");
    assertArrayEquals(
        bytes("255044462d312e340a2525454f460a00ff"),
        second.get(
            "documents/"
                + ArchiveWriter.sha256(bytes("255044462d312e340a2525454f460a00ff"))
                + ".pdf"),
        "documents are their bytes, named by their SHA-256");
    assertEquals(
        7L,
        single(target, "select base_revision_id from revision where id = 3"),
        "a reference to a higher id is restored");
  }

  @Test
  void newIdsAfterTheImportDoNotCollideWithImportedOnes() throws Exception {
    Archives.importInto(target, export(source));
    // EclipseLink reads one value per block of 50 and hands out the 50 ids ending with it.
    long next = single(target, "select next value for revision_seq");
    assertTrue(next - 49 > 60, "the next block (" + (next - 49) + "..) is above revision 60");
    long nextItem = single(target, "select next value for content_item_seq");
    assertTrue(nextItem - 49 > 51, "the next block of items is above item 51");
    long nextAudit = single(target, "select next value for audit_entry_seq");
    long maxAudit = single(target, "select max(id) from audit_entry");
    assertTrue(nextAudit - 49 > maxAudit, "audit ids continue above the import's own entry");
  }

  @Test
  void aDatabaseWithContentIsRefusedAndKeepsWhatItHad() throws Exception {
    Path archive = export(source);
    Map<String, Long> before = rowCounts(source);

    ArchiveRefusedException refused =
        assertThrows(ArchiveRefusedException.class, () -> Archives.importInto(source, archive));

    assertTrue(refused.getMessage().contains("already holds content"), refused.getMessage());
    assertEquals(before, rowCounts(source));
  }

  @Test
  void theSameArchiveAgainOnTheDatabaseItFilledChangesNothing() throws Exception {
    Path archive = export(source);
    Archives.importInto(target, archive);
    Map<String, Long> imported = rowCounts(target);

    assertEquals(Outcome.ALREADY_IMPORTED, Archives.importInto(target, archive));
    assertEquals(imported, rowCounts(target));
  }

  @Test
  void oneByteChangedInAnyFileIsRefusedAndNothingIsWritten() throws Exception {
    Path archive = export(source);
    for (String damaged :
        List.of(
            "tables/revision.json",
            "content/omaspecworks/about/revision-2.md",
            ArchiveFormat.MANIFEST)) {
      Path copy =
          rewrite(
              archive,
              damaged,
              bytes -> {
                byte[] changed = bytes.clone();
                changed[changed.length / 2] ^= 1;
                return changed;
              });

      ArchiveRefusedException refused =
          assertThrows(ArchiveRefusedException.class, () -> Archives.importInto(target, copy));

      assertTrue(refused.getMessage().contains("damaged"), damaged + ": " + refused.getMessage());
      assertEquals(0, rowCounts(target).values().stream().mapToLong(Long::longValue).sum());
    }
  }

  @Test
  void oneByteChangedInTheZipItselfIsRefusedAndNothingIsWritten() throws Exception {
    byte[] zip = Files.readAllBytes(export(source));
    for (int position : new int[] {zip.length / 3, zip.length / 2, zip.length * 2 / 3}) {
      byte[] changed = zip.clone();
      changed[position] ^= 0x10;
      Path copy = Files.write(temp.resolve("damaged-" + position + ".zip"), changed);

      assertThrows(ArchiveRefusedException.class, () -> Archives.importInto(target, copy));
      assertEquals(0, rowCounts(target).values().stream().mapToLong(Long::longValue).sum());
    }
  }

  @Test
  void anUnknownFormatVersionIsRefused() throws Exception {
    Path archive = export(source);
    Path newer =
        rewriteManifest(
            archive, text -> text.replace("\"format-version\":1", "\"format-version\":2"));

    ArchiveRefusedException refused =
        assertThrows(ArchiveRefusedException.class, () -> Archives.importInto(target, newer));

    assertEquals(
        "The archive has format version 2; this build reads format version 1 only",
        refused.getMessage());
    assertEquals(0, rowCounts(target).values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void anotherSchemaVersionIsRefused() throws Exception {
    Path archive = export(source);
    String current = manifest(entries(archive)).getString("schema-version");
    Path older =
        rewriteManifest(
            archive,
            text ->
                text.replace(
                    "\"schema-version\":\"" + current + "\"", "\"schema-version\":\"0.9\""));

    ArchiveRefusedException refused =
        assertThrows(ArchiveRefusedException.class, () -> Archives.importInto(target, older));

    assertTrue(refused.getMessage().contains("schema version 0.9"), refused.getMessage());
    assertEquals(0, rowCounts(target).values().stream().mapToLong(Long::longValue).sum());
  }

  // --- support

  private static Connection migratedDatabase() throws SQLException {
    String url = "jdbc:h2:mem:archive-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    return DriverManager.getConnection(url, "sa", "");
  }

  private Path export(Connection connection) throws Exception {
    Path file = Files.createTempFile(temp, "archive", ".zip");
    try (OutputStream out = Files.newOutputStream(file)) {
      Archives.export(connection, out, new Origin("tester", Instant.parse("2026-02-01T00:00:00Z")));
    }
    return file;
  }

  private static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        try (InputStream in = file.getInputStream(entry)) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  private static JsonObject manifest(Map<String, byte[]> entries) {
    return json(entries.get(ArchiveFormat.MANIFEST));
  }

  private static JsonObject json(byte[] bytes) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
      return reader.readObject();
    }
  }

  private static Map<String, String> hashesWithout(JsonObject manifest, String left) {
    Map<String, String> hashes = new TreeMap<>();
    manifest.getJsonObject("files").forEach((name, hash) -> hashes.put(name, hash.toString()));
    hashes.remove(left);
    return hashes;
  }

  private static List<JsonObject> rows(Map<String, byte[]> entries, String table) {
    return json(entries.get(ArchiveFormat.tableEntry(table)))
        .getJsonArray("rows")
        .getValuesAs(JsonObject.class);
  }

  private static long single(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (Catalogue.Table table : Catalogue.read(connection).tables()) {
      counts.put(table.name(), single(connection, "select count(*) from " + table.name()));
    }
    return counts;
  }

  private Path rewrite(Path archive, String name, UnaryOperator<byte[]> change) throws IOException {
    Path copy = Files.createTempFile(temp, "changed", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
      for (Map.Entry<String, byte[]> entry : entries(archive).entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getKey().equals(name) ? change.apply(entry.getValue()) : entry.getValue());
        out.closeEntry();
      }
    }
    return copy;
  }

  /**
   * Changes the manifest and writes its matching hash: a well-formed archive that says otherwise.
   */
  private Path rewriteManifest(Path archive, UnaryOperator<String> change) throws IOException {
    Map<String, byte[]> entries = entries(archive);
    byte[] manifest =
        change
            .apply(new String(entries.get(ArchiveFormat.MANIFEST), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8);
    Path withManifest = rewrite(archive, ArchiveFormat.MANIFEST, bytes -> manifest);
    return rewrite(
        withManifest,
        ArchiveFormat.MANIFEST_HASH,
        bytes -> (ArchiveWriter.sha256(manifest) + "\n").getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] bytes(String hex) {
    return java.util.HexFormat.of().parseHex(hex);
  }
}
