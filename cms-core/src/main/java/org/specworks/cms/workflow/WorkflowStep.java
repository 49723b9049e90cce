package org.specworks.cms.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.shared.InvalidInputException;

/** One step of a workflow: its name and the reviewer group whose members may decide on it. */
@Embeddable
public class WorkflowStep {

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "reviewer_group", nullable = false, length = 64)
  private String reviewerGroup;

  protected WorkflowStep() {
    // for JPA
  }

  public WorkflowStep(String name, String reviewerGroup) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new InvalidInputException("A workflow step needs a name of at most 100 characters.");
    }
    this.name = name.strip();
    this.reviewerGroup = ReviewerGroups.requireValidName(reviewerGroup);
  }

  public String name() {
    return name;
  }

  public String reviewerGroup() {
    return reviewerGroup;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkflowStep that
        && name.equals(that.name)
        && reviewerGroup.equals(that.reviewerGroup);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, reviewerGroup);
  }

  @Override
  public String toString() {
    return name + " (" + reviewerGroup + ")";
  }
}
