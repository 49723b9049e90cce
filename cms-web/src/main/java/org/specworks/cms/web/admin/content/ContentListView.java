package org.specworks.cms.web.admin.content;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.specworks.cms.content.ContentListQuery;
import org.specworks.cms.content.ContentOverview;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.releases.ReleaseState;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.admin.schedules.ScheduleTimes;
import org.specworks.cms.workflow.IllegalTransitionException;
import org.specworks.cms.workflow.WorkflowService;

/**
 * Backs {@code admin/content/index.xhtml}: all content as a lazy PrimeFaces table. Each page,
 * filter and sort is one database query for the rows shown (plus one each for the rows' review and
 * schedule badges), so the list opens as fast with ten thousand items as with fifty. Bulk actions
 * run item by item through the same services as the single-item screens, so every rule and role
 * check applies to each item.
 */
@Named
@ViewScoped
public class ContentListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private ReleaseService releases;
  @Inject private ScheduleService schedules;
  @Inject private Instance<Actor> actor;
  @Inject private RowBadges badges;

  private ContentType type;
  private PublicationStatus status;
  private String author;
  private String text;
  private final LazyDataModel<ContentOverview> items = new Items();
  private List<ContentOverview> selected = new ArrayList<>();
  private Long releaseId;
  private LocalDateTime scheduleAt;
  private String scheduleZone = "UTC";
  private String acceptedWarnings;

  public LazyDataModel<ContentOverview> getItems() {
    return items;
  }

  /** The review and schedule badges of a row on the page shown. */
  public List<RowBadges.Badge> badgesOf(ContentOverview item) {
    return badges.of(item.itemId());
  }

  /**
   * Bulk submit: each selected item's revision shown in the list goes to review on its own, so one
   * refusal (already in review, nothing changed since live, saved again since the list was loaded)
   * does not hold back the others; the message says what happened to each.
   */
  public void submitSelected() {
    Outcome outcome =
        eachSelected(
            row -> {
              workflow.submitForReview(
                  actor.get(), ContentPath.of(row.path()), row.latestRevisionId());
              return row.path();
            });
    report(
        outcome.done().isEmpty()
            ? Messages.text("content.submitted.none")
            : Messages.text("content.submitted", outcome.done().size(), outcome.doneList()),
        outcome.refused());
  }

  /**
   * Bulk schedule: each selected item's approved revision shown in the list is scheduled for the
   * same time, each on its own (items that must go live together belong in a release). An item not
   * approved, or saved again since the list was loaded, is refused with the reason.
   */
  public void scheduleSelected() {
    if (scheduleAt == null) {
      Messages.errorAt("list:schedule-at", "content.schedule.chooseTime");
      return;
    }
    Outcome outcome =
        eachSelected(
            row -> {
              Schedule schedule =
                  schedules.schedulePublish(
                      actor.get(),
                      ContentPath.of(row.path()),
                      row.latestRevisionId(),
                      scheduleAt,
                      scheduleZone,
                      acceptedWarnings);
              return row.path() + " (" + ScheduleTimes.describe(schedule) + ")";
            });
    report(
        outcome.done().isEmpty()
            ? Messages.text("content.scheduled.none")
            : Messages.text("content.scheduled", outcome.done().size(), outcome.doneList()),
        outcome.refused());
  }

  /** Bulk add to an open release: every selected item's draft as the list shows it, or none. */
  public void addSelectedToRelease() {
    if (releaseId == null) {
      Messages.error("content.release.choose");
      return;
    }
    try {
      Map<ContentPath, Long> shown = new LinkedHashMap<>();
      selected.forEach(row -> shown.put(ContentPath.of(row.path()), row.latestRevisionId()));
      Release release = releases.addAllAsShown(actor.get(), releaseId, shown);
      report(Messages.text("content.release.added", selected.size(), release.title()), List.of());
    } catch (IllegalTransitionException | PermissionDeniedException | NotFoundException refusal) {
      Messages.error("content.release.notAdded", refusal.getMessage());
    }
  }

  /**
   * One action on a row of the selection; returns how to name the item done, or throws a refusal.
   */
  private interface ItemAction {
    String apply(ContentOverview row);
  }

  /** What a bulk action did: the items done and each refusal with its reason. */
  private record Outcome(List<String> done, List<String> refused) {
    String doneList() {
      return String.join(", ", done);
    }
  }

  private Outcome eachSelected(ItemAction action) {
    List<String> done = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (ContentOverview row : selected) {
      try {
        done.add(action.apply(row));
      } catch (IllegalTransitionException
          | InvalidInputException
          | PermissionDeniedException
          | NotFoundException refusal) {
        refused.add(row.path() + ": " + refusal.getMessage());
      }
    }
    return new Outcome(done, refused);
  }

  private void report(String done, List<String> refused) {
    Messages.infoText(done);
    refused.forEach(Messages::errorText);
    selected = new ArrayList<>();
    items.setRowCount(-1);
  }

  /** Whether the "New item" link is offered: editors and administrators create content. */
  public boolean isMayCreate() {
    return actor.get().may(Permission.CREATE_CONTENT);
  }

  /**
   * Whether to offer the bulk schedule: only reviewers and administrators may schedule. The service
   * checks the role again for every item, so this only spares editors a form they cannot use.
   */
  public boolean isMayPublish() {
    return actor.get().may(Permission.PUBLISH);
  }

  /** Releases still being composed, for the bulk "add to release". */
  public List<Release> getOpenReleases() {
    return releases.list(Set.of(ReleaseState.OPEN));
  }

  /** Time zones for the bulk schedule, the common ones first. */
  public List<jakarta.faces.model.SelectItem> getZones() {
    return ScheduleTimes.zones();
  }

  /** The filter button: the table reads the fields on its next load. */
  public void apply() {
    items.setRowCount(-1);
  }

  private ContentListQuery query(Map<String, SortMeta> sortBy) {
    ContentListQuery.Sort sort = ContentListQuery.Sort.PATH;
    boolean descending = false;
    for (SortMeta meta : sortBy.values()) {
      sort =
          switch (meta.getField()) {
            case "title" -> ContentListQuery.Sort.TITLE;
            case "changed" -> ContentListQuery.Sort.CHANGED;
            default -> ContentListQuery.Sort.PATH;
          };
      descending = meta.getOrder() == SortOrder.DESCENDING;
    }
    return new ContentListQuery(
        Optional.ofNullable(type),
        Optional.ofNullable(status),
        Optional.ofNullable(author),
        Optional.ofNullable(text),
        sort,
        descending);
  }

  private final class Items extends LazyDataModel<ContentOverview> {

    private static final long serialVersionUID = 1L;

    /** The rows shown now, so a selection can be resolved without another query. */
    private List<ContentOverview> page = List.of();

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, content.overviewCount(query(Map.of())));
    }

    @Override
    public List<ContentOverview> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      page = content.overviewPage(query(sortBy), first, pageSize);
      badges.load(page);
      return page;
    }

    @Override
    public String getRowKey(ContentOverview item) {
      return String.valueOf(item.itemId());
    }

    @Override
    public ContentOverview getRowData(String rowKey) {
      return page.stream()
          .filter(item -> String.valueOf(item.itemId()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }

  public List<ContentOverview> getSelected() {
    return selected;
  }

  public void setSelected(List<ContentOverview> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public Long getReleaseId() {
    return releaseId;
  }

  public void setReleaseId(Long releaseId) {
    this.releaseId = releaseId;
  }

  public LocalDateTime getScheduleAt() {
    return scheduleAt;
  }

  public void setScheduleAt(LocalDateTime scheduleAt) {
    this.scheduleAt = scheduleAt;
  }

  public String getScheduleZone() {
    return scheduleZone;
  }

  public void setScheduleZone(String scheduleZone) {
    this.scheduleZone = scheduleZone;
  }

  public String getAcceptedWarnings() {
    return acceptedWarnings;
  }

  public void setAcceptedWarnings(String acceptedWarnings) {
    this.acceptedWarnings = acceptedWarnings;
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
