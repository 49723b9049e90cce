package org.specworks.cms.web.admin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the history timeline shows of the audit trail, and in which order. */
class HistoryTimelineTest {

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void workflowPublishingAndScheduleEventsHaveTheirOwnLabels() {
    assertEquals(Optional.of("Rejected"), TimelineEvents.labelOf("workflow.reject"));
    assertEquals(Optional.of("Submitted for review"), TimelineEvents.labelOf("workflow.submit"));
    assertEquals(
        Optional.of("Published as an urgent fix"), TimelineEvents.labelOf("publishing.urgent-fix"));
    assertEquals(Optional.of("Schedule cancelled"), TimelineEvents.labelOf("schedule.cancel"));
    assertEquals(Optional.of("Reverted"), TimelineEvents.labelOf("content.revert"));
    assertEquals(
        Optional.of("Saved over a conflicting revision"),
        TimelineEvents.labelOf("content.overwrite"),
        "an overwrite is more than the revision it made");
  }

  @Test
  void savesPreviewsAndUnknownActionsAreLeftOut() {
    assertEquals(
        Optional.empty(), TimelineEvents.labelOf("content.save"), "the revision is listed already");
    assertEquals(Optional.empty(), TimelineEvents.labelOf("content.create"));
    assertEquals(Optional.empty(), TimelineEvents.labelOf("preview.create"));
    assertEquals(Optional.empty(), TimelineEvents.labelOf("release.change"));
    assertEquals(Optional.empty(), TimelineEvents.labelOf("no.such-action"));
  }

  @Test
  void newestFirstWithEventsInterleavedByTime() {
    TimelineEntry first = entry(0, "Revision saved", 1);
    TimelineEntry submitted = entry(1, "Submitted for review", 1);
    TimelineEntry rejected = entry(2, "Rejected", 1);
    TimelineEntry second = entry(3, "Revision saved", 2);
    TimelineEntry published = entry(4, "Published", 2);

    assertEquals(
        List.of(published, second, rejected, submitted, first),
        HistoryTimeline.newestFirst(
            List.of(first, second), List.of(submitted, rejected, published)));
  }

  @Test
  void atTheSameInstantAnEventIsNewerThanTheRevisionAndEventsKeepTheirRecordedOrder() {
    TimelineEntry saved = entry(0, "Revision saved", 3);
    TimelineEntry reverted = entry(0, "Reverted", 3);
    TimelineEntry submitted = entry(0, "Submitted for review", 3);

    assertEquals(
        List.of(submitted, reverted, saved),
        HistoryTimeline.newestFirst(List.of(saved), List.of(reverted, submitted)));
  }

  private static TimelineEntry entry(int seconds, String label, int revision) {
    return new TimelineEntry(T.plusSeconds(seconds), "edna", label, revision, "");
  }
}
