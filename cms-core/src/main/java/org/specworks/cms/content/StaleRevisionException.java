package org.specworks.cms.content;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A save was based on a revision that is no longer the latest: someone else saved in between.
 * Nothing was stored; the message says who changed what since, and {@link #newerRevisions()} lets
 * the editor compare and merge.
 */
@ApplicationException(rollback = true)
public class StaleRevisionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A revision saved after the one the refused save started from. */
  public record NewerRevision(
      long id, int number, String author, java.time.Instant createdAt, String changeNote) {}

  private final transient List<NewerRevision> newerRevisions;

  public StaleRevisionException(String path, int baseNumber, List<NewerRevision> newerRevisions) {
    super(describe(path, baseNumber, newerRevisions));
    this.newerRevisions = List.copyOf(newerRevisions);
  }

  public List<NewerRevision> newerRevisions() {
    return newerRevisions;
  }

  private static String describe(String path, int baseNumber, List<NewerRevision> newer) {
    if (newer.isEmpty()) {
      return "Someone else saved "
          + path
          + " at the same moment; nothing of yours was stored. Reload and save again.";
    }
    return "Your changes to "
        + path
        + " were based on revision "
        + baseNumber
        + ", but since then "
        + newer.stream()
            .map(
                r ->
                    "revision "
                        + r.number()
                        + " was saved by "
                        + r.author()
                        + (r.changeNote().isBlank() ? "" : " (\"" + r.changeNote() + "\")"))
            .collect(Collectors.joining("; "))
        + ". Nothing of yours was stored: compare, merge and save again.";
  }
}
