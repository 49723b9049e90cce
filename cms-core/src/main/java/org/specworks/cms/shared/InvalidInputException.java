package org.specworks.cms.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request was refused because its input breaks a rule; the message says which, in words the user
 * can act on. Nothing was changed (the transaction rolls back).
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }
}
