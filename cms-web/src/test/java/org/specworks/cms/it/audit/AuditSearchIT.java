package org.specworks.cms.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditFilter;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.AuditLogReader;
import org.specworks.cms.it.Staff;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * The administrators' view of the audit trail: filters that combine, database paging, CSV export.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditSearchIT {

  static final String GUESSER = "audit-search-guesser";
  static final String PATH = "/it/audit-search-page";

  @Inject private AuditLogReader audit;
  @Inject private AccountService accounts;
  @Inject private ContentService content;

  @Test
  @Order(1)
  void filtersCombineAndPagesComeFromTheDatabase() {
    for (int i = 0; i < 5; i++) {
      accounts.recordSignIn(GUESSER, false);
    }
    accounts.recordSignIn(GUESSER, true);
    content.create(
        Staff.EDITOR,
        ContentType.PAGE,
        ContentPath.of(PATH),
        new RevisionContent("Audit search", "", "text", Map.of()),
        "for the audit search");

    AuditFilter failures = filter(GUESSER, "identity.sign-in-failed", null, null);
    assertEquals(5, audit.count(Staff.ADMIN, failures));
    assertEquals(
        6, audit.count(Staff.ADMIN, filter(GUESSER, "identity.", null, null)), "a feature prefix");
    List<AuditEntry> page = audit.search(Staff.ADMIN, failures, 2, 2);
    assertEquals(2, page.size());
    assertTrue(page.stream().allMatch(e -> e.action().equals("identity.sign-in-failed")));

    assertEquals(
        1, audit.count(Staff.ADMIN, filter(null, "content.create", "audit-search-page", null)));
    assertEquals(
        0,
        audit.count(
            Staff.ADMIN, filter(GUESSER, null, null, Instant.now().plus(1, ChronoUnit.DAYS))),
        "nothing from tomorrow on");
    assertEquals(
        0, audit.count(Staff.ADMIN, filter(null, null, "%", null)), "a typed % is not a wildcard");

    assertThrows(
        PermissionDeniedException.class,
        () -> audit.search(Staff.EDITOR, AuditFilter.EVERYTHING, 0, 10));
    assertThrows(
        PermissionDeniedException.class, () -> audit.count(Staff.REVIEWER, AuditFilter.EVERYTHING));
  }

  @Test
  @Order(2)
  @RunAsClient
  void administratorsExportTheFilteredEntriesAsCsv(@ArquillianResource URL deployment) {
    StaffHttpSession admin =
        StaffHttpSession.signIn(
            new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"));
    HttpResponse<String> csv =
        admin.get("admin/audit/audit.csv?actor=" + GUESSER + "&action=identity.sign-in-failed");
    assertEquals(200, csv.statusCode());
    List<String> lines = csv.body().lines().toList();
    assertEquals("occurred_at,actor,action,item_path,revision_id,detail", lines.get(0));
    assertEquals(6, lines.size(), csv.body());
    assertTrue(
        lines.subList(1, 6).stream()
            .allMatch(l -> l.contains("," + GUESSER + ",identity.sign-in-failed,")));

    assertEquals(
        400,
        admin.get("admin/audit/audit.csv?from=yesterday").statusCode(),
        "a date that is no date");
    String viewer =
        org.jsoup.Jsoup.parse(admin.get("admin/audit/index.xhtml").body())
            .select("#log\\:entries .audit-action")
            .text();
    assertTrue(
        viewer.contains("identity.sign-in"),
        "the newest entries, this sign-in among them: " + viewer);
  }

  private static AuditFilter filter(String actor, String action, String path, Instant from) {
    return new AuditFilter(
        Optional.ofNullable(actor),
        Optional.ofNullable(action),
        Optional.ofNullable(path),
        Optional.ofNullable(from),
        Optional.empty());
  }
}
