package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.specworks.cms.testing.BrowserSession;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Internals;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffConsole;

/**
 * Every admin view against every kind of visitor, as designed. The views are read from the packaged
 * WAR, so a new view without a row in {@link #MATRIX} fails {@link #everyAdminViewIsInTheMatrix()}.
 * (The delivery API has no write endpoints yet; it is read-only and public.)
 */
@DrivesBrowser
@CmsIntegrationTest
@RunAsClient
class AuthorizationMatrixIT {

  enum Visitor {
    ANONYMOUS,
    EDITOR,
    REVIEWER,
    ADMIN
  }

  enum Outcome {
    SENT_TO_SIGN_IN,
    SHOWN,
    FORBIDDEN,
    NOT_FOUND,
    REDIRECTED_ELSEWHERE
  }

  private static final Map<String, Map<Visitor, Outcome>> MATRIX = new LinkedHashMap<>();

  static {
    row("admin/index.xhtml", Outcome.SHOWN, Outcome.SHOWN, Outcome.SHOWN);
    row("admin/account/password.xhtml", Outcome.SHOWN, Outcome.SHOWN, Outcome.SHOWN);
    // Opening the editor is allowed to all staff; saving checks the role in ContentService.
    row(
        "admin/content/edit.xhtml?path=/omaspecworks/about",
        Outcome.SHOWN,
        Outcome.SHOWN,
        Outcome.SHOWN);
    row(
        "admin/content/history.xhtml?path=/omaspecworks/about",
        Outcome.SHOWN,
        Outcome.SHOWN,
        Outcome.SHOWN);
    row("admin/content/index.xhtml", Outcome.SHOWN, Outcome.SHOWN, Outcome.SHOWN);
    row("admin/review/index.xhtml", Outcome.SHOWN, Outcome.SHOWN, Outcome.SHOWN);
    // The About page has no draft in the seed, so there is nothing to fix beside one: the form
    // still opens.
    row(
        "admin/content/hotfix.xhtml?path=/omaspecworks/about",
        Outcome.SHOWN,
        Outcome.SHOWN,
        Outcome.SHOWN);
    row(
        "admin/content/hotfix.xhtml?path=/no/such/item",
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND);
    row("admin/releases/index.xhtml", Outcome.SHOWN, Outcome.SHOWN, Outcome.SHOWN);
    row(
        "admin/releases/release.xhtml?id=0",
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND);
    // No review 0 exists: staff get past the constraint to a 404, the anonymous never do.
    row("admin/review/review.xhtml?id=0", Outcome.NOT_FOUND, Outcome.NOT_FOUND, Outcome.NOT_FOUND);
    row("admin/users/index.xhtml", Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.SHOWN);
    row(
        "admin/users/account.xhtml?username=admin",
        Outcome.FORBIDDEN,
        Outcome.FORBIDDEN,
        Outcome.SHOWN);
    row(
        "admin/users/account.xhtml?username=nobody-here",
        Outcome.FORBIDDEN,
        Outcome.FORBIDDEN,
        Outcome.NOT_FOUND);
    // Not a view but an admin URL all the same: the acceptance records of the Document Use
    // Agreement.
    row("admin/agreements/acceptances.csv", Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.SHOWN);
    // The whole CMS as an archive, password hashes included.
    row("admin/archive/export.zip", Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.SHOWN);
    row("admin/audit/index.xhtml", Outcome.FORBIDDEN, Outcome.FORBIDDEN, Outcome.SHOWN);
    row(
        "admin/audit/audit.csv?action=identity.",
        Outcome.FORBIDDEN,
        Outcome.FORBIDDEN,
        Outcome.SHOWN);
    // The list screens edit, reorder and import: editors and administrators only; a type without a
    // list is a 404.
    row("admin/lists/index.xhtml?type=TRADEMARK", Outcome.SHOWN, Outcome.FORBIDDEN, Outcome.SHOWN);
    row(
        "admin/lists/index.xhtml?type=IPR_DECLARATION",
        Outcome.SHOWN,
        Outcome.FORBIDDEN,
        Outcome.SHOWN);
    // Creating content is editing: editors and administrators, not reviewers.
    row("admin/content/new.xhtml", Outcome.SHOWN, Outcome.FORBIDDEN, Outcome.SHOWN);
    row("admin/content/new.xhtml?type=FAQ_ENTRY", Outcome.SHOWN, Outcome.FORBIDDEN, Outcome.SHOWN);
    row(
        "admin/lists/index.xhtml?type=PAGE",
        Outcome.NOT_FOUND,
        Outcome.FORBIDDEN,
        Outcome.NOT_FOUND);
    row("admin/lists/index.xhtml", Outcome.NOT_FOUND, Outcome.FORBIDDEN, Outcome.NOT_FOUND);
    // An editor link to a path that holds no content: a clean 404, not an error page.
    row(
        "admin/content/edit.xhtml?path=/no/such/item",
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND);
  }

