package org.specworks.cms.web.admin.content;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionDiff;
import org.specworks.cms.content.StaleRevisionException;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.admin.review.DiffHtml;

/**
 * Backs {@code admin/content/history.xhtml}: every revision of an item, newest first; compare any
 * two; revert to one (which adds a revision with its content, so nothing is lost); and the {@link
 * HistoryTimeline} of its revisions and what was done with them.
 */
@Named
@ViewScoped
public class HistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContentService content;
  @Inject private AuditLog audit;
  @Inject private Instance<Actor> actor;
  @Inject private ExternalContext external;

  private String path;
  private int from;
  private int to;
  private RevisionDiff diff;
  private Long liveRevisionId;

  /** {@code ?from=} or {@code ?to=} values of the address that are not revision numbers. */
  private final List<String> unreadable = new java.util.ArrayList<>();

  /**
   * Entities, not serialisable: read once per page, and again if the view was restored without
   * them.
   */
  private transient List<Revision> revisions;

  private List<TimelineEntry> timeline = List.of();

  public void load() throws IOException {
    Optional<ContentItem> item = parsed().flatMap(content::findByPath);
    if (item.isEmpty()) {
      Faces.responseSendError(404, "No content at this path");
      return;
    }
    unreadable.forEach(typed -> Messages.error("history.notANumber", typed));
    unreadable.clear();
    liveRevisionId = item.get().liveRevision().map(Revision::id).orElse(null);
    timeline = HistoryTimeline.of(getRevisions(), audit.forItem(item.get().id()));
    int latest = item.get().latestRevision().orElseThrow().number();
    if (to == 0) {
      to = latest;
    }
    if (from == 0) {
      from = Math.max(1, to - 1);
    }
    compare();
  }

  public void compare() {
    try {
      diff = content.diff(contentPath(), from, to);
    } catch (NotFoundException missing) {
      Messages.errorText(missing.getMessage());
      diff = new RevisionDiff(from, to, List.of());
    }
  }

  public void revertTo(int number) throws IOException {
    try {
      long base = content.requireByPath(contentPath()).latestRevision().orElseThrow().id();
      Revision saved = content.revertTo(actor.get(), contentPath(), base, number, null);
      Messages.info("history.reverted", number, saved.number());
      Messages.keepForRedirect();
      external.redirect(
          external.getRequestContextPath()
              + "/admin/content/history.xhtml?path="
              + URLEncoder.encode(path, StandardCharsets.UTF_8));
    } catch (InvalidInputException | PermissionDeniedException | StaleRevisionException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public List<Revision> getRevisions() {
    if (revisions == null) {
      revisions = content.history(contentPath());
    }
    return revisions;
  }

  public List<TimelineEntry> getTimeline() {
    return timeline;
  }

  public boolean isLive(Revision revision) {
    return liveRevisionId != null && liveRevisionId.equals(revision.id());
  }

  public String wordsOf(RevisionDiff.FieldChange change) {
    return DiffHtml.of(change.words());
  }

  private Optional<ContentPath> parsed() {
    return ContentPath.parse(path);
  }

  private ContentPath contentPath() {
    return parsed().orElseThrow(() -> new NotFoundException("No content at " + path));
  }

  public RevisionDiff getDiff() {
    return diff;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public int getFrom() {
    return from;
  }

  public void setFrom(int from) {
    this.from = from;
  }

  /** The {@code ?from=} of the address, as typed; see {@link #setToParam}. */
  public String getFromParam() {
    return Integer.toString(from);
  }

  public void setFromParam(String typed) {
    from = revisionNumber(typed);
  }

  public String getToParam() {
    return Integer.toString(to);
  }

  /** A value that is not a revision number is named on the page, and the default is compared. */
  public void setToParam(String typed) {
    to = revisionNumber(typed);
  }

  private int revisionNumber(String typed) {
    if (typed == null || typed.isEmpty()) {
      return 0;
    }
    java.util.OptionalLong number = org.specworks.cms.web.admin.UrlNumbers.parse(typed);
    if (number.isEmpty() || number.getAsLong() > Integer.MAX_VALUE) {
      unreadable.add(typed.length() > 20 ? typed.substring(0, 20) + "…" : typed);
      return 0;
    }
    return (int) number.getAsLong();
  }

  public int getTo() {
    return to;
  }

  public void setTo(int to) {
    this.to = to;
  }
}
