package org.specworks.cms.web.admin.lists;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.event.RowEditEvent;
import org.specworks.cms.content.ContentInput;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentSchema;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.ContentValidationException;
import org.specworks.cms.content.FieldDefinition;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.StaleRevisionException;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.lists.ContentLists;
import org.specworks.cms.lists.ListEntry;
import org.specworks.cms.lists.ListFormat;
import org.specworks.cms.lists.ListImportPreview;
import org.specworks.cms.lists.ListImportResult;
import org.specworks.cms.lists.ListImportService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;

/**
 * Backs {@code admin/lists/index.xhtml?type=…}: the trademarks or the IPR declarations as rows. A
 * row saved in the row editor is a new draft revision on top of the one the row showed; trademarks
 * can be moved up and down and the new order saved, and imported from CSV after a preview. The work
 * is done by {@link ContentService}, {@link ContentLists} and {@link ListImportService}, which
 * check the acting person themselves.
 */
@Named
@ViewScoped
public class ListsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContentService content;
  @Inject private ContentLists lists;
  @Inject private ListImportService imports;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;

  private String type;
  private String listFilter;
  private List<ListRow> rows = List.of();
  private boolean orderChanged;
  private ListImportPreview preview;
  private transient Part file;

  /** {@code f:viewAction}: a type without a list screen is a 404. */
  public void load() throws IOException {
    if (listType() == null) {
      Faces.responseSendError(404, "No list for this type");
      return;
    }
    reload();
  }

  private void reload() {
    rows =
        lists.entries(listType(), listFilter).stream()
            .map(entry -> new ListRow(entry, getFields()))
            .toList();
    orderChanged = false;
  }

  /** The filter button of the IPR declarations. */
  public void filter() {
    reload();
  }

  // --- row editor ---

  public void onRowEdit(RowEditEvent<ListRow> event) {
    ListRow row = event.getObject();
    row.getProblems().clear();
    ListEntry before = row.getSaved();
    try {
      Revision saved =
          lists.saveRow(
              actor.get(),
              before,
              new ContentInput(row.getTitle(), "", "", row.getFields()),
              Messages.text("lists.changeNote", getHeading().toLowerCase(java.util.Locale.ROOT)));
      row.reset(ListEntry.of(content.requireByPath(ContentPath.of(before.path()))), getFields());
      Messages.info("lists.saved", row.getSaved().label(), saved.number());
    } catch (ContentValidationException invalid) {
      row.getProblems().putAll(invalid.violations());
      FacesContext.getCurrentInstance().validationFailed();
      Messages.error("lists.invalid", before.label());
    } catch (StaleRevisionException stale) {
      row.reset(ListEntry.of(content.requireByPath(ContentPath.of(before.path()))), getFields());
      Messages.error("lists.stale", stale.getMessage());
    } catch (InvalidInputException | PermissionDeniedException refused) {
      row.reset(before, getFields());
      Messages.errorText(refused.getMessage());
    }
  }

  public void onRowEditCancel(RowEditEvent<ListRow> event) {
    event.getObject().reset(event.getObject().getSaved(), getFields());
  }

  // --- reordering (trademarks) ---

  public void moveUp(int index) {
    move(index, index - 1);
  }

  public void moveDown(int index) {
    move(index, index + 1);
  }

  private void move(int from, int to) {
    if (from < 0 || to < 0 || from >= rows.size() || to >= rows.size()) {
      return;
    }
    List<ListRow> moved = new ArrayList<>(rows);
    Collections.swap(moved, from, to);
    rows = moved;
    orderChanged = true;
    Messages.info("lists.moved", rows.get(to).getSaved().label(), to + 1);
  }

  public void saveOrder() {
    try {
      int saved = lists.reorder(actor.get(), rows.stream().map(ListRow::getSaved).toList());
      if (saved == 0) {
        Messages.info("lists.order.unchanged");
      } else if (saved == 1) {
        Messages.info("lists.order.saved.one");
      } else {
        Messages.info("lists.order.saved", saved);
      }
      reload();
    } catch (StaleRevisionException | InvalidInputException | PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
      reload();
    }
  }

  public void discardOrder() {
    reload();
  }

  // --- CSV import ---

  public void previewImport() throws IOException {
    preview = null;
    if (file == null || file.getSize() == 0) {
      Messages.errorAt("import:file", "lists.import.choose");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      preview = imports.preview(actor.get(), listType(), file.getSubmittedFileName(), in);
      if (preview.hasErrors()) {
        Messages.error("lists.import.errors");
      } else if (!preview.applicable()) {
        Messages.info("lists.import.nothing");
      } else {
        Messages.info("lists.import.previewed", preview.fileName());
      }
    } catch (InvalidInputException tooLarge) {
      Messages.errorTextAt("import:file", tooLarge.getMessage());
    } catch (PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public void applyImport() {
    if (preview == null) {
      Messages.error("lists.import.noPreview");
      return;
    }
    try {
      ListImportResult result = imports.apply(actor.get(), preview);
      Messages.info(
          "lists.import.done",
          preview.fileName(),
          result.created().size(),
          result.changed().size(),
          preview.count(ListImportPreview.Kind.UNCHANGED));
      if (!result.notInFile().isEmpty()) {
        Messages.info("lists.import.notInFile", String.join(", ", result.notInFile()));
      }
      preview = null;
      reload();
    } catch (InvalidInputException | StaleRevisionException | PermissionDeniedException refused) {
      Messages.error("lists.import.refused", refused.getMessage());
      if (refused instanceof org.specworks.cms.lists.ListChangedException
          || refused instanceof StaleRevisionException) {
        preview = null;
        reload();
      }
    }
  }

  public void discardPreview() {
    preview = null;
  }

  // --- what the page shows ---

  ContentType listType() {
    if (type == null) {
      return null;
    }
    return ContentLists.TYPES.stream().filter(t -> t.name().equals(type)).findFirst().orElse(null);
  }

  public ContentSchema getSchema() {
    return listType().schema();
  }

  public List<FieldDefinition> getFields() {
    return getSchema().fields();
  }

  public String getHeading() {
    return listType() == ContentType.TRADEMARK
        ? Messages.text("lists.trademarks")
        : Messages.text("lists.declarations");
  }

  public boolean isTrademarks() {
    return listType() == ContentType.TRADEMARK;
  }

  public List<String> getListChoices() {
    return ContentType.IPR_DECLARATION.schema().field("list").orElseThrow().choices();
  }

  public List<ListRow> getRows() {
    return rows;
  }

  public boolean isOrderChanged() {
    return orderChanged;
  }

  public ListImportPreview getPreview() {
    return preview;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getListFilter() {
    return listFilter;
  }

  public void setListFilter(String listFilter) {
    this.listFilter = listFilter;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getCsvHeader() {
    return csvFormat().header();
  }

  /** The file's columns, which are also the preview's. */
  public List<String> getCsvColumns() {
    return csvFormat().columns();
  }

  public String columnLabel(String column) {
    return csvFormat().labelOf(column);
  }

  private ListFormat csvFormat() {
    return ListFormat.of(listType());
  }
}
