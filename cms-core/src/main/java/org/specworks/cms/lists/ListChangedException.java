package org.specworks.cms.lists;

import org.specworks.cms.shared.InvalidInputException;

/**
 * The list changed between reading it (a preview, a screen) and changing it: someone saved one of
 * its items or added one. Nothing was changed; the message says what happened meanwhile.
 */
public class ListChangedException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public ListChangedException(String message) {
    super(message);
  }
}
