package org.specworks.cms.archive;

import java.util.Map;

/**
 * Format version 1 of the archive: a zip holding
 *
 * <ul>
 *   <li>{@code manifest.json}: {@code format-version} (1), {@code schema-version} (the newest
 *       Flyway migration applied where it was written: an archive is imported by a build of the
 *       same schema), {@code exported-at}, {@code exported-by}, {@code database}, {@code tables}
 *       (in import order: a table comes after every table its required references point to, each
 *       with its file and row count) and {@code files}, the SHA-256 (hex) of every other entry;
 *   <li>{@code manifest.json.sha256}: the SHA-256 of {@code manifest.json};
 *   <li>{@code tables/<table>.json}: {@code {"table": …, "primary-key": [column…], "columns":
 *       [{"name", "kind", "nullable"}…], "rows": [{column: value}…]}}, rows ordered by primary key,
 *       one a line. Kinds: {@code integer} (JSON number), {@code boolean}, {@code text} (string),
 *       {@code timestamp} (an ISO-8601 instant in UTC, to the microsecond), {@code binary}. A value
 *       kept in its own file is {@code {"file": "<entry name>"}}; {@code null} is JSON null;
 *   <li>{@code content/<item path>/revision-<number>.md}: every revision's Markdown body (UTF-8);
 *   <li>{@code documents/<sha256>.pdf}: every uploaded file's bytes, named by their SHA-256 ({@code
 *       .bin} for bytes that are not a PDF).
 * </ul>
 *
 * <p>Every table the migrations create is in it, except those in {@link #NOT_EXPORTED}.
 */
public final class ArchiveFormat {

  /** The version this build writes and the only one it reads. */
  public static final int VERSION = 1;

  public static final String MANIFEST = "manifest.json";

  /** The manifest's own SHA-256 (hex, one line), so no byte of the archive goes unchecked. */
  public static final String MANIFEST_HASH = "manifest.json.sha256";

  /** Tables left out, each with the reason. */
  public static final Map<String, String> NOT_EXPORTED =
      Map.of(
          "flyway_schema_history",
          "written by the migrations of the importing build, which must be at the archive's"
              + " schema version");

  /** Text columns written as files of their own (Markdown bodies), by table. */
  static final Map<String, String> TEXT_IN_FILES = Map.of("revision", "body");

  private ArchiveFormat() {}

  static String tableEntry(String table) {
    return "tables/" + table + ".json";
  }
}
