package org.specworks.cms.content;

import java.util.List;
import org.specworks.cms.shared.InvalidInputException;

/**
 * Merging the live revision into the draft stopped because both changed the same words differently.
 * Nothing was saved; the conflicts carry all three texts so the editor can decide.
 */
public class MergeConflictException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final transient List<ThreeWayMerge.Conflict> conflicts;

  public MergeConflictException(String path, List<ThreeWayMerge.Conflict> conflicts) {
    super(
        "The fix on the live page and the draft of "
            + path
            + " changed the same words in "
            + conflicts.stream().map(ThreeWayMerge.Conflict::part).distinct().toList()
            + ". Nothing was merged: choose the wording yourself and save the draft as the merge.");
    this.conflicts = List.copyOf(conflicts);
  }

  public List<ThreeWayMerge.Conflict> conflicts() {
    return conflicts;
  }
}
