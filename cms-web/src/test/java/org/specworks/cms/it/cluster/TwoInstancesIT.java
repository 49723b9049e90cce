package org.specworks.cms.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.cluster.DataGrid;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.FailureInjection;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublicationLog;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.scheduling.Schedule;
import org.specworks.cms.scheduling.ScheduleRunner;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.scheduling.ScheduleState;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.ManagementEndpoint;
import org.specworks.cms.testing.ProductionDatabaseOnly;
import org.specworks.cms.testing.SecondInstance;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;
import org.specworks.cms.testing.SteadyLoad;

/**
 * Two CMS processes on one PostgreSQL database, joined in one data grid on loopback (this test
 * server and a second Payara Micro): what one publishes the other serves within a second, a lost
 * message is made up by the safety net, every schedule and scheduled release runs exactly once, and
 * losing an instance loses neither a reader's request nor an editor's session. Needs a database two
 * processes share, so it runs in the PostgreSQL run only ({@link ProductionDatabaseOnly}).
 */
@CmsIntegrationTest
@ProductionDatabaseOnly
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

  private static final int SCHEDULES = 40;
  private static final int RELEASED = 3;
  private static final int PUBLICATIONS = 50;
  private static final int SAFETY_NET_SECONDS = 2;

  /** The second instance drops the first message about this page, as if it were lost. */
  private static final ContentPath DROPPED = ContentPath.of("/it/cluster-dropped-message");

  /** An editor opens this page on the second instance, which then dies. */
  private static final ContentPath EDITED = ContentPath.of("/it/cluster-node-loss");

  private static final String MESSAGES = "cms_cluster_messages_total";
  private static final String CATCH_UPS = "cms_cluster_safety_net_catch_ups_total";

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private PublishingService publishing;
  @Inject private ReleaseService releases;
  @Inject private ScheduleService schedules;
  @Inject private ScheduleRunner runner;
  @Inject private PublicationLog publications;
  @Inject private AuditLog audit;
  @Inject private Clock clock;
  @Inject private FailureInjection faults;
  @Inject private DataGrid grid;

  @Test
  @Order(1)
  void pagesLiveBeforeTheSecondInstanceStarts() {
    steps.livePage(DROPPED, "Before the lost message.");
    steps.livePage(EDITED, "Opened on the instance that dies.");
  }

  @Test
  @Order(2)
  @RunAsClient
  void aSecondInstanceStartsOnTheSameDatabase() throws Exception {
    SecondInstance.startSharedClustered(
        Map.of(
            "CMS_CLUSTER_SAFETY_NET_SECONDS", Integer.toString(SAFETY_NET_SECONDS),
            "CMS_CLUSTER_FAULT_DROP_FIRST_MESSAGE_ABOUT", DROPPED.value()));
  }

  @Test
  @Order(3)
  void bothInstancesAreInOneDataGrid() throws InterruptedException {
    await(() -> grid.members() == 2, Duration.ofSeconds(60), "two members in the data grid");
  }

  @Test
  @Order(4)
  void aLostMessageIsMadeUpByTheSafetyNet() throws InterruptedException {
    SiteClient second = new SiteClient(SecondInstance.clusteredBase());
    ManagementEndpoint secondsMetrics = SecondInstance.clusteredManagement();
    awaitShows(second, DROPPED, "Before the lost message.", Duration.ofSeconds(10));
    double caughtUp = secondsMetrics.applicationCounter(CATCH_UPS, Map.of());

    Revision next = steps.draft(DROPPED, "After the lost message.");
    steps.approve(DROPPED, next);
    publishing.publish(Staff.REVIEWER, DROPPED, next.id());
    Duration took =
        awaitShows(
            second,
            DROPPED,
            "After the lost message.",
            Duration.ofSeconds(4L * SAFETY_NET_SECONDS));

    assertEquals(
        1.0,
        secondsMetrics.applicationCounter(MESSAGES, Map.of("result", "dropped")),
        "the second instance dropped the message");
    assertTrue(
        secondsMetrics.applicationCounter(CATCH_UPS, Map.of()) > caughtUp,
        "its safety net caught up (after " + took.toMillis() + " ms)");
  }

  @Test
  @Order(5)
  void everyPublicationReachesTheOtherInstanceWithinASecond() throws InterruptedException {
    SiteClient second = new SiteClient(SecondInstance.clusteredBase());
    ManagementEndpoint secondsMetrics = SecondInstance.clusteredManagement();
    ContentPath path = Staff.freshPath("cluster-coherence");
    steps.livePage(path, "Version [0].");
    awaitShows(second, path, "Version [0].", Duration.ofSeconds(10));
    double received = secondsMetrics.applicationCounter(MESSAGES, Map.of("result", "received"));

    List<Long> millis = new ArrayList<>();
    for (int i = 1; i <= PUBLICATIONS; i++) {
      Revision draft = steps.draft(path, "Version [" + i + "].");
      steps.approve(path, draft);
      publishing.publish(Staff.REVIEWER, path, draft.id());
      // Measured from the commit (publish returns after it) to the other instance's first response
      // that shows the new version; it served the old one from its cache until then.
      millis.add(
          awaitShows(second, path, "Version [" + i + "].", Duration.ofSeconds(10)).toMillis());
    }

    List<Long> sorted = millis.stream().sorted().toList();
    long p50 = sorted.get(sorted.size() / 2 - 1);
    long p99 = sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
    System.out.printf(
        "Cluster coherence over %d publications: p50 %d ms, p99 %d ms, max %d ms%n",
        PUBLICATIONS, p50, p99, sorted.get(sorted.size() - 1));
    assertTrue(p99 < 1000, "p99 " + p99 + " ms of " + sorted);
    assertTrue(
        secondsMetrics.applicationCounter(MESSAGES, Map.of("result", "received")) - received
            >= PUBLICATIONS,
        "messages told the other instance, not its safety net");
  }

  @Test
  @Order(6)
  void bothInstancesPollAndEveryScheduleAndScheduledReleaseRunsOnce() throws InterruptedException {
    SiteClient second = new SiteClient(SecondInstance.clusteredBase());
    Actor reviewer = steps.reviewerAccount();
    LocalDateTime due =
        LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).plusSeconds(20).withNano(0);
    List<ContentPath> paths = new ArrayList<>();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < SCHEDULES; i++) {
      ContentPath path = Staff.freshPath("two-instances");
      Revision draft =
          steps.approvedDraftOfLivePage(path, "Published by whichever instance claims it first.");
      ids.add(schedules.schedulePublish(reviewer, path, draft.id(), due, "UTC", null).id());
      paths.add(path);
    }
    Release release = releases.create(Staff.EDITOR, "Released on one instance", "");
    List<ContentPath> released = new ArrayList<>();
    for (int i = 0; i < RELEASED; i++) {
      ContentPath path = Staff.freshPath("two-instances-release");
      steps.livePage(path, "Before.");
      steps.draft(path, "Released by whichever instance claims it first.");
      releases.addLatest(Staff.EDITOR, release.id(), path);
      released.add(path);
    }
    releases.submit(Staff.EDITOR, release.id());
    releases.approve(Staff.REVIEWER, release.id(), "both polling");
    long releaseSchedule = schedules.scheduleRelease(reviewer, release.id(), due, "UTC", null).id();
    ids.add(releaseSchedule);
    // The second instance caches every page as it is before the due time.
    List<ContentPath> all = new ArrayList<>(paths);
    all.addAll(released);
    for (ContentPath path : all) {
      awaitShows(second, path, "Before.", Duration.ofSeconds(10));
    }

    // This process publishes slowly, as under load, so that however fast the machine, the other
    // process polls while this one is still working through the due schedules: both must then
    // take part, each exactly once.
    faults.slowDownPublishing(Duration.ofMillis(150));
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (System.nanoTime() < deadline && !ids.stream().allMatch(this::done)) {
        runner.runDue(); // this instance competes too, besides its own poller
        Thread.sleep(200);
      }
    } finally {
      faults.stopSlowingDown();
    }

    Set<String> instances = new TreeSet<>();
    for (ContentPath path : paths) {
      long item = content.requireByPath(path).id();
      assertEquals(2, publications.versionsOf(item).size(), path + " published exactly once");
      List<AuditEntry> runs =
          audit.forItem(item).stream()
              .filter(entry -> entry.action().equals(AuditAction.SCHEDULE_RUN.id()))
              .toList();
      assertEquals(1, runs.size(), path + " has exactly one run");
      String detail = runs.get(0).detail();
      instances.add(detail.substring(detail.lastIndexOf(" on ") + 4));
    }
    for (ContentPath path : released) {
      long item = content.requireByPath(path).id();
      assertEquals(2, publications.versionsOf(item).size(), path + " released exactly once");
    }
    assertTrue(ids.stream().allMatch(this::done));
    String me = ManagementFactory.getRuntimeMXBean().getName();
    assertTrue(
        instances.size() == 2 && instances.contains(me),
        "both processes ran some of the "
            + SCHEDULES
            + " schedules: "
            + instances
            + " (this one is "
            + me
            + ")");
    // Whichever instance ran a schedule, the other one's cache no longer shows the old page.
    for (ContentPath path : paths) {
      awaitShows(
          second, path, "Published by whichever instance claims it first.", Duration.ofSeconds(1));
    }
    for (ContentPath path : released) {
      awaitShows(
          second, path, "Released by whichever instance claims it first.", Duration.ofSeconds(1));
    }
  }

  @Test
  @Order(7)
  @RunAsClient
  void losingAnInstanceLosesNoRequestAndNoEditorsSession(@ArquillianResource URL deployment)
      throws InterruptedException {
    SiteClient survivor = new SiteClient(deployment);
    SiteClient dying = new SiteClient(SecondInstance.clusteredBase());
    StaffHttpSession editor =
        StaffHttpSession.signIn(dying, "admin", System.getProperty("cms.it.adminPassword"));
    String view = "admin/content/edit.xhtml?path=" + EDITED.value();
    HttpResponse<String> opened = editor.get(view);
    assertEquals(200, opened.statusCode(), opened.body());
    Map<String, String> form = StaffHttpSession.filledForm(opened.body(), "editor");
    form.put("editor:body", "Saved on the instance that survived.");
    form.put("editor:changeNote", "after losing an instance");
    form.put("editor:save", "");

    SteadyLoad load =
        SteadyLoad.start(
            survivor,
            List.of(
                "omaspecworks/about",
                "omaspecworks/about/omaspecworks-faq",
                "omaspecworks/about/ipr/member-declarations",
                "api/v1/items/omaspecworks/about",
                item(EDITED)),
            2000,
            Duration.ofSeconds(20));
    Thread.sleep(5000);
    SecondInstance.shared().kill(); // SIGKILL: no shutdown, nothing handed over
    SteadyLoad.Outcome outcome = load.await();

    StaffHttpSession continued = editor.on(survivor);
    HttpResponse<String> admin = continued.get("admin/index.xhtml");
    assertEquals(200, admin.statusCode(), "not sent to sign in again: " + admin.headers().map());
    assertTrue(admin.body().contains("signed-in-as"), "still signed in");
    HttpResponse<String> saved = continued.post(view, form);
    assertTrue(
        saved.statusCode() == 302
            && saved.headers().firstValue("Location").orElse("").contains("edit.xhtml"),
        "the form opened on the lost instance saves on the survivor: "
            + saved.statusCode()
            + " "
            + saved.body());
    assertTrue(
        continued.get(view).body().contains("Saved on the instance that survived."),
        "the save is the latest revision");

    assertEquals(2000, outcome.sent());
    assertEquals(List.of(), outcome.failures(), "no reader's request failed");
  }

  @Test
  @Order(8)
  @RunAsClient
  void theSecondInstanceStops() throws Exception {
    SecondInstance.stopShared();
  }

  private boolean done(long scheduleId) {
    Schedule schedule = schedules.require(scheduleId);
    return schedule.state() == ScheduleState.DONE;
  }

  /**
   * How long until {@code site}'s delivery API serves the item at {@code path} with {@code text}
   * (the API's responses are cached and dropped like pages); fails after {@code max}.
   */
  private static Duration awaitShows(SiteClient site, ContentPath path, String text, Duration max)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + max.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      HttpResponse<String> page = site.get(item(path));
      if (page.statusCode() == 200 && page.body().contains(text)) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      last = page.statusCode() + " " + page.body();
      Thread.sleep(5);
    }
    return fail(
        site.uri(path.value()) + " did not show '" + text + "' within " + max + ": " + last);
  }

  private static String item(ContentPath path) {
    return "api/v1/items" + path.value();
  }

  private static void await(BooleanSupplier condition, Duration max, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        fail(what + " within " + max);
      }
      Thread.sleep(200);
    }
  }
}
