package org.specworks.cms.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A staff member's session driven over plain HTTP, as a script (or an attacker holding a cookie)
 * would: signs in through the real login form and reads the hidden fields a Faces form carries, so
 * tests can post forms with them, without them, or with another session's.
 */
public final class StaffHttpSession {

  private static final String ACCOUNTS = "admin/users/index.xhtml";

  private final SiteClient site;
  private final Map<String, String> forwardedFor;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public StaffHttpSession(SiteClient site) {
    this.site = site;
    this.forwardedFor = Map.of();
  }

  /**
   * A session of a client at {@code clientAddress}, as a reverse proxy on loopback would report it
   * in {@code X-Forwarded-For} (the tests' server trusts loopback as a proxy).
   */
  public static StaffHttpSession from(SiteClient site, String clientAddress) {
    return new StaffHttpSession(site, Map.of("X-Forwarded-For", clientAddress));
  }

  private StaffHttpSession(SiteClient site, Map<String, String> forwardedFor) {
    this.site = site;
    this.forwardedFor = forwardedFor;
  }

  public static StaffHttpSession signIn(SiteClient site, String username, String password) {
    StaffHttpSession session = new StaffHttpSession(site);
    HttpResponse<String> signedIn = session.attemptSignIn(username, password);
    assertEquals(302, signedIn.statusCode(), "signed in as " + username + ": " + signedIn.body());
    assertTrue(
        session.get("admin/index.xhtml").body().contains("signed-in-as"),
        "the session opens the admin");
    return session;
  }

  /**
   * As a signed-in administrator, creates an editor account through the accounts form; the new
   * editor must replace {@code temporaryPassword} at first sign-in.
   */
  public void createEditor(String username, String temporaryPassword) {
    Map<String, String> form = formOn(ACCOUNTS, "newAccount");
    form.put("newAccount:username", username);
    form.put("newAccount:displayName", "Editor " + username);
    form.put("newAccount:roles", "EDITOR");
    form.put("newAccount:temporaryPassword", temporaryPassword);
    form.put("newAccount:create", "");
    HttpResponse<String> created = post(ACCOUNTS, form);
    assertTrue(created.body().contains("Created " + username), "created " + username);
  }

  /** Posts the real sign-in form once, as a person or a password-guessing script would. */
  public HttpResponse<String> attemptSignIn(String username, String password) {
    Map<String, String> form = formOn("login.xhtml", "login");
    form.put("login:username", username);
    form.put("login:password", password);
    form.put("login:sign-in", "");
    return post("login.xhtml", form);
  }

  /** The session's cookies as a {@code Cookie} header sends them. */
  public String cookie() {
    return cookies.entrySet().stream()
        .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
  }

  public HttpResponse<String> get(String path) {
    return remember(site.get(path, headers()));
  }

  public HttpResponse<String> post(String path, Map<String, String> form) {
    return remember(site.post(path, form, headers()));
  }

  /** Posts with more request headers, as a browser adds {@code Origin} and {@code Referer}. */
  public HttpResponse<String> post(
      String path, Map<String, String> form, Map<String, String> moreHeaders) {
    Map<String, String> headers = new HashMap<>(headers());
    headers.putAll(moreHeaders);
    return remember(site.post(path, form, headers));
  }

  /** Posts {@code form} as a Faces ajax request, as PrimeFaces' script sends it. */
  public HttpResponse<String> postAjax(String path, Map<String, String> form) {
    Map<String, String> headers = new HashMap<>(headers());
    headers.put("Faces-Request", "partial/ajax");
    return remember(site.post(path, form, headers));
  }

  /**
   * The same session (its cookie) used against {@code other}: another instance of the CMS behind
   * the same address, as a load balancer would send the next request.
   */
  public StaffHttpSession on(SiteClient other) {
    StaffHttpSession moved = new StaffHttpSession(other, forwardedFor);
    moved.cookies.putAll(cookies);
    return moved;
  }

  /**
   * Every field the form with id {@code formId} in {@code html} submits as it stands (hidden and
   * visible inputs, text areas, ticked boxes; no buttons), with PrimeFaces' CSP nonce.
   */
  public static Map<String, String> filledForm(String html, String formId) {
    Document page = Jsoup.parse(html);
    Element form = page.getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(formId, formId);
    for (Element input : form.select("input[name], textarea[name]")) {
      String type = input.attr("type");
      boolean unticked =
          (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked");
      if (!unticked && !type.equals("submit") && !type.equals("button")) {
        fields.put(input.attr("name"), input.is("textarea") ? input.text() : input.attr("value"));
      }
    }
    Element nonce = page.selectFirst("script[nonce]");
    if (nonce != null) {
      fields.put("primefaces.nonce", nonce.attr("nonce"));
    }
    return fields;
  }

  /**
   * The fields the form with id {@code formId} on {@code path} would submit as it stands: its
   * hidden fields (the view state among them) and PrimeFaces' CSP nonce, which its script adds to
   * every post.
   */
  public Map<String, String> formOn(String path, String formId) {
    HttpResponse<String> page = get(path);
    assertEquals(200, page.statusCode(), path);
    Document html = Jsoup.parse(page.body());
    Element form = html.getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " on " + path);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(formId, formId);
    form.select("input[type=hidden]")
        .forEach(input -> fields.put(input.attr("name"), input.attr("value")));
    Element script = html.selectFirst("script[nonce]");
    if (script != null) {
      fields.put("primefaces.nonce", script.attr("nonce"));
    }
    return fields;
  }

  private Map<String, String> headers() {
    Map<String, String> headers = new HashMap<>(forwardedFor);
    if (!cookies.isEmpty()) {
      headers.put("Cookie", cookie());
    }
    return headers;
  }

  /**
   * Keeps every cookie the server sets, as a browser would: with clustered sessions Payara sets
   * {@code JSESSIONIDVERSION} beside {@code JSESSIONID}, and an instance of a data grid does not
   * find the session's current state without it.
   */
  private HttpResponse<String> remember(HttpResponse<String> response) {
    for (String value : response.headers().allValues("Set-Cookie")) {
      String pair =
          value.substring(0, value.indexOf(';') < 0 ? value.length() : value.indexOf(';'));
      int equals = pair.indexOf('=');
      if (equals > 0) {
        cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return response;
  }
}
