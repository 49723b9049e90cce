package org.specworks.cms.web.admin.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.content.Revision;
import org.specworks.cms.web.admin.Messages;

/**
 * An item's revisions and the workflow, publishing and scheduling events of its audit trail as one
 * timeline, newest first. {@link TimelineEvents} decides which events belong.
 */
public final class HistoryTimeline {

  private HistoryTimeline() {}

  /**
   * @param revisions every revision of the item, in any order
   * @param events the item's audit entries, oldest first (as {@code AuditLog.forItem} gives them)
   */
  public static List<TimelineEntry> of(List<Revision> revisions, List<AuditEntry> events) {
    Map<Long, Integer> numbers =
        revisions.stream().collect(Collectors.toMap(Revision::id, Revision::number));
    List<TimelineEntry> saved =
        revisions.stream()
            .sorted(Comparator.comparingInt(Revision::number))
            .map(
                revision ->
                    new TimelineEntry(
                        revision.createdAt(),
                        revision.author(),
                        Messages.text("history.event.revision"),
                        revision.number(),
                        revision.changeNote()))
            .toList();
    List<TimelineEntry> done =
        events.stream()
            .flatMap(
                event ->
                    TimelineEvents.labelOf(event.action()).stream()
                        .map(
                            label ->
                                new TimelineEntry(
                                    event.occurredAt(),
                                    event.actor(),
                                    label,
                                    event.revisionId().map(numbers::get).orElse(null),
                                    event.detail())))
            .toList();
    return newestFirst(saved, done);
  }

  /**
   * Merges two lists that are each oldest first. Where times are equal, a revision counts as older
   * than an event, because an event about a revision (its submission, its revert) is recorded after
   * the revision is saved.
   */
  static List<TimelineEntry> newestFirst(
      List<TimelineEntry> revisions, List<TimelineEntry> events) {
    List<TimelineEntry> merged = new ArrayList<>(revisions);
    merged.addAll(events);
    merged.sort(
        Comparator.comparing(TimelineEntry::at)); // stable: equal times keep the order above
    Collections.reverse(merged);
    return merged;
  }
}
