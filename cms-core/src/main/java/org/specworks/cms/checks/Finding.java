package org.specworks.cms.checks;

import java.io.Serializable;

/**
 * One problem a check found in a revision.
 *
 * @param check a short id such as {@code empty-link}, stable for tests and the audit trail
 */
public record Finding(Severity severity, String check, String message) implements Serializable {

  /**
   * Errors block publishing; warnings are shown to the reviewer and may be accepted with a note.
   */
  public enum Severity {
    ERROR,
    WARNING
  }

  static Finding error(String check, String message) {
    return new Finding(Severity.ERROR, check, message);
  }

  static Finding warning(String check, String message) {
    return new Finding(Severity.WARNING, check, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
