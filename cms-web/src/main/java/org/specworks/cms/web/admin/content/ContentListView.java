package org.specworks.cms.web.admin.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.specworks.cms.content.ContentListQuery;
import org.specworks.cms.content.ContentOverview;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.PublicationStatus;

/**
 * Backs {@code admin/content/index.xhtml}: all content as a lazy PrimeFaces table. Each page, filter and sort is
 * one database query for the rows shown, so the list opens as fast with ten thousand items as with fifty.
 */
@Named
@ViewScoped
public class ContentListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ContentService content;
  @Inject private transient org.specworks.cms.workflow.WorkflowService workflow;
  @Inject private transient org.specworks.cms.releases.ReleaseService releases;
  @Inject private transient jakarta.enterprise.inject.Instance<org.specworks.cms.identity.Actor> actor;

  private ContentType type;
  private PublicationStatus status;
  private String author;
  private String text;
  private final LazyDataModel<ContentOverview> items = new Items();
  private List<ContentOverview> selected = new java.util.ArrayList<>();
  private Long releaseId;

  public LazyDataModel<ContentOverview> getItems() {
    return items;
  }

  /**
   * Bulk submit: each selected item's latest revision goes to review on its own, so one refusal (already in review,
   * nothing changed since live) does not hold back the others; the message says what happened to each.
   */
  public void submitSelected() {
    List<String> submitted = new java.util.ArrayList<>();
    List<String> refused = new java.util.ArrayList<>();
    for (ContentOverview item : selected) {
      try {
        org.specworks.cms.content.ContentItem current = content.requireItem(item.itemId());
        workflow.submitForReview(actor.get(), current.path(), current.latestRevision().orElseThrow().id());
        submitted.add(item.path());
      } catch (org.specworks.cms.workflow.IllegalTransitionException
          | org.specworks.cms.shared.PermissionDeniedException refusal) {
        refused.add(item.path() + ": " + refusal.getMessage());
      }
    }
    report(submitted.isEmpty()
        ? org.specworks.cms.web.admin.Messages.text("content.submitted.none")
        : org.specworks.cms.web.admin.Messages.text("content.submitted", submitted.size(), submitted), refused);
  }

  /** Bulk add to an open release: every selected item's draft, or none. */
  public void addSelectedToRelease() {
    if (releaseId == null) {
      org.specworks.cms.web.admin.Messages.error("content.release.choose");
      return;
    }
    try {
      org.specworks.cms.releases.Release release = releases.addAllLatest(actor.get(), releaseId,
          selected.stream().map(item -> org.specworks.cms.content.ContentPath.of(item.path())).toList());
      report(org.specworks.cms.web.admin.Messages.text("content.release.added", selected.size(), release.title()),
          List.of());
    } catch (org.specworks.cms.workflow.IllegalTransitionException
        | org.specworks.cms.shared.PermissionDeniedException
        | org.specworks.cms.shared.NotFoundException refusal) {
      org.specworks.cms.web.admin.Messages.error("content.release.notAdded", refusal.getMessage());
    }
  }

  private void report(String done, List<String> refused) {
    org.specworks.cms.web.admin.Messages.infoText(done);
    refused.forEach(reason -> org.specworks.cms.web.admin.Messages.errorText(reason));
    selected = new java.util.ArrayList<>();
    items.setRowCount(-1);
  }

  /** Releases still being composed, for the bulk "add to release". */
  public List<org.specworks.cms.releases.Release> getOpenReleases() {
    return releases.list(java.util.Set.of(org.specworks.cms.releases.ReleaseState.OPEN));
  }

  public List<ContentOverview> getSelected() {
    return selected;
  }

  public void setSelected(List<ContentOverview> selected) {
    this.selected = selected == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(selected);
  }

  public Long getReleaseId() {
    return releaseId;
  }

  public void setReleaseId(Long releaseId) {
    this.releaseId = releaseId;
  }

  /** The filter button: the table reads the fields on its next load. */
  public void apply() {
    items.setRowCount(-1);
  }

  private ContentListQuery query(Map<String, SortMeta> sortBy) {
    ContentListQuery.Sort sort = ContentListQuery.Sort.PATH;
    boolean descending = false;
    for (SortMeta meta : sortBy.values()) {
      sort = switch (meta.getField()) {
        case "title" -> ContentListQuery.Sort.TITLE;
        case "changed" -> ContentListQuery.Sort.CHANGED;
        default -> ContentListQuery.Sort.PATH;
      };
      descending = meta.getOrder() == SortOrder.DESCENDING;
    }
    return new ContentListQuery(Optional.ofNullable(type), Optional.ofNullable(status), Optional.ofNullable(author),
        Optional.ofNullable(text), sort, descending);
  }

  private final class Items extends LazyDataModel<ContentOverview> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, content.overviewCount(query(Map.of())));
    }

    /** The rows shown now, so a selection can be resolved without another query. */
    private List<ContentOverview> page = List.of();

    @Override
    public List<ContentOverview> load(int first, int pageSize, Map<String, SortMeta> sortBy,
        Map<String, FilterMeta> filterBy) {
      page = content.overviewPage(query(sortBy), first, pageSize);
      return page;
    }

    @Override
    public String getRowKey(ContentOverview item) {
      return String.valueOf(item.itemId());
    }

    @Override
    public ContentOverview getRowData(String rowKey) {
      return page.stream().filter(item -> String.valueOf(item.itemId()).equals(rowKey)).findFirst().orElse(null);
    }
  }

  public ContentType[] getTypes() {
    return ContentType.values();
  }

  public PublicationStatus[] getStatuses() {
    return PublicationStatus.values();
  }

  public ContentType getType() {
    return type;
  }

  public void setType(ContentType type) {
    this.type = type;
  }

  public PublicationStatus getStatus() {
    return status;
  }

  public void setStatus(PublicationStatus status) {
    this.status = status;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
