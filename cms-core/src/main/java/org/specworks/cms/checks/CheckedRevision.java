package org.specworks.cms.checks;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the content checks find in a revision, split by where it came from: findings this change
 * introduces, and findings the live revision already has (the same check with the same message,
 * counted, so a thirteenth empty link is one new finding beside twelve known ones). Only new
 * warnings need a note to publish; known ones are listed for information. Errors block whichever
 * they are.
 */
public record CheckedRevision(List<Finding> introduced, List<Finding> alreadyLive)
    implements Serializable {

  public CheckedRevision {
    introduced = List.copyOf(introduced);
    alreadyLive = List.copyOf(alreadyLive);
  }

  /** Splits {@code findings} of a revision by what {@code live} (its live revision's) has too. */
  static CheckedRevision against(List<Finding> findings, List<Finding> live) {
    List<Finding> unmatched = new ArrayList<>(live);
    List<Finding> introduced = new ArrayList<>();
    List<Finding> known = new ArrayList<>();
    for (Finding finding : findings) {
      if (unmatched.remove(finding)) {
        known.add(finding);
      } else {
        introduced.add(finding);
      }
    }
    return new CheckedRevision(introduced, known);
  }

  /** Every error, new or already live: a known broken link still must not be published again. */
  public List<Finding> errors() {
    List<Finding> errors = new ArrayList<>();
    introduced.stream().filter(Finding::isError).forEach(errors::add);
    alreadyLive.stream().filter(Finding::isError).forEach(errors::add);
    return errors;
  }

  /** The warnings this change brings, which publishing asks a note for. */
  public List<Finding> newWarnings() {
    return introduced.stream().filter(finding -> !finding.isError()).toList();
  }

  /** Every finding, new ones first. */
  public List<Finding> all() {
    List<Finding> all = new ArrayList<>(introduced);
    all.addAll(alreadyLive);
    return all;
  }
}
