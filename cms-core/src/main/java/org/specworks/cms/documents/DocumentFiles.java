package org.specworks.cms.documents;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.documents.internal.FileQueries;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.TryAgainLaterException;

/**
 * Attaches uploaded PDFs to document items. An upload becomes a new revision of the document
 * (fields {@code sha256}, {@code sizeBytes}, {@code mediaType}, {@code fileName}) that goes through
 * review like any other change; the file itself is stored once and kept, so history and revert work
 * for files as for text.
 */
@Stateless
public class DocumentFiles {

  public static final String PDF = "application/pdf";

  @Inject private ContentService content;
  @Inject private FileQueries files;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "cms.upload.max-bytes", defaultValue = "20971520")
  private long maxBytes;

  /**
   * Checks and stores a PDF and saves a new revision of the document at {@code path} that points to
   * it.
   *
   * @param baseRevisionId the revision the editor's page was loaded from (a newer one means a
   *     conflict)
   * @throws InvalidInputException if the file is not an acceptable PDF or the item is not a
   *     document; nothing is stored
   * @throws TryAgainLaterException if the database could not store the file (a full disk, say);
   *     nothing is stored
   */
  public Revision attachPdf(
      Actor actor,
      ContentPath path,
      long baseRevisionId,
      String fileName,
      byte[] bytes,
      String changeNote) {
    actor.require(Permission.EDIT_CONTENT);
    ContentItem item = content.requireByPath(path);
    if (item.type() != ContentType.DOCUMENT) {
      throw new InvalidInputException(
          "Files can only be attached to documents; "
              + path
              + " is a "
              + item.type().label().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    PdfCheck.problemWith(bytes, maxBytes)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(problem);
            });
    String name = safeFileName(fileName);
    String sha256 = sha256(bytes);
    StoredFile stored = files.bySha256(sha256).orElseGet(() -> store(actor, name, bytes, sha256));

    RevisionContent latest = item.latestRevision().orElseThrow().content();
    TreeMap<String, String> fields = new TreeMap<>(latest.fields());
    fields.put("sha256", stored.sha256());
    fields.put("sizeBytes", Long.toString(stored.sizeBytes()));
    fields.put("mediaType", PDF);
    fields.put("fileName", name);
    String note = changeNote == null || changeNote.isBlank() ? "Uploaded " + name : changeNote;
    return content.saveUploadedFile(
        actor,
        path,
        baseRevisionId,
        new RevisionContent(latest.title(), latest.description(), latest.body(), fields),
        note);
  }

  /** The stored file with this checksum, if one was uploaded. */
  public Optional<StoredFile> find(String sha256) {
    return sha256 == null || sha256.isBlank() ? Optional.empty() : files.bySha256(sha256);
  }

  public byte[] bytesOf(StoredFile file) {
    return files.contentOf(file).orElseThrow().content();
  }

  public long maxBytes() {
    return maxBytes;
  }

  private StoredFile store(Actor actor, String name, byte[] bytes, String sha256) {
    StoredFile file =
        new StoredFile(sha256, PDF, bytes.length, name, actor.username(), clock.instant());
    files.add(file);
    files.add(new StoredFileContent(file.id(), bytes));
    try {
      // Written now, so a full disk or a refusing database is told as such instead of failing the
      // commit.
      files.flush();
    } catch (PersistenceException failed) {
      throw TryAgainLaterException.storing("this file", failed);
    }
    return file;
  }

  /**
   * Keeps a name fit for a Content-Disposition header: no path, no quotes or control characters,
   * ends in .pdf.
   */
  static String safeFileName(String typed) {
    String name = typed == null ? "" : typed.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    if (name.isEmpty() || name.startsWith(".")) {
      name = "document" + name;
    }
    if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      name = name + ".pdf";
    }
    return name.length() > 120 ? name.substring(name.length() - 120) : name;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
