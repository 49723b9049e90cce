package org.specworks.cms.workflow;

import java.time.Instant;

/**
 * Something a person said on a review: a comment on its own, or the note given with an approval or
 * a rejection. The screen lists them together, so a reviewer's word is found where comments are.
 *
 * @param decision empty for a comment; otherwise what it came with, e.g. "approved step 'Legal
 *     review'"
 */
public record ReviewRemark(String author, String text, Instant at, String decision) {

  static ReviewRemark of(ReviewComment comment) {
    return new ReviewRemark(comment.author(), comment.text(), comment.writtenAt(), "");
  }

  static ReviewRemark of(ReviewDecision decision) {
    String what =
        decision.outcome() == ReviewDecision.Outcome.APPROVED ? "approved" : "sent back at";
    return new ReviewRemark(
        decision.actor(),
        decision.comment(),
        decision.decidedAt(),
        what + " step '" + decision.stepName() + "'");
  }

  public boolean isFromDecision() {
    return !decision.isEmpty();
  }
}
