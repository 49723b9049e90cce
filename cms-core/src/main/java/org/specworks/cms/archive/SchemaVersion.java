package org.specworks.cms.archive;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The newest migration Flyway applied to the connected database. */
final class SchemaVersion {

  private SchemaVersion() {}

  static String of(Connection connection) throws SQLException {
    // Quoted: Flyway creates its table with lower-case quoted names, which H2 keeps as they are.
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select \"version\" from \"flyway_schema_history\""
                    + " where \"success\" = true and \"version\" is not null"
                    + " order by \"installed_rank\" desc")) {
      if (!rows.next()) {
        throw new IllegalStateException("The database has no applied migration");
      }
      return rows.getString(1);
    }
  }
}
