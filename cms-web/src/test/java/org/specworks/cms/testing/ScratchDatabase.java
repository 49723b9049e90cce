package org.specworks.cms.testing;

/**
 * A second, empty PostgreSQL database beside the run's own ({@code <run's database>_<suffix>}, on
 * the same server), dropped and re-created on each call: for a second CMS process that must start
 * from nothing.
 */
public final class ScratchDatabase {

  private ScratchDatabase() {}

  /** Re-creates the database and returns its JDBC URL. */
  public static String recreate(String suffix) {
    String runUrl = System.getenv("CMS_DB_URL");
    if (runUrl == null || !runUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalStateException("Not a PostgreSQL run: CMS_DB_URL=" + runUrl);
    }
    String url = runUrl + "_" + suffix;
    PostgresTestDatabase.recreate(url, System.getenv().getOrDefault("CMS_DB_USER", "postgres"));
    return url;
  }
}
