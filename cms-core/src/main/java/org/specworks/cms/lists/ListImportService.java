package org.specworks.cms.lists;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.shared.InvalidInputException;

/**
 * Imports a list (trademarks, IPR declarations) from CSV in two steps: {@link #preview} reads the
 * file and compares it with the list, saving nothing; {@link #apply} carries the preview out in one
 * transaction, or nothing of it. New rows become new items (drafts) where the list's {@link
 * ListFormat} puts them; changed rows get a new draft revision on top of the revision the preview
 * was computed from; items the file leaves out are only reported, for a reviewer to take off the
 * site. Each new item and revision is audited by {@link ContentService}, and the import as a whole
 * once more.
 */
@Stateless
public class ListImportService {

  @Inject private ContentLists lists;
  @Inject private ContentService content;
  @Inject private AuditLog audit;

  /** Reads the file and compares it with the list of {@code type} as it is now; saves nothing. */
  public ListImportPreview preview(Actor actor, ContentType type, String fileName, byte[] csv) {
    ListFormat format = ListFormat.of(type);
    actor.require(Permission.IMPORT_LISTS);
    return ListImportPreview.of(
        fileName == null ? "" : fileName, ListCsv.read(format, csv), lists.entries(type));
  }

  /**
   * Like {@link #preview(Actor, ContentType, String, byte[])}, reading the file from an upload: one
   * larger than {@link ListCsv#MAX_BYTES} is refused before it is read whole.
   *
   * @throws InvalidInputException if the file is larger than {@link ListCsv#MAX_BYTES}; nothing is
   *     previewed
   */
  public ListImportPreview preview(Actor actor, ContentType type, String fileName, InputStream csv)
      throws IOException {
    ListFormat format = ListFormat.of(type);
    actor.require(Permission.IMPORT_LISTS);
    return preview(actor, type, fileName, ListCsv.bytesOf(format, csv));
  }

  /**
   * Carries out a preview, all of it or nothing.
   *
   * @throws InvalidInputException if the preview has errors or nothing to do
   * @throws ListChangedException if an item of the list was saved or added since the preview
   */
  public ListImportResult apply(Actor actor, ListImportPreview preview) {
    ListFormat format = preview.format();
    actor.require(Permission.IMPORT_LISTS);
    if (preview.hasErrors()) {
      throw new InvalidInputException(
          "The file has errors (see the rows marked \"error\"); nothing was imported."
              + " Correct the file and preview it again.");
    }
    if (!preview.applicable()) {
      throw new InvalidInputException(
          "Nothing to import: the file adds and changes no " + format.noun() + ".");
    }
    ContentLists.requireUnchanged(lists.entries(format.type()), preview.basis(), "the preview");

    String note =
        "Imported from " + (preview.fileName().isBlank() ? "a CSV file" : preview.fileName());
    List<String> created = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    Set<String> taken = new HashSet<>(preview.basis().keySet());
    for (ListImportPreview.Row row : preview.rows()) {
      switch (row.kind()) {
        case ADDED -> {
          ContentPath path = freePath(format.pathFor(row.values()), taken);
          content.create(actor, format.type(), path, format.contentOf(row.values()), note);
          created.add(path.value());
        }
        case CHANGED -> {
          content.save(
              actor,
              ContentPath.of(row.path()),
              row.baseRevisionId(),
              format.contentOf(row.values()),
              note);
          changed.add(row.path());
        }
        default -> {}
      }
    }
    List<String> notInFile =
        preview.rowsOf(ListImportPreview.Kind.REMOVED).stream()
            .map(ListImportPreview.Row::label)
            .toList();
    String summary =
        note
            + ": "
            + created.size()
            + " added, "
            + changed.size()
            + " changed (drafts), "
            + preview.count(ListImportPreview.Kind.UNCHANGED)
            + " unchanged"
            + (notInFile.isEmpty()
                ? ""
                : "; not in the file, to be taken off the site by a reviewer: "
                    + String.join(", ", notInFile));
    audit.record(actor.username(), AuditAction.LIST_IMPORT, summary);
    return new ListImportResult(created, changed, notInFile, summary);
  }

  private ContentPath freePath(String wanted, Set<String> taken) {
    String path = wanted;
    for (int n = 2;
        taken.contains(path) || content.findByPath(ContentPath.of(path)).isPresent();
        n++) {
      path = wanted + "-" + n;
    }
    taken.add(path);
    return ContentPath.of(path);
  }
}
