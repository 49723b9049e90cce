package org.specworks.cms.preview;

import jakarta.ejb.ApplicationException;

/**
 * A preview link that does not (or no longer) open its draft; the message says why, for the
 * visitor.
 */
@ApplicationException(rollback = true)
public class PreviewUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why: the link was never valid, or it expired, or someone revoked it. */
  public enum Reason {
    INVALID,
    EXPIRED,
    REVOKED
  }

  private final Reason reason;

  public PreviewUnavailableException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
