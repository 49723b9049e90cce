package org.specworks.cms.web.admin.content;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.specworks.cms.content.ContentOverview;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.admin.StateLabels;
import org.specworks.cms.web.admin.schedules.ScheduleTimes;
import org.specworks.cms.workflow.EditorialState;
import org.specworks.cms.workflow.WorkflowService;

/**
 * The badges a list shows beside an item's publication state: where its unpublished change stands
 * in review (in review, approved, rejected) and when it is scheduled to go live. Loaded for a whole
 * page at once, two queries however many rows, so a page of a long list stays one round of queries.
 */
@Dependent
public class RowBadges implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One badge: its text and the CSS class that colours it. */
  public record Badge(String label, String styleClass) implements Serializable {}

  @Inject private WorkflowService workflow;
  @Inject private ScheduleService schedules;
  @Inject private StateLabels labels;

  private Map<Long, List<Badge>> byItem = Map.of();

  public void load(List<ContentOverview> page) {
    List<Long> ids = page.stream().map(ContentOverview::itemId).toList();
    Map<Long, EditorialState> reviewStates = workflow.reviewStatesOfLatest(ids);
    Map<Long, Schedule> pending = schedules.pendingOf(ids);
    Map<Long, List<Badge>> loaded = new HashMap<>();
    for (Long id : ids) {
      List<Badge> badges = new ArrayList<>();
      EditorialState state = reviewStates.get(id);
      if (state != null) {
        badges.add(new Badge(labels.editorial(state), "state-" + state.name()));
      }
      Schedule schedule = pending.get(id);
      if (schedule != null) {
        badges.add(
            new Badge(
                Messages.text("state.scheduled", ScheduleTimes.describe(schedule)),
                "state-SCHEDULED"));
      }
      loaded.put(id, List.copyOf(badges));
    }
    byItem = loaded;
  }

  public List<Badge> of(long itemId) {
    return byItem.getOrDefault(itemId, List.of());
  }
}
