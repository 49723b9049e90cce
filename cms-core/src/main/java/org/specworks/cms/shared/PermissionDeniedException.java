package org.specworks.cms.shared;

import jakarta.ejb.ApplicationException;

/** The acting person may not do this; the message says what was needed. Nothing was changed. */
@ApplicationException(rollback = true)
public class PermissionDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(String message) {
    super(message);
  }
}
