package org.specworks.cms.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.specworks.cms.archive.ArchiveLoader.Outcome;
import org.specworks.cms.archive.ArchiveWriter.Origin;
import org.specworks.cms.archive.ArchiveWriter.Written;

/**
 * Export and import on a plain JDBC connection, each in a transaction of its own: what the
 * application beans call, and what tests call on a database of their own.
 */
final class Archives {

  private Archives() {}

  /**
   * Writes the archive from one snapshot of the database: repeatable read on PostgreSQL (a
   * snapshot), serializable on H2 (its repeatable read lets new rows appear), read only.
   */
  static Written export(Connection connection, OutputStream out, Origin origin)
      throws SQLException, IOException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    boolean readOnly = connection.isReadOnly();
    try {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(
          connection.getMetaData().getDatabaseProductName().toLowerCase().contains("h2")
              ? Connection.TRANSACTION_SERIALIZABLE
              : Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      Written written = ArchiveWriter.write(connection, out, origin);
      connection.commit();
      return written;
    } finally {
      try {
        connection.rollback();
      } finally {
        connection.setReadOnly(readOnly);
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  /**
   * Verifies every hash of the archive, then imports it in one transaction; writes nothing when it
   * refuses.
   */
  static Outcome importInto(Connection connection, Path file) throws SQLException {
    try (VerifiedArchive archive = VerifiedArchive.open(file)) {
      boolean autoCommit = connection.getAutoCommit();
      try {
        connection.setAutoCommit(false);
        Outcome outcome = ArchiveLoader.load(connection, archive, file.getFileName().toString());
        connection.commit();
        return outcome;
      } catch (SQLException | RuntimeException failed) {
        connection.rollback();
        throw failed;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }
}
