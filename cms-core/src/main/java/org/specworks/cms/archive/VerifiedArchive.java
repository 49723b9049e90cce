package org.specworks.cms.archive;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An archive whose every entry matched the manifest's SHA-256 when it was opened: nothing is read
 * from an archive before all of it is checked. Reading an entry checks its hash again.
 */
final class VerifiedArchive implements AutoCloseable {

  private final ZipFile zip;
  private final JsonObject manifest;
  private final String manifestSha256;
  private final Map<String, String> hashes;

  private VerifiedArchive(
      ZipFile zip, JsonObject manifest, String manifestSha256, Map<String, String> hashes) {
    this.zip = zip;
    this.manifest = manifest;
    this.manifestSha256 = manifestSha256;
    this.hashes = hashes;
  }

  /** Opens and checks the archive; refuses a damaged one or one of an unknown format version. */
  static VerifiedArchive open(Path file) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ArchiveRefusedException(
          "The archive " + file + " cannot be read as a zip file (" + e.getMessage() + ")", e);
    }
    try {
      return check(zip, file);
    } catch (RuntimeException refused) {
      closeQuietly(zip);
      throw refused;
    }
  }

  private static VerifiedArchive check(ZipFile zip, Path file) {
    byte[] manifestBytes = read(zip, ArchiveFormat.MANIFEST, file);
    String manifestHash =
        new String(read(zip, ArchiveFormat.MANIFEST_HASH, file), StandardCharsets.US_ASCII).trim();
    if (!ArchiveWriter.sha256(manifestBytes).equals(manifestHash)) {
      throw new ArchiveRefusedException(
          "The archive is damaged: its manifest does not match " + ArchiveFormat.MANIFEST_HASH);
    }
    JsonObject manifest;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(manifestBytes))) {
      manifest = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new ArchiveRefusedException(
          "The archive's manifest is damaged: it is not a JSON object (" + e.getMessage() + ")", e);
    }
    JsonValue version = manifest.get("format-version");
    if (!(version instanceof JsonNumber number)
        || !number.isIntegral()
        || number.intValue() != ArchiveFormat.VERSION) {
      throw new ArchiveRefusedException(
          "The archive has format version "
              + version
              + "; this build reads format version "
              + ArchiveFormat.VERSION
              + " only");
    }
    Map<String, String> hashes = new TreeMap<>();
    try {
      manifest
          .getJsonObject("files")
          .forEach((name, hash) -> hashes.put(name, ((JsonString) hash).getString()));
    } catch (RuntimeException e) {
      throw new ArchiveRefusedException("The archive's manifest lists no valid files", e);
    }
    Set<String> present = new TreeSet<>();
    for (ZipEntry entry : Collections.list(zip.entries())) {
      if (!entry.isDirectory()
          && !entry.getName().equals(ArchiveFormat.MANIFEST)
          && !entry.getName().equals(ArchiveFormat.MANIFEST_HASH)) {
        present.add(entry.getName());
      }
    }
    if (!present.equals(hashes.keySet())) {
      Set<String> missing = new TreeSet<>(hashes.keySet());
      missing.removeAll(present);
      Set<String> unlisted = new TreeSet<>(present);
      unlisted.removeAll(hashes.keySet());
      throw new ArchiveRefusedException(
          "The archive is damaged: files missing "
              + missing
              + ", files not in the manifest "
              + unlisted);
    }
    for (Map.Entry<String, String> expected : hashes.entrySet()) {
      String actual = ArchiveWriter.sha256(read(zip, expected.getKey(), file));
      if (!actual.equals(expected.getValue())) {
        throw new ArchiveRefusedException(
            "The archive is damaged: "
                + expected.getKey()
                + " has SHA-256 "
                + actual
                + ", the manifest says "
                + expected.getValue());
      }
    }
    return new VerifiedArchive(zip, manifest, manifestHash, hashes);
  }

  JsonObject manifest() {
    return manifest;
  }

  /** The SHA-256 of the manifest, which names this archive's whole content. */
  String manifestSha256() {
    return manifestSha256;
  }

  /** An entry's bytes, checked against the manifest once more. */
  byte[] bytes(String name) {
    String expected = hashes.get(name);
    if (expected == null) {
      throw new ArchiveRefusedException(
          "The archive refers to " + name + ", which it does not list");
    }
    byte[] bytes = read(zip, name, null);
    if (!ArchiveWriter.sha256(bytes).equals(expected)) {
      throw new ArchiveRefusedException("The archive changed while it was read: " + name);
    }
    return bytes;
  }

  JsonObject json(String name) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes(name)))) {
      return reader.readObject();
    } catch (JsonException e) {
      throw new ArchiveRefusedException(name + " is not valid JSON (" + e.getMessage() + ")", e);
    }
  }

  private static byte[] read(ZipFile zip, String name, Path file) {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new ArchiveRefusedException(
          "The archive" + (file == null ? "" : " " + file) + " has no " + name);
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ArchiveRefusedException(
          "The archive is damaged: " + name + " cannot be read (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException ignored) {
      // nothing was written through it
    }
  }
}
