package org.specworks.cms.shared;

/** Something the caller asked for by identity does not exist (or is not visible to them). */
@jakarta.ejb.ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
