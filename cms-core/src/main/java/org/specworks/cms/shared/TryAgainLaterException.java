package org.specworks.cms.shared;

import jakarta.ejb.ApplicationException;
import java.sql.SQLException;

/**
 * A request could not be carried out because of the server's resources (a full disk, a database
 * that is not answering), not because of its input; the message says so in words the user can act
 * on. Nothing was changed (the transaction rolls back), and the same request may succeed later.
 */
@ApplicationException(rollback = true)
public class TryAgainLaterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * PostgreSQL's SQLSTATE class 53: insufficient resources (53100 disk full, 53200 out of memory,
   * …).
   */
  private static final String INSUFFICIENT_RESOURCES = "53";

  public TryAgainLaterException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The database refused to store {@code what}: says whether the server ran out of room, which an
   * administrator must fix, or failed otherwise.
   */
  public static TryAgainLaterException storing(String what, RuntimeException failure) {
    boolean full = sqlState(failure).startsWith(INSUFFICIENT_RESOURCES);
    return new TryAgainLaterException(
        full
            ? "There is no room left on the server to store "
                + what
                + "; nothing was saved. Ask an"
                + " administrator to free space, then try again."
            : "The server could not store "
                + what
                + " just now; nothing was saved. Try again in a moment.",
        failure);
  }

  private static String sqlState(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return "";
  }
}
