package org.specworks.cms.it.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.OTHER_EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.agreements.AgreementService;
import org.specworks.cms.archive.ArchiveExport;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.HotfixService;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.documents.DocumentFiles;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.it.TestPdfs;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.scheduling.ScheduleService;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.ProductionDatabaseOnly;
import org.specworks.cms.testing.ScratchDatabase;
import org.specworks.cms.testing.SecondInstance;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * The export / import round trip through real processes on PostgreSQL: this deployment gets an
 * edited history on top of the seed (edits, a review with a comment and decisions, a hotfix, a
 * release, a pending schedule, an uploaded PDF, an agreement acceptance), an administrator
 * downloads archive A, a second CMS process starts on an empty database with {@code
 * CMS_IMPORT_ARCHIVE} = A, and its administrator downloads archive B. A and B hold the same rows of
 * every table, the same Markdown bodies and the same document bytes; B's audit trail is A's
 * followed only by the import, the sign-in and the export made on the second process; the imported
 * CMS serves the same public pages; and new ids there start above the imported ones. (Damaged
 * archives, unknown versions and non-empty databases: {@code ArchiveRoundTripTest} in cms-core, on
 * H2.)
 */
@CmsIntegrationTest
@ProductionDatabaseOnly
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchiveRoundTripIT {

  private static final ContentPath AGREEMENT =
      ContentPath.of("/omaspecworks/about/policies-terms-of-use/document-use-agreement");
  private static final List<String> PUBLIC_PAGES =
      List.of(
          "omaspecworks/about",
          "omaspecworks/about/ipr",
          "omaspecworks/about/policies-terms-of-use",
          "omaspecworks/about/omaspecworks-faq",
          "omaspecworks/about/collaborate",
          "omaspecworks/about/policies-terms-of-use/document-use-agreement",
          "sitemap.xml",
          "api/v1/items?type=page&size=100");

  /** Archive A of the round trip, for the damaged copy of the last step (client side). */
  private static Path exported;

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private HotfixService hotfixes;
  @Inject private PublishingService publishing;
  @Inject private ReleaseService releases;
  @Inject private ScheduleService schedules;
  @Inject private DocumentFiles documents;
  @Inject private AgreementService agreements;
  @Inject private ArchiveExport archive;

  @Test
  @Order(1)
  void anEditedHistoryOnTopOfTheSeed() {
    ContentPath page = Staff.freshPath("archive-page");
    Revision live = steps.livePage(page, "Before the round trip.");
    Revision draft = steps.draft(page, "A draft with “typographic quotes” and ünïcode.");
    Review review = workflow.submitForReview(EDITOR, page, draft.id());
    workflow.comment(REVIEWER, review.id(), "One word could go.");
    workflow.reject(REVIEWER, review.id(), "Shorter, please.");
    Revision shorter = steps.draft(page, "A shorter draft.");
    Revision fix =
        hotfixes.saveHotfix(OTHER_EDITOR, page, live.id(), EditorialSteps.page("Fixed."), "typo");
    steps.approve(page, fix);
    publishing.publish(REVIEWER, page, fix.id());
    assertTrue(shorter.id() > 0);

    ContentPath released = Staff.freshPath("archive-release");
    steps.livePage(released, "Released soon.");
    steps.draft(released, "Released now.");
    Release release = releases.create(EDITOR, "Archive release", "One page");
    releases.addLatest(EDITOR, release.id(), released);
    releases.submit(EDITOR, release.id());
    releases.approve(REVIEWER, release.id(), "ok");
    releases.publish(REVIEWER, release.id(), null);

    ContentPath scheduled = Staff.freshPath("archive-scheduled");
    Revision approved = steps.approvedDraftOfLivePage(scheduled, "Next year.");
    Actor reviewer = steps.reviewerAccount();
    schedules.schedulePublish(
        reviewer,
        scheduled,
        approved.id(),
        LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(300).truncatedTo(ChronoUnit.MINUTES),
        "Europe/Paris",
        null);

    ContentPath document =
        ContentPath.of("/documents/" + Staff.freshPath("archive").value().substring(4));
    ContentItem created =
        content.create(
            EDITOR,
            ContentType.DOCUMENT,
            document,
            new RevisionContent("Archived PDF", "", "", Map.of()),
            "new document");
    documents.attachPdf(
        EDITOR,
        document,
        created.latestRevision().orElseThrow().id(),
        "archive.pdf",
        TestPdfs.pdfSaying("kept byte for byte"),
        "upload");
    agreements.accept(
        AGREEMENT,
        agreements.current(AGREEMENT).orElseThrow().version(),
        document,
        HexFormat.of().formatHex(new byte[20]));
  }

  @Test
  @Order(2)
  void onlyAnAdministratorExportsAndNothingIsWrittenForOthers() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThrows(PermissionDeniedException.class, () -> archive.export(EDITOR, out));
    assertThrows(PermissionDeniedException.class, () -> archive.export(REVIEWER, out));
    assertEquals(0, out.size());
  }

  @Test
  @Order(3)
  @RunAsClient
  void exportImportExportLosesNothing(@ArquillianResource URL deployment) throws Exception {
    String password = System.getProperty("cms.it.adminPassword");
    SiteClient site = new SiteClient(deployment);
    assertEquals(
        302,
        site.get("admin/archive/export.zip").statusCode(),
        "without a session: to the sign-in page");
    Path a = Files.createTempFile("archive-a", ".zip");
    exported = a;
    download(
        site.uri("admin/archive/export.zip"),
        StaffHttpSession.signIn(site, "admin", password).cookie(),
        a);

    String emptyDatabase = ScratchDatabase.recreate("archive");
    Path b = Files.createTempFile("archive-b", ".zip");
    long started = System.nanoTime();
    try (SecondInstance imported =
        SecondInstance.start(
            Map.of(
                "CMS_DB_URL",
                emptyDatabase,
                "CMS_IMPORT_ARCHIVE",
                a.toString(),
                // Nothing may run on the imported copy before it is exported again.
                "CMS_SCHEDULES_POLL_SECONDS",
                "0"))) {
      System.out.printf(
          "ArchiveRoundTripIT: archive A %d bytes; second CMS imported it and served in %d s%n",
          Files.size(a), Duration.ofNanos(System.nanoTime() - started).toSeconds());
      SiteClient copy = new SiteClient(imported.base());
      for (String page : PUBLIC_PAGES) {
        HttpResponse<String> original = site.get(page);
        HttpResponse<String> served = copy.get(page);
        assertEquals(200, original.statusCode(), page);
        assertEquals(200, served.statusCode(), page);
        assertEquals(
            withoutContextPath(original.body(), site.uri("").toString(), site.contextPath()),
            withoutContextPath(served.body(), copy.uri("").toString(), copy.contextPath()),
            "the imported CMS serves " + page + " as the original does");
      }
      exportWithTheCommand(copy.uri(""), password, b);
      assertNewIdsStartAboveTheImportedOnes(emptyDatabase);
    }

    Map<String, byte[]> first = entries(a);
    Map<String, byte[]> second = entries(b);
    Files.delete(b); // it holds password hashes: kept no longer than needed
    Map<String, String> filesA = files(first);
    Map<String, String> filesB = files(second);
    assertEquals(filesA.keySet(), filesB.keySet(), "the same files: tables, bodies, documents");
    int bodies = 0;
    int pdfs = 0;
    for (String name : filesA.keySet()) {
      bodies += name.endsWith(".md") ? 1 : 0;
      pdfs += name.endsWith(".pdf") ? 1 : 0;
      if (name.equals("tables/audit_entry.json")) {
        continue;
      }
      if (!filesA.get(name).equals(filesB.get(name))) {
        assertEquals(
            new String(first.get(name), StandardCharsets.UTF_8),
            new String(second.get(name), StandardCharsets.UTF_8),
            name + " is the same after the round trip");
      }
    }
    List<String> auditA = rowLines(first.get("tables/audit_entry.json"));
    List<String> auditB = rowLines(second.get("tables/audit_entry.json"));
    assertEquals(auditA, auditB.subList(0, auditA.size()), "every audit entry, as it was");
    List<String> added = new ArrayList<>();
    for (String line : auditB.subList(auditA.size(), auditB.size())) {
      added.add(actionOf(line));
    }
    assertEquals(
        List.of("archive.import", "identity.sign-in", "archive.export"),
        added,
        "the second CMS added only its import, the administrator's sign-in and the export");
    System.out.printf(
        "ArchiveRoundTripIT: %d files equal (%d Markdown bodies, %d PDFs), %d audit entries%n",
        filesA.size(), bodies, pdfs, auditA.size());
    assertEquals(
        rowLines(first.get("tables/revision.json")).size(),
        bodies,
        "one Markdown file per revision");
    assertTrue(pdfs >= 1, "the uploaded PDF is in the archive");
    for (String table :
        List.of(
            "review_comment",
            "review_decision",
            "content_release",
            "release_approval",
            "publication_schedule",
            "stored_file_content",
            "agreement_acceptance",
            "publication")) {
      assertTrue(
          rowLines(first.get("tables/" + table + ".json")).size() > 0, table + " was exported");
    }
  }

  @Test
  @Order(4)
  @RunAsClient
  void aStartWithADamagedArchiveIsRefusedAndWritesNothing() throws Exception {
    assertTrue(exported != null, "archive A was written by the round trip");
    Map<String, byte[]> entries = entries(exported);
    byte[] revisions = entries.get("tables/revision.json").clone();
    revisions[revisions.length / 2] ^= 1;
    entries.put("tables/revision.json", revisions);
    Path damaged = Files.createTempFile("archive-damaged", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(damaged))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue());
        out.closeEntry();
      }
    }

    String emptyDatabase = ScratchDatabase.recreate("archive");
    String refusal;
    try (SecondInstance refused =
        SecondInstance.launch(
            Map.of("CMS_DB_URL", emptyDatabase, "CMS_IMPORT_ARCHIVE", damaged.toString()))) {
      refusal = awaitLine(refused.log(), "Refused to import the archive", Duration.ofSeconds(240));
      assertNotEquals(
          200,
          statusOrZero(refused.base().resolve("omaspecworks/about")),
          "a CMS told to start from a refused archive does not serve the seed instead");
    }
    Files.delete(damaged);
    Files.delete(exported);
    assertTrue(refusal.contains("damaged") && refusal.contains("Nothing was written"), refusal);
    try (Connection connection = DriverManager.getConnection(emptyDatabase, "postgres", "");
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select table_name from information_schema.tables where table_schema = 'public'"
                  + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      assertTrue(tables.contains("revision"), "the migrations ran: " + tables);
      for (String table : tables) {
        assertEquals(0, single(statement, "select count(*) from " + table), table + " is empty");
      }
    }
  }

  private static String awaitLine(Path log, String text, Duration within) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)) {
        for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
          if (line.contains(text)) {
            return line;
          }
        }
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("No line with '" + text + "' in " + log + " within " + within);
  }

  private static int statusOrZero(java.net.URI page) {
    try {
      return HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException | InterruptedException unreachable) {
      return 0;
    }
  }

  /** Every id sequence hands out its next block of 50 above the highest imported id. */
  private static void assertNewIdsStartAboveTheImportedOnes(String jdbcUrl) throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        Statement statement = connection.createStatement()) {
      List<String> sequences = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "select sequence_name from information_schema.sequences"
                  + " where sequence_schema = 'public'")) {
        while (rows.next()) {
          sequences.add(rows.getString(1));
        }
      }
      assertTrue(sequences.size() >= 15, "sequences: " + sequences);
      for (String sequence : sequences) {
        String table = sequence.substring(0, sequence.length() - "_seq".length());
        long max = single(statement, "select coalesce(max(id), 0) from " + table);
        long next = single(statement, "select nextval('" + sequence + "')");
        assertTrue(next - 49 > max, sequence + ": next block from " + (next - 49) + ", max " + max);
      }
    }
  }

  private static long single(Statement statement, String sql) throws Exception {
    try (ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The test deployment is at /cms, the second process at /: compare pages without either. */
  private static String withoutContextPath(String page, String base, String contextPath) {
    String relative = page.replace(base, "/");
    return contextPath.isEmpty() ? relative : relative.replace(contextPath + "/", "/");
  }

  /** What an operator runs: {@code bin/cms-export}, signing in as the administrator. */
  private static void exportWithTheCommand(java.net.URI base, String password, Path file)
      throws IOException, InterruptedException {
    Path script = Path.of(System.getProperty("user.dir")).getParent().resolve("bin/cms-export");
    ProcessBuilder command =
        new ProcessBuilder("bash", script.toString(), file.toString()).redirectErrorStream(true);
    command.environment().put("CMS_URL", base.toString());
    command.environment().put("CMS_EXPORT_PASSWORD", password);
    Process process = command.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "bin/cms-export: " + output);
    assertEquals(file.toString(), output.strip(), "it names the archive it wrote");
  }

  private static void download(java.net.URI export, String cookie, Path file)
      throws IOException, InterruptedException {
    HttpResponse<Path> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(export).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofFile(file));
    assertEquals(200, response.statusCode());
    assertEquals("application/zip", response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        response.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
        "an archive is never cached");
  }

  private static Map<String, byte[]> entries(Path zip) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : Collections.list(file.entries())) {
        try (InputStream in = file.getInputStream(entry)) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  private static Map<String, String> files(Map<String, byte[]> entries) {
    try (JsonReader reader =
        Json.createReader(new ByteArrayInputStream(entries.get("manifest.json")))) {
      JsonObject manifest = reader.readObject();
      assertEquals(1, manifest.getInt("format-version"));
      Map<String, String> files = new TreeMap<>();
      manifest.getJsonObject("files").forEach((name, hash) -> files.put(name, hash.toString()));
      return files;
    }
  }

  /** A table file's rows: one JSON object a line, between the header line and the closing one. */
  private static List<String> rowLines(byte[] table) {
    List<String> lines = new ArrayList<>();
    for (String line : new String(table, StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("{\"") && !line.startsWith("{\"table\"")) {
        lines.add(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
      }
    }
    return lines;
  }

  private static String actionOf(String row) {
    try (JsonReader reader = Json.createReader(new java.io.StringReader(row))) {
      return reader.readObject().getString("action");
    }
  }
}