  private static void row(String url, Outcome editor, Outcome reviewer, Outcome admin) {
    Map<Visitor, Outcome> outcomes = new EnumMap<>(Visitor.class);
    outcomes.put(Visitor.ANONYMOUS, Outcome.SENT_TO_SIGN_IN);
    outcomes.put(Visitor.EDITOR, editor);
    outcomes.put(Visitor.REVIEWER, reviewer);
    outcomes.put(Visitor.ADMIN, admin);
    MATRIX.put(url, outcomes);
  }

  @ArquillianResource private URL deployment;
  @RegisterExtension static final BrowserSession browser = new BrowserSession();

  @Test
  void everyAdminViewIsInTheMatrix() throws IOException {
    TreeSet<String> views = new TreeSet<>();
    try (ZipFile war = new ZipFile(new File(System.getProperty("cms.war")))) {
      war.stream()
          .map(entry -> entry.getName())
          .filter(name -> name.startsWith("admin/") && name.endsWith(".xhtml"))
          .forEach(views::add);
    }
    TreeSet<String> inMatrix = new TreeSet<>();
    MATRIX.keySet().stream()
        .map(url -> url.contains("?") ? url.substring(0, url.indexOf('?')) : url)
        .filter(view -> view.endsWith(".xhtml"))
        .forEach(inMatrix::add);

    assertEquals(views, inMatrix, "add the new admin view to AuthorizationMatrixIT.MATRIX");
  }

  @Test
  void everyAdminViewAnswersEachVisitorAsDesigned() {
    URI base = Loopback.base(deployment);
    StaffConsole console = new StaffConsole(browser.driver(), base);
    Map<Visitor, String> cookies = new EnumMap<>(Visitor.class);
    console.signIn("admin", System.getProperty("cms.it.adminPassword"));
    cookies.put(Visitor.ADMIN, console.sessionCookie());
    console.createAccount("matrix-editor", "Matrix Editor", "EDITOR", "", "first password m1");
    console.createAccount(
        "matrix-reviewer", "Matrix Reviewer", "REVIEWER", "reviewers", "first password m2");
    browser.driver().manage().deleteAllCookies();
    console.signIn("matrix-editor", "first password m1");
    console.choosePassword("first password m1", "granite orchard violin");
    cookies.put(Visitor.EDITOR, console.sessionCookie());
    browser.driver().manage().deleteAllCookies();
    console.signIn("matrix-reviewer", "first password m2");
    console.choosePassword("first password m2", "saffron tunnel beacon");
    cookies.put(Visitor.REVIEWER, console.sessionCookie());

    SiteClient site = new SiteClient(deployment);
    List<String> wrong = new ArrayList<>();
    MATRIX.forEach(
        (url, outcomes) ->
            outcomes.forEach(
                (visitor, expected) -> {
                  Map<String, String> headers =
                      visitor == Visitor.ANONYMOUS
                          ? Map.of()
                          : Map.of("Cookie", cookies.get(visitor));
                  HttpResponse<String> response = site.get(url, headers);
                  Outcome actual = outcomeOf(response);
                  if (actual != expected) {
                    wrong.add(
                        visitor
                            + " "
                            + url
                            + ": expected "
                            + expected
                            + ", got "
                            + actual
                            + " ("
                            + response.statusCode()
                            + ")");
                  }
                  Internals.shownIn(response.body())
                      .ifPresent(
                          leak ->
                              wrong.add(
                                  visitor
                                      + " "
                                      + url
                                      + " ("
                                      + response.statusCode()
                                      + ") shows internals: "
                                      + leak));
                }));
    assertEquals(List.of(), wrong);
  }

  private static Outcome outcomeOf(HttpResponse<String> response) {
    return switch (response.statusCode()) {
      case 200 -> Outcome.SHOWN;
      case 302, 303 ->
          response.headers().firstValue("Location").orElse("").contains("/login.xhtml")
              ? Outcome.SENT_TO_SIGN_IN
              : Outcome.REDIRECTED_ELSEWHERE;
      case 403 -> Outcome.FORBIDDEN;
      case 404 -> Outcome.NOT_FOUND;
      default ->
          throw new AssertionError(
              "unexpected status " + response.statusCode() + " " + response.uri());
    };
  }
}
