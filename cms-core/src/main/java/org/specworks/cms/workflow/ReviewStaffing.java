package org.specworks.cms.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.ReviewerGroupsInUse;

/**
 * Whether someone can decide on each review step: the reviewer groups the workflows name (the only
 * ones an account can be given), and the steps whose group has no active member, which would keep a
 * review waiting for nobody. Administrators see those on the dashboard and when they change a
 * workflow or an account.
 */
@ApplicationScoped
public class ReviewStaffing implements ReviewerGroupsInUse {

  /** A step nobody can decide on: of a workflow, or where a running review waits. */
  public record UnstaffedStep(String where, String stepName, String group) implements Serializable {

    public String message() {
      return where
          + ": step '"
          + stepName
          + "' is for the reviewer group '"
          + group
          + "', which has no active member, so nobody can decide on it.";
    }
  }

  @Inject private WorkflowService workflows;
  @Inject private AccountService accounts;

  @Override
  public SortedSet<String> names() {
    SortedSet<String> groups = new TreeSet<>();
    for (ContentType type : ContentType.values()) {
      workflows.stepsFor(type).forEach(step -> groups.add(step.reviewerGroup()));
    }
    return groups;
  }

  /**
   * The workflow steps, then the steps running reviews wait at, whose group has no enabled member
   * who may decide on reviews.
   */
  public List<UnstaffedStep> unstaffedSteps() {
    Set<String> staffed = staffedGroups();
    List<UnstaffedStep> unstaffed = new ArrayList<>();
    for (ContentType type : ContentType.values()) {
      for (WorkflowStep step : workflows.stepsFor(type)) {
        if (!staffed.contains(step.reviewerGroup())) {
          unstaffed.add(
              new UnstaffedStep("Workflow of " + type.label(), step.name(), step.reviewerGroup()));
        }
      }
    }
    // Counted per step, not listed per review: hundreds may wait at one step nobody can decide on.
    workflows
        .waitingAtStepsNotOf(staffed)
        .forEach(
            waiting ->
                unstaffed.add(
                    new UnstaffedStep(
                        waiting.reviews() == 1
                            ? "1 review in progress"
                            : waiting.reviews() + " reviews in progress",
                        waiting.stepName(),
                        waiting.group())));
    return unstaffed;
  }

  private Set<String> staffedGroups() {
    return accounts.groupsWithAnActiveReviewer();
  }
}
