package org.specworks.cms.web.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.Internals;
import org.specworks.cms.testing.OwnPostgres;
import org.specworks.cms.testing.ProductionDatabaseOnly;
import org.specworks.cms.testing.SecondInstance;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * The database restarts while an editor saves and readers read: a CMS process on a PostgreSQL
 * server of the test's own (the machine's server is not the test's to restart), two readers of a
 * cached page (about 50 reads a second each) and an editor saving through the real editor form, for
 * about 12 s; the database restarts in the middle. Readers see no error; every save is either
 * acknowledged or answered with a page that says to try again (no internals); saves work again
 * without restarting the CMS; and every acknowledged save is in the database afterwards.
 */
@CmsIntegrationTest
@ProductionDatabaseOnly
@RunAsClient
class DatabaseRestartIT {

  private static final String READ = "omaspecworks/about";
  private static final List<String> EDITED = List.of("/omaspecworks/about/collaborate");

  /**
   * One editor's save: acknowledged with its revision number, or answered otherwise (status and
   * page).
   */
  private record Save(
      long startedAt, String path, String text, int revision, int status, String page) {
    boolean acknowledged() {
      return revision > 0;
    }
  }

  @Test
  void readersSeeNoErrorAndNoAcknowledgedSaveIsLostWhenTheDatabaseRestarts() throws Exception {
    String password = System.getProperty("cms.it.adminPassword");
    try (OwnPostgres database = OwnPostgres.start();
        SecondInstance cms = SecondInstance.start(Map.of("CMS_DB_URL", database.jdbcUrl()))) {
      SiteClient site = new SiteClient(cms.base());
      assertEquals(200, site.get(READ).statusCode());
      // One signed-in session, two browser tabs: a second sign-in of the same account would end the
      // first
      // session (the account's sign-in is recorded), which is not what this test is about.
      StaffHttpSession staff = StaffHttpSession.signIn(site, "admin", password);

      AtomicBoolean running = new AtomicBoolean(true);
      List<Integer> readStatuses = Collections.synchronizedList(new ArrayList<>());
      List<Save> saves = Collections.synchronizedList(new ArrayList<>());
      ExecutorService load = Executors.newFixedThreadPool(4);
      List<Future<?>> workers = new ArrayList<>();
      for (int reader = 0; reader < 2; reader++) {
        workers.add(
            load.submit(
                () -> {
                  while (running.get()) {
                    readStatuses.add(site.get(READ).statusCode());
                    Thread.sleep(20); // bounded load: about 50 reads a second per reader
                  }
                  return null;
                }));
      }
      for (int i = 0; i < EDITED.size(); i++) {
        StaffHttpSession editor = staff;
        String path = EDITED.get(i);
        workers.add(
            load.submit(
                () -> {
                  for (int n = 0; running.get(); n++) {
                    saves.add(
                        save(editor, path, "Saved under load, round " + n + " of " + path + "."));
                  }
                  return null;
                }));
      }
      Thread.sleep(4_000);
      long restartedAt = System.nanoTime();
      database.restart();
      long restartMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restartedAt);
      Thread.sleep(8_000);
      running.set(false);
      for (Future<?> worker : workers) {
        worker.get(60, TimeUnit.SECONDS);
      }
      load.shutdown();

      List<Save> answered = new ArrayList<>(saves);
      long restartDone = restartedAt + TimeUnit.MILLISECONDS.toNanos(restartMillis);
      answered.forEach(
          save ->
              System.out.printf(
                  "  save of %s started %+d ms from the restart's end: %s%n",
                  save.path(),
                  TimeUnit.NANOSECONDS.toMillis(save.startedAt() - restartDone),
                  save.acknowledged() ? "revision " + save.revision() : "status " + save.status()));
      List<Save> acknowledged = answered.stream().filter(Save::acknowledged).toList();
      List<Save> refused = answered.stream().filter(save -> !save.acknowledged()).toList();
      System.out.printf(
          "DatabaseRestartIT: restart took %d ms; %d reads (%s); %d saves, %d acknowledged, %d told to try again%n",
          restartMillis,
          readStatuses.size(),
          countsOf(readStatuses),
          answered.size(),
          acknowledged.size(),
          refused.size());

      assertTrue(
          readStatuses.stream().allMatch(status -> status == 200),
          "readers of the cached page saw no error: " + countsOf(readStatuses));
      for (Save save : refused) {
        assertTrue(
            save.page().toLowerCase().contains("try again"),
            "a save that was not acknowledged says to try again: "
                + save.status()
                + " "
                + abbreviate(save.page()));
        Internals.shownIn(save.page())
            .ifPresent(
                leak -> {
                  throw new AssertionError("internals shown to an editor: " + leak);
                });
      }
      assertTrue(
          acknowledged.stream()
              .anyMatch(save -> save.startedAt() > restartedAt + restartMillis * 1_000_000),
          "saves work again after the restart, without restarting the CMS");
      try (Connection connection =
          DriverManager.getConnection(database.jdbcUrl(), "postgres", "")) {
        for (Save save : acknowledged) {
          assertEquals(
              save.text(),
              bodyOf(connection, save.path(), save.revision()),
              "acknowledged revision " + save.revision() + " of " + save.path() + " is stored");
        }
      }
    }
  }

  /** Opens the editor, replaces the body with {@code text} and saves, as the form does. */
  private static Save save(StaffHttpSession editor, String path, String text) {
    String view = "admin/content/edit.xhtml?path=" + path;
    long startedAt = System.nanoTime();
    try {
      HttpResponse<String> opened = editor.get(view);
      if (opened.statusCode() != 200) {
        return new Save(startedAt, path, text, 0, opened.statusCode(), opened.body());
      }
      Map<String, String> fields = StaffHttpSession.filledForm(opened.body(), "editor");
      fields.put("editor:body", text);
      fields.put("editor:changeNote", "under load");
      fields.put("editor:save", "");
      HttpResponse<String> posted = editor.post(view, fields);
      boolean savedAndSentBack =
          posted.statusCode() == 302
              && posted.headers().firstValue("Location").orElse("").contains("edit.xhtml");
      if (!savedAndSentBack) {
        return new Save(
            startedAt,
            path,
            text,
            0,
            posted.statusCode(),
            posted
                    .headers()
                    .firstValue("Location")
                    .map(to -> "redirected to " + to + " ")
                    .orElse("")
                + posted.body());
      }
      // The editor opens at the latest revision; only this editor saves this page, so that is the
      // one saved.
      HttpResponse<String> reopened = editor.get(view);
      Element base = Jsoup.parse(reopened.body()).getElementById("base-revision");
      int revision = base == null ? 0 : Integer.parseInt(base.text().strip());
      return new Save(startedAt, path, text, revision, posted.statusCode(), reopened.body());
    } catch (RuntimeException failed) {
      return new Save(startedAt, path, text, 0, -1, String.valueOf(failed));
    }
  }

  private static String bodyOf(Connection connection, String path, int revision) throws Exception {
    try (PreparedStatement query =
        connection.prepareStatement(
            "select r.body from revision r join content_item i on i.id = r.item_id where i.path = ? and r.number = ?")) {
      query.setString(1, path);
      query.setInt(2, revision);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    }
  }

  private static Map<Integer, Long> countsOf(List<Integer> statuses) {
    Map<Integer, Long> counts = new java.util.TreeMap<>();
    new ArrayList<>(statuses).forEach(status -> counts.merge(status, 1L, Long::sum));
    return counts;
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
