package org.specworks.cms.archive;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.specworks.cms.archive.ArchiveWriter.Origin;
import org.specworks.cms.archive.ArchiveWriter.Written;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.shared.SchemaMigrator;

/**
 * Writes the whole CMS as an archive for an administrator. The export is recorded in the audit
 * trail first, in a transaction of its own, so the archive holds the entry of its own export; the
 * archive is then read from one snapshot on a connection outside any container transaction, so a
 * long export neither holds a transaction timeout nor sees half of a publication.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ArchiveExport {

  private static final Logger LOG = Logger.getLogger(ArchiveExport.class.getName());

  @Resource(lookup = SchemaMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @Resource private UserTransaction transaction;

  @Inject private AuditLog audit;
  @Inject private Clock clock;

  /**
   * Refuses anyone but an administrator before anything is written to {@code out}; the caller may
   * still answer with an error then.
   */
  public void requirePermission(Actor actor) {
    actor.require(Permission.EXPORT_ARCHIVE);
  }

  /** Checks the permission, records the export, then streams the archive to {@code out}. */
  public void export(Actor actor, OutputStream out) {
    requirePermission(actor);
    Origin origin = new Origin(actor.username(), clock.instant());
    recordExport(actor);
    try (Connection connection = dataSource.getConnection()) {
      Written written = Archives.export(connection, out, origin);
      LOG.info(
          () ->
              "Archive exported by "
                  + actor.username()
                  + ": manifest SHA-256 "
                  + written.manifestSha256()
                  + ", rows per table "
                  + written.rows());
    } catch (SQLException e) {
      throw new IllegalStateException("The archive could not be read from the database", e);
    } catch (IOException e) {
      throw new UncheckedIOException("The archive could not be written", e);
    }
  }

  private void recordExport(Actor actor) {
    try {
      transaction.begin();
      audit.record(
          actor.username(),
          AuditAction.ARCHIVE_EXPORT,
          "Exported the whole CMS as an archive (format version " + ArchiveFormat.VERSION + ")");
      transaction.commit();
    } catch (Exception e) {
      try {
        transaction.rollback();
      } catch (Exception ignored) {
        // the original failure says more
      }
      throw new IllegalStateException("The export could not be recorded in the audit trail", e);
    }
  }
}
