package org.specworks.cms.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Drops and re-creates the PostgreSQL database of a test run, so every run starts from an empty
 * schema.
 */
final class PostgresTestDatabase {

  private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private PostgresTestDatabase() {}

  static void recreate(String jdbcUrl, String user) {
    URI address = URI.create(jdbcUrl.substring("jdbc:".length()));
    String database = address.getPath().substring(1);
    if (!SAFE_NAME.matcher(database).matches() || database.equals("postgres")) {
      throw new IllegalArgumentException("Refusing to recreate database '" + database + "'");
    }
    String maintenanceUrl =
        "jdbc:postgresql://"
            + address.getHost()
            + ":"
            + (address.getPort() == -1 ? 5432 : address.getPort())
            + "/postgres";
    try (Connection connection = DriverManager.getConnection(maintenanceUrl, user, "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
      statement.execute("create database " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot recreate test database " + database + " at " + maintenanceUrl, e);
    }
  }
}
