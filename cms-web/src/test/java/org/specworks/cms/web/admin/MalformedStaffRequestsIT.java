package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.Internals;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * A signed-in staff member's requests with parameters no page would send: each gets a clear 4xx or
 * message, never a 500, and changes nothing.
 */
@CmsIntegrationTest
@RunAsClient
class MalformedStaffRequestsIT {

  @ArquillianResource private URL deployment;
  private StaffHttpSession admin;

  @BeforeEach
  void signIn() {
    admin =
        StaffHttpSession.signIn(
            new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"));
  }

  @Test
  void nonNumericIdsOnReviewAndReleasePagesAreNotFound() {
    for (String page :
        new String[] {
          "admin/review/review.xhtml?id=abc",
          "admin/review/review.xhtml?id=99999999999999999999",
          "admin/releases/release.xhtml?id=abc",
          "admin/releases/release.xhtml?id=1e3"
        }) {
      HttpResponse<String> answer = admin.get(page);
      assertEquals(404, answer.statusCode(), page);
      assertEquals(Optional.empty(), Internals.shownIn(answer.body()), page);
    }
  }

  @Test
  void aNonNumericRevisionInTheHistoryIsNamedAndTheDefaultComparisonShown() {
    HttpResponse<String> answer =
        admin.get("admin/content/history.xhtml?path=/omaspecworks/about&from=abc&to=x1");
    assertEquals(200, answer.statusCode());
    assertTrue(answer.body().contains("is not a revision number"), answer.body());
    assertEquals(Optional.empty(), Internals.shownIn(answer.body()));
  }

  @Test
  void anotherPagesViewStateFromTheSameSessionIsRefusedAsAnExpiredForm() {
    Map<String, String> accountsForm = admin.formOn("admin/users/index.xhtml", "newAccount");
    Map<String, String> posted = new HashMap<>(accountsForm);
    posted.put("newAccount:username", "other-page-state");
    posted.put("newAccount:displayName", "Other page");
    posted.put("newAccount:roles", "EDITOR");
    posted.put("newAccount:temporaryPassword", "other page state 12345");
    posted.put("newAccount:create", "");

    for (String elsewhere :
        new String[] {
          "admin/index.xhtml", "admin/content/index.xhtml", "admin/audit/index.xhtml"
        }) {
      HttpResponse<String> answer = admin.post(elsewhere, posted);
      assertEquals(400, answer.statusCode(), elsewhere + ": " + answer.body());
      assertTrue(answer.body().contains("This form has expired"), answer.body());
    }
    assertFalse(
        admin.get("admin/users/index.xhtml").body().contains("other-page-state"),
        "no account was created");
  }
}
