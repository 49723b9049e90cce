package org.specworks.cms.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * The smoke suite for {@code cms.ear} deployed on a real Payara Server (started, on loopback and
 * PostgreSQL, by {@code src/test/payara/payara-server.sh} before this runs, stopped after): the
 * public pages, the delivery API, health, sign-in, and one whole edit, review and publication over
 * plain HTTP with two new staff accounts (four eyes).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarOnPayaraServerIT {

  private static final Path STATE = Path.of(System.getProperty("cms.ear.it.state"));
  private static final String ADMIN_PASSWORD = System.getProperty("cms.it.adminPassword");
  private static final String PAGE = "/omaspecworks/about/collaborate";
  private static final String WORDS = "Published on Payara Server by the smoke suite.";

  private static SiteClient site;

  @BeforeAll
  static void findTheServer() throws IOException {
    Path skipped = STATE.resolve("skipped");
    assumeFalse(
        Files.exists(skipped), () -> "skipped: " + read(skipped) + " (see payara-server.sh)");
    site = new SiteClient(URI.create("http://127.0.0.1:" + read(STATE.resolve("http-port")) + "/"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @Order(1)
  void theAboutPageAndItsFourSubPagesAreServed() {
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put("omaspecworks/about", "About");
    titles.put("omaspecworks/about/ipr", "Intellectual Property Rights");
    titles.put("omaspecworks/about/policies-terms-of-use", "Policies");
    titles.put("omaspecworks/about/omaspecworks-faq", "F.A.Q");
    titles.put("omaspecworks/about/collaborate", "Collaborate");
    titles.forEach(
        (path, title) -> {
          HttpResponse<String> page = site.get(path);
          assertEquals(200, page.statusCode(), path);
          String h1 = Jsoup.parse(page.body()).select("h1").text();
          assertTrue(h1.contains(title), path + " shows " + h1);
        });
    assertEquals(302, site.get("").statusCode(), "the bare address leads to the About page");
  }

  @Test
  @Order(2)
  void theDeliveryApiAndHealthAnswer() {
    HttpResponse<String> item = site.get("api/v1/items/omaspecworks/about/ipr");
    assertEquals(200, item.statusCode());
    assertTrue(item.body().contains("\"title\""), item.body());
    assertTrue(item.body().contains("Intellectual Property Rights"));
    HttpResponse<String> list = site.get("api/v1/items?type=faq-entry&size=100");
    assertEquals(200, list.statusCode());
    assertEquals(400, site.get("api/v1/items?type=nonsense").statusCode());

    for (String path : List.of("health/ready", "metrics")) {
      assertEquals(404, site.get(path).statusCode(), path + " is not public");
    }
    SiteClient management =
        new SiteClient(
            URI.create("http://127.0.0.1:" + read(STATE.resolve("management-port")) + "/"));
    HttpResponse<String> ready = management.get("health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().startsWith("{\"status\":\"UP\""), ready.body());
    for (String check : List.of("database", "migrations", "scheduler")) {
      assertTrue(ready.body().contains("\"name\":\"" + check + "\""), check + ": " + ready.body());
    }
    HttpResponse<String> metrics = management.get("metrics?scope=application");
    assertEquals(200, metrics.statusCode(), metrics.body());
    assertTrue(metrics.body().contains("cms_response_cache_total"), metrics.body());
  }

  @Test
  @Order(3)
  void anEditorsChangeIsReviewedAndPublishedByAnotherPersonOverHttp() {
    StaffHttpSession admin = StaffHttpSession.signIn(site, "admin", ADMIN_PASSWORD);
    createAccount(admin, "smoke-editor", "EDITOR", "", "temporary editor words 1");
    createAccount(admin, "smoke-reviewer", "REVIEWER", "reviewers", "temporary reviewer words 1");

    StaffHttpSession editor =
        firstSignIn("smoke-editor", "temporary editor words 1", "editor chosen words 2");
    String edit = "admin/content/edit.xhtml?path=" + PAGE;
    Map<String, String> form = allFields(editor, edit, "editor");
    form.put("editor:body", form.get("editor:body") + "\n\n" + WORDS);
    form.put("editor:changeNote", "smoke suite");
    form.put("editor:save", "");
    HttpResponse<String> saved = editor.post(edit, form);
    assertTrue(saved.statusCode() < 400, "saved: " + saved.statusCode());
    Map<String, String> submit = allFields(editor, edit, "editor");
    assertTrue(
        submit.get("editor:body").contains(WORDS), "the saved draft is what the editor sees");
    submit.put("editor:submit", "");
    HttpResponse<String> submitted = editor.post(edit, submit);
    assertTrue(submitted.statusCode() < 400, "submitted: " + submitted.statusCode());
    assertFalse(site.get(PAGE.substring(1)).body().contains(WORDS), "not public before review");

    StaffHttpSession reviewer =
        firstSignIn("smoke-reviewer", "temporary reviewer words 1", "reviewer chosen words 2");
    Element link =
        Jsoup.parse(reviewer.get("admin/review/index.xhtml").body())
            .select("a[href*=review.xhtml?id=]")
            .first();
    assertTrue(link != null, "the review waits for the reviewer");
    String review =
        "admin/review/review.xhtml" + link.attr("href").substring(link.attr("href").indexOf('?'));
    for (String decision : List.of("decision:approve", "decision:publish")) {
      Map<String, String> fields = allFields(reviewer, review, "decision");
      fields.put(
          "decision:acceptWarnings", "Known warnings of the seed, accepted by the smoke suite");
      fields.put(decision, "");
      HttpResponse<String> answer = reviewer.post(review, fields);
      assertTrue(answer.statusCode() < 400, decision + ": " + answer.statusCode());
    }
    HttpResponse<String> published = site.get(PAGE.substring(1));
    assertTrue(published.body().contains(WORDS), "the reviewed change is on the public page");
    assertTrue(site.get("api/v1/items" + PAGE).body().contains(WORDS), "and in the API");
  }

  private static void createAccount(
      StaffHttpSession admin, String username, String role, String groups, String password) {
    Map<String, String> form = admin.formOn("admin/users/index.xhtml", "newAccount");
    form.putAll(
        Map.of(
            "newAccount:username", username,
            "newAccount:displayName", username,
            "newAccount:roles", role,
            "newAccount:temporaryPassword", password,
            "newAccount:create", ""));
    if (!groups.isEmpty()) {
      // A browser sends a checkbox group's field only when something is ticked.
      form.put("newAccount:groups", groups);
    }
    assertTrue(
        admin.post("admin/users/index.xhtml", form).body().contains("Created " + username),
        username);
  }

  /** Signs in with a temporary password and chooses one's own, as the CMS requires. */
  private static StaffHttpSession firstSignIn(String username, String temporary, String chosen) {
    StaffHttpSession session = new StaffHttpSession(site);
    assertEquals(302, session.attemptSignIn(username, temporary).statusCode(), username);
    String page = "admin/account/password.xhtml";
    Map<String, String> form = session.formOn(page, "password");
    form.put("password:currentPassword", temporary);
    form.put("password:newPassword", chosen);
    form.put("password:repeatedPassword", chosen);
    form.put("password:change", "");
    session.post(page, form);
    assertTrue(
        session.get("admin/index.xhtml").body().contains("signed-in-as"),
        username + " reaches the dashboard after choosing a password");
    return session;
  }

  /** Every field the form would submit as shown: hidden ones, text fields, text areas, selects. */
  private static Map<String, String> allFields(StaffHttpSession session, String path, String id) {
    Map<String, String> fields = session.formOn(path, id);
    Document html = Jsoup.parse(session.get(path).body());
    Element form = html.getElementById(id);
    for (Element input : form.select("input[type=text], input:not([type])")) {
      fields.putIfAbsent(input.attr("name"), input.attr("value"));
    }
    for (Element area : form.select("textarea")) {
      fields.putIfAbsent(area.attr("name"), area.wholeText());
    }
    for (Element select : form.select("select")) {
      Element chosen = select.selectFirst("option[selected]");
      if (chosen != null) {
        fields.putIfAbsent(select.attr("name"), chosen.attr("value"));
      }
    }
    return fields;
  }
}
