package org.specworks.cms.workflow;

import jakarta.ejb.ApplicationException;

/**
 * A workflow move that the rules do not allow now; the message is the reason, fit to show the user.
 */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IllegalTransitionException(String reason) {
    super(reason);
  }
}
