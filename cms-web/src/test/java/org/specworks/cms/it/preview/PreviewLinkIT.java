package org.specworks.cms.it.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.identity.Role;
import org.specworks.cms.it.MovableClock;
import org.specworks.cms.it.Staff;
import org.specworks.cms.preview.Preview;
import org.specworks.cms.preview.PreviewLinks;
import org.specworks.cms.preview.PreviewLinks.SharedPreview;
import org.specworks.cms.preview.PreviewUnavailableException;
import org.specworks.cms.preview.PreviewUnavailableException.Reason;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * Signed preview links: they open exactly one draft revision for anyone holding them, until they
 * expire or are withdrawn; a forged or altered link opens nothing. The client part goes through the
 * editor page's form.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreviewLinkIT {

  static final String PAGE = "/omaspecworks/about/preview-it-draft";
  static final String SECRET = "Words only the draft has";

  @Inject private ContentService content;
  @Inject private MovableClock clock;
  @Inject private PreviewLinks previews;
  @Inject private AuditLog audit;

  @Test
  @Order(1)
  void aLinkOpensItsDraftUntilItExpiresOrIsWithdrawnAndOnlyIfUnaltered() {
    content.create(
        Staff.EDITOR,
        ContentType.PAGE,
        ContentPath.of(PAGE),
        new RevisionContent("Preview draft", "", SECRET + ".", Map.of()),
        "draft");
    SharedPreview shared =
        previews.create(Staff.REVIEWER, ContentPath.of(PAGE), Duration.ofHours(1));
    Preview opened = previews.open(shared.token());
    assertEquals(PAGE, opened.path());
    assertEquals(SECRET + ".", opened.content().body());
    assertEquals("preview.create", audit.latest(1).get(0).action());

    String[] parts = shared.token().split("\\.");
    assertEquals(
        Reason.INVALID,
        reasonFor(parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2]),
        "a longer expiry breaks the signature");
    assertEquals(
        Reason.INVALID, reasonFor(parts[0] + "." + parts[1] + "." + parts[2].substring(1) + "A"));
    assertEquals(Reason.INVALID, reasonFor("not-a-token"));

    previews.revoke(Staff.EDITOR, shared.link().id());
    assertEquals(Reason.REVOKED, reasonFor(shared.token()));

    SharedPreview brief =
        previews.create(Staff.EDITOR, ContentPath.of(PAGE), Duration.ofSeconds(1));
    clock.shift(Duration.ofSeconds(2)); // past the link's own lifetime, without waiting for it
    try {
      assertEquals(Reason.EXPIRED, reasonFor(brief.token()));
    } finally {
      clock.reset();
    }

    assertThrows(
        PermissionDeniedException.class,
        () ->
            previews.create(
                Staff.actor("nobody", EnumSet.noneOf(Role.class)),
                ContentPath.of(PAGE),
                Duration.ofHours(1)));
  }

  @Test
  @Order(2)
  @RunAsClient
  void anEditorSharesALinkAReaderOpensItAndLosesItWhenWithdrawn(
      @ArquillianResource URL deployment) {
    SiteClient site = new SiteClient(deployment);
    StaffHttpSession editor =
        StaffHttpSession.signIn(site, "admin", System.getProperty("cms.it.adminPassword"));
    String editPage = "admin/content/edit.xhtml?path=" + PAGE;
    Map<String, String> form = editor.formOn(editPage, "preview-links");
    form.put("preview-links:validity", "24");
    form.put("preview-links:create", "");
    HttpResponse<String> created = editor.post(editPage, form);
    String link = Jsoup.parse(created.body()).select("input[id$=:url]").attr("value");
    assertTrue(
        link.contains("/preview/"), "the page shows the new link: " + created.body().length());
    String publicUrl =
        System.getenv().getOrDefault("CMS_PUBLIC_URL", "http://localhost:8080")
            + site.contextPath();
    assertTrue(
        link.startsWith(publicUrl + "/preview/"),
        "the link is on the configured public address, whatever Host the editor's request named: "
            + link);
    // The test server listens on a random port, not on the public address: follow the link there.
    link = site.uri(link.substring(publicUrl.length() + 1)).toString();

    HttpResponse<String> preview = site.getAbsolute(URI.create(link));
    assertEquals(200, preview.statusCode());
    assertTrue(preview.body().contains(SECRET), "the draft is shown");
    assertTrue(
        Jsoup.parse(preview.body()).select(".draft-banner").text().contains("not published"));
    assertEquals("noindex, nofollow", preview.headers().firstValue("X-Robots-Tag").orElse(""));
    assertEquals("no-referrer", preview.headers().firstValue("Referrer-Policy").orElse(""));
    assertTrue(preview.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    assertFalse(
        site.get(PAGE.substring(1)).body().contains(SECRET),
        "the public address still has nothing");

    Map<String, String> withdraw = editor.formOn(editPage, "preview-links");
    withdraw.put("preview-links:links:0:revoke", "");
    editor.post(editPage, withdraw);
    HttpResponse<String> gone = site.getAbsolute(URI.create(link));
    assertEquals(410, gone.statusCode());
    assertTrue(gone.body().contains("withdrawn"), "says why");
    assertFalse(gone.body().contains(SECRET));

    assertEquals(
        404, site.get("preview/" + link.substring(link.lastIndexOf('/') + 1) + "x").statusCode());
  }

  private Reason reasonFor(String token) {
    return assertThrows(PreviewUnavailableException.class, () -> previews.open(token)).reason();
  }
}
