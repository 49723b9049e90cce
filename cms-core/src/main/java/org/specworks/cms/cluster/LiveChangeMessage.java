package org.specworks.cms.cluster;

import java.util.Optional;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * A change as it travels between instances: one line of text, so that no class of the application
 * has to be loaded by the data grid to deliver it (a grid member may be another build of the CMS
 * during a rolling upgrade; an unreadable message is ignored and the {@link SafetyNet} catches up).
 */
final class LiveChangeMessage {

  private static final String FORMAT = "cms-live-1";
  private static final char SEPARATOR = '\t';

  private LiveChangeMessage() {}

  static String encode(RevisionPublished change) {
    return String.join(
        String.valueOf(SEPARATOR),
        FORMAT,
        Long.toString(change.itemId()),
        change.revisionId() == null ? "" : change.revisionId().toString(),
        change.type().name(),
        change.path());
  }

  /** The change, or empty when {@code text} is not a message of this format. */
  static Optional<RevisionPublished> decode(String text) {
    if (text == null) {
      return Optional.empty();
    }
    // The path comes last and is the only field that could hold a separator.
    String[] fields = text.split(String.valueOf(SEPARATOR), 5);
    if (fields.length != 5 || !fields[0].equals(FORMAT) || fields[4].isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new RevisionPublished(
              Long.parseLong(fields[1]),
              fields[4],
              ContentType.valueOf(fields[3]),
              fields[2].isEmpty() ? null : Long.valueOf(fields[2])));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
