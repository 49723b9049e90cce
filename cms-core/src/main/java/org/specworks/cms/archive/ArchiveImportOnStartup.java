package org.specworks.cms.archive;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.archive.ArchiveLoader.Outcome;
import org.specworks.cms.shared.SchemaMigrator;

/**
 * When {@code cms.import.archive} names an archive, imports it right after the migrations and
 * before anything else writes (the seed, the default workflows and the first administrator wait for
 * this bean, and then find their rows in place). A refused archive stops the start-up with the
 * reason: a CMS that was told to start from an archive must not start from the seed instead. A
 * database that already holds this archive's import starts normally, so the setting may stay in
 * place after the first start.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class ArchiveImportOnStartup {

  private static final Logger LOG = Logger.getLogger(ArchiveImportOnStartup.class.getName());

  @Resource(lookup = SchemaMigrator.DATA_SOURCE)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "cms.import.archive")
  private Optional<String> archive;

  @PostConstruct
  void importConfiguredArchive() {
    Optional<Path> file = archive.filter(a -> !a.isBlank()).map(Path::of);
    if (file.isEmpty()) {
      return;
    }
    Path path = file.get().toAbsolutePath();
    try (Connection connection = dataSource.getConnection()) {
      if (!Files.isReadable(path)) {
        throw new ArchiveRefusedException("There is no readable archive at " + path);
      }
      long started = System.nanoTime();
      Outcome outcome = Archives.importInto(connection, path);
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (outcome == Outcome.IMPORTED) {
        LOG.info(() -> "Imported the archive " + path + " in " + millis + " ms");
      } else {
        LOG.info(
            () ->
                "The database already holds the import of "
                    + path
                    + ": nothing imported (cms.import.archive may be removed)");
      }
    } catch (ArchiveRefusedException refused) {
      String message =
          "Refused to import the archive "
              + path
              + " (cms.import.archive): "
              + refused.getMessage()
              + ". Nothing was written.";
      LOG.severe(message);
      throw new IllegalStateException(message, refused);
    } catch (SQLException e) {
      String message =
          "Importing the archive "
              + path
              + " failed; the import was rolled back: "
              + e.getMessage();
      LOG.severe(message);
      throw new IllegalStateException(message, e);
    }
  }
}
