package org.specworks.cms.workflow;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.shared.InvalidInputException;

/**
 * The review steps a content type goes through. Administrators may change them; a review already
 * running keeps the steps it started with (it holds its own copy).
 */
@Entity
@Table(name = "workflow_definition")
public class WorkflowDefinition {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workflow_definition_seq")
  @SequenceGenerator(
      name = "workflow_definition_seq",
      sequenceName = "workflow_definition_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "content_type", nullable = false, unique = true, updatable = false, length = 40)
  private ContentType contentType;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "workflow_step", joinColumns = @JoinColumn(name = "definition_id"))
  @OrderColumn(name = "position")
  private List<WorkflowStep> steps = new ArrayList<>();

  /** Whether each step needs a person who approved no earlier step of the same review. */
  @Column(name = "distinct_approvers", nullable = false)
  private boolean distinctApprovers = true;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected WorkflowDefinition() {
    // for JPA
  }

  WorkflowDefinition(ContentType contentType, List<WorkflowStep> steps) {
    this.contentType = contentType;
    replaceSteps(steps);
  }

  /**
   * The defaults: one "Review" step for most types; communications then legal review for policies.
   * Every default requires a distinct approver per step: a second step one person can pass alone
   * adds no second pair of eyes (with one step the rule changes nothing).
   */
  static WorkflowDefinition defaultFor(ContentType type) {
    List<WorkflowStep> steps =
        type == ContentType.POLICY
            ? List.of(
                new WorkflowStep("Communications review", ReviewerGroups.COMMUNICATIONS),
                new WorkflowStep("Legal review", ReviewerGroups.LEGAL))
            : List.of(new WorkflowStep("Review", ReviewerGroups.REVIEWERS));
    return new WorkflowDefinition(type, steps);
  }

  void replaceSteps(List<WorkflowStep> newSteps) {
    if (newSteps == null || newSteps.isEmpty() || newSteps.size() > 10) {
      throw new InvalidInputException("A workflow has between 1 and 10 steps.");
    }
    steps.clear();
    steps.addAll(newSteps);
  }

  void requireDistinctApprovers(boolean required) {
    this.distinctApprovers = required;
  }

  public boolean requiresDistinctApprovers() {
    return distinctApprovers;
  }

  public ContentType contentType() {
    return contentType;
  }

  public List<WorkflowStep> steps() {
    return List.copyOf(steps);
  }
}
