package org.specworks.cms.web.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.ProductionDatabaseOnly;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * A signed-in staff member keeps their roles on every request while other people use the site at
 * the same time. Payara's session-applied authentication took the caller's groups from the worker
 * thread's security context, which under concurrent load was sometimes empty: the administrator got
 * 403 "Your account does not have the role this page needs" on an admin page they had just opened
 * (payara/Payara#6145).
 */
@CmsIntegrationTest
@ProductionDatabaseOnly // the container's behaviour, not the database's: once per run is enough
@RunAsClient
class StaffSessionUnderLoadIT {

  private static final int STAFF_REQUESTS_PER_TAB = 60;

  @ArquillianResource private URL deployment;

  @Test
  void aSignedInAdministratorIsNeverRefusedWhileReadersUseTheSite() throws Exception {
    SiteClient site = new SiteClient(Loopback.base(deployment));
    StaffHttpSession admin =
        StaffHttpSession.signIn(site, "admin", System.getProperty("cms.it.adminPassword"));
    Map<String, Integer> answers = new ConcurrentHashMap<>();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService load = Executors.newFixedThreadPool(5);
    List<Future<?>> readers = new ArrayList<>();
    for (int reader = 0; reader < 2; reader++) {
      readers.add(
          load.submit(
              () -> {
                while (running.get()) {
                  site.get("omaspecworks/about");
                  Thread.sleep(5); // bounded: the cores are shared with the server under test
                }
                return null;
              }));
    }
    List<Future<?>> tabs = new ArrayList<>();
    for (String page :
        List.of("admin/index.xhtml", "admin/content/index.xhtml", "admin/users/index.xhtml")) {
      tabs.add(
          load.submit(
              () -> {
                for (int i = 0; i < STAFF_REQUESTS_PER_TAB; i++) {
                  answers.merge(page + " " + admin.get(page).statusCode(), 1, Integer::sum);
                }
                return null;
              }));
    }
    for (Future<?> tab : tabs) {
      tab.get(5, TimeUnit.MINUTES);
    }
    running.set(false);
    for (Future<?> reader : readers) {
      reader.get(1, TimeUnit.MINUTES);
    }
    load.shutdown();

    Map<String, Integer> expected = new TreeMap<>();
    for (String page :
        List.of("admin/index.xhtml", "admin/content/index.xhtml", "admin/users/index.xhtml")) {
      expected.put(page + " 200", STAFF_REQUESTS_PER_TAB);
    }
    assertEquals(
        expected, new TreeMap<>(answers), "every admin request of the session answered 200");
  }
}
