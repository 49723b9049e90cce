package org.specworks.cms.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else touches it.
 *
 * <p>The data source is defined here, once, from MicroProfile Config ({@code cms.db.*}; environment
 * variables such as {@code CMS_DB_URL} override the defaults in {@code
 * META-INF/microprofile-config.properties}), so the same build runs on the embedded H2 default and
 * on PostgreSQL without editing a file. JPA's own schema generation is off: Flyway owns the schema,
 * and the same SQL runs on both databases.
 */
@DataSourceDefinition(
    name = SchemaMigrator.DATA_SOURCE,
    className = "${MPCONFIG=cms.db.class}",
    url = "${MPCONFIG=cms.db.url}",
    user = "${MPCONFIG=cms.db.user}",
    password = "${MPCONFIG=cms.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    // Payara's pool checks a connection (JDBC 4 isValid) before handing it out and, once one is
    // found
    // dead, drops them all: after a database restart the next request gets a fresh connection
    // instead
    // of failing on a stale one.
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  public static final String DATA_SOURCE = "java:app/jdbc/cms";
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    Flyway flyway = flyway();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database "
                + result.database
                + ": schema at version "
                + flyway.info().current().getVersion()
                + ", "
                + result.migrationsExecuted
                + " migration(s) applied now");
  }

  /**
   * Migrations this build holds that the database has not applied (another instance may have
   * migrated a newer schema; this one never migrates again after start-up); reads the database.
   */
  public int pendingMigrations() {
    return flyway().info().pending().length;
  }

  /**
   * Whether the database answers a fresh connection, with its product name or the error. (Here, as
   * the data source is defined in this module: the web module cannot inject it in the EAR.)
   */
  public DatabaseState database() {
    try (Connection connection = dataSource.getConnection()) {
      return new DatabaseState(
          connection.isValid(5), connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      return new DatabaseState(false, String.valueOf(e.getMessage()));
    }
  }

  /** What {@link #database()} found. */
  public record DatabaseState(boolean answers, String detail) {}

  private Flyway flyway() {
    return Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .load();
  }
}
