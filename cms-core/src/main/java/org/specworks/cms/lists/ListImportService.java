package org.specworks.cms.lists;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Role;
import org.specworks.cms.shared.InvalidInputException;

/**
 * Imports the trademark list from CSV in two steps: {@link #preview} reads the file and compares it with the list,
 * saving nothing; {@link #apply} carries the preview out in one transaction, or nothing of it. New marks become new
 * items (drafts) below {@link ListPaths#TRADEMARKS}; changed marks get a new draft revision on top of the revision
 * the preview was computed from; marks the file leaves out are only reported, for a reviewer to take off the site.
 * Each new item and revision is audited by {@link ContentService}, and the import as a whole once more.
 */
@Stateless
public class ListImportService {

  @Inject private ContentLists lists;
  @Inject private ContentService content;
  @Inject private AuditLog audit;

  /** Reads the file and compares it with the trademarks as they are now; saves nothing. */
  public ListImportPreview preview(Actor actor, String fileName, byte[] csv) {
    actor.requireAnyRole("import trademarks", Role.EDITOR, Role.ADMIN);
    return ListImportPreview.of(fileName == null ? "" : fileName, TrademarkCsv.read(csv),
        lists.entries(ContentType.TRADEMARK));
  }

  /**
   * Carries out a preview, all of it or nothing.
   *
   * @throws InvalidInputException if the preview has errors or nothing to do
   * @throws ListChangedException if a trademark was saved or added since the preview
   */
  public ListImportResult apply(Actor actor, ListImportPreview preview) {
    actor.requireAnyRole("import trademarks", Role.EDITOR, Role.ADMIN);
    if (preview.hasErrors()) {
      throw new InvalidInputException("The file has errors (see the rows marked \"error\"); nothing was imported."
          + " Correct the file and preview it again.");
    }
    if (!preview.applicable()) {
      throw new InvalidInputException("Nothing to import: the file adds and changes no trademark.");
    }
    ContentLists.requireUnchanged(lists.entries(ContentType.TRADEMARK), preview.basis(), "the preview");

    String note = "Imported from " + (preview.fileName().isBlank() ? "a CSV file" : preview.fileName());
    List<String> created = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    Set<String> taken = new HashSet<>(preview.basis().keySet());
    for (ListImportPreview.Row row : preview.rows()) {
      switch (row.kind()) {
        case ADDED -> {
          ContentPath path = freePath(row, taken);
          content.create(actor, ContentType.TRADEMARK, path, contentOf(row), note);
          created.add(path.value());
        }
        case CHANGED -> {
          content.save(actor, ContentPath.of(row.path()), row.baseRevisionId(), contentOf(row), note);
          changed.add(row.path());
        }
        default -> { }
      }
    }
    List<String> notInFile = preview.rowsOf(ListImportPreview.Kind.REMOVED).stream()
        .map(ListImportPreview.Row::label)
        .toList();
    String summary = note + ": " + created.size() + " added, " + changed.size() + " changed (drafts), "
        + preview.count(ListImportPreview.Kind.UNCHANGED) + " unchanged"
        + (notInFile.isEmpty() ? "" : "; not in the file, to be taken off the site by a reviewer: "
            + String.join(", ", notInFile));
    audit.record(actor, AuditAction.LIST_IMPORT, summary);
    return new ListImportResult(created, changed, notInFile, summary);
  }

  private ContentPath freePath(ListImportPreview.Row row, Set<String> taken) {
    String wanted = ListPaths.trademarkPath(row.designation(), row.form());
    String path = wanted;
    for (int n = 2; taken.contains(path) || content.findByPath(ContentPath.of(path)).isPresent(); n++) {
      path = wanted + "-" + n;
    }
    taken.add(path);
    return ContentPath.of(path);
  }

  private static RevisionContent contentOf(ListImportPreview.Row row) {
    return new RevisionContent(row.designation(), "", "",
        Map.of("form", row.form(), "symbol", row.symbol(), "position", row.position()));
  }
}
