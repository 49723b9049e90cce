package org.specworks.cms.web.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.agreements.AgreementAcceptance;
import org.specworks.cms.agreements.AgreementForm;
import org.specworks.cms.agreements.AgreementService;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.publishing.LiveItem;
import org.specworks.cms.publishing.PublishedVersion;
import org.specworks.cms.rendering.MarkdownRenderer;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.web.support.Html;

/**
 * The click-through in front of a document that names an agreement: shows the agreement's current
 * version with AGREE and DO NOT AGREE, records an acceptance, and remembers it in a cookie that
 * holds the acceptance's id and the visitor's random secret (the database keeps only the secret's
 * hash). A newer agreement version makes the cookie lapse. The decision form carries a signed,
 * expiring token that must match a SameSite=Strict cookie ({@link AgreementService#newForm}), so
 * another site cannot post an acceptance in a visitor's name; each form is used once.
 */
@ApplicationScoped
public class AgreementGate {

  static final String ACCEPTANCE_COOKIE = "cms_agreement";
  static final String FORM_COOKIE = "cms_agreement_form";
  private static final int ONE_YEAR = 365 * 24 * 3600;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private AgreementService agreements;
  @Inject private MarkdownRenderer renderer;
  @Inject private SiteLayout layout;
  @Inject private SiteNavigation navigation;

  @Inject
  @ConfigProperty(name = "cms.security.secure-cookies", defaultValue = "false")
  private boolean secureCookies;

  /**
   * The agreement a document requires, if any: the core decides ({@link
   * AgreementService#requiredBy}).
   */
  Optional<ContentPath> agreementOf(LiveItem document) {
    return agreements.requiredBy(document);
  }

  /** Whether the visitor's cookie holds an acceptance of the agreement's current version. */
  boolean admits(HttpServletRequest request, ContentPath agreement) {
    Optional<String[]> held =
        cookie(request, ACCEPTANCE_COOKIE).map(value -> value.split("\\.", 2));
    if (held.isEmpty() || held.get().length != 2 || !held.get()[0].matches("[0-9]{1,18}")) {
      return false;
    }
    return agreements.hasAcceptedCurrent(Long.parseLong(held.get()[0]), held.get()[1], agreement);
  }

  /**
   * Answers with the agreement and the two buttons; a 404-like page when the agreement is not
   * published.
   */
  void ask(
      HttpServletRequest request,
      HttpServletResponse response,
      LiveItem document,
      ContentPath agreement)
      throws IOException {
    Optional<PublishedVersion> current = agreements.current(agreement);
    if (current.isEmpty()) {
      NotFound.send(
          request,
          response,
          layout,
          navigation,
          "“"
              + document.title()
              + "” can be downloaded once its use agreement is published again.");
      return;
    }
    AgreementForm form = agreements.newForm(ContentPath.of(document.path()));
    response.addHeader(
        "Set-Cookie", cookieHeader(request, FORM_COOKIE, form.cookieValue(), -1, "Strict"));
    respond(
        response,
        HttpServletResponse.SC_OK,
        layout.page(
            "Before you download: " + current.get().title(),
            current.get().content().description(),
            navigation.links(request.getContextPath()),
            List.of(),
            agreementHtml(request, document, current.get(), form.token()),
            request.getContextPath()));
  }

  /** Handles AGREE / DO NOT AGREE. */
  void decide(
      HttpServletRequest request,
      HttpServletResponse response,
      LiveItem document,
      ContentPath agreement)
      throws IOException {
    Optional<String> refused =
        agreements.whyFormRefused(
            request.getParameter("token"),
            cookie(request, FORM_COOKIE).orElse(null),
            ContentPath.of(document.path()));
    if (refused.isPresent()) {
      message(
          request,
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "We could not confirm your choice",
          refused.get());
      return;
    }
    // A form is used once: its cookie goes, and showing the agreement again issues a new one.
    response.addHeader("Set-Cookie", cookieHeader(request, FORM_COOKIE, "", 0, "Strict"));
    String decision = String.valueOf(request.getParameter("decision"));
    if (decision.equals("decline")) {
      Optional<String> back = pageOfThisSite(request, request.getParameter("from"));
      if (back.isPresent()) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", back.get());
        return;
      }
      message(
          request,
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "No access without the agreement",
          "You chose not to agree, so “"
              + document.title()
              + "” is not provided and you have no right to use it."
              + " If you change your mind, open the document link again.");
      return;
    }
    if (!decision.equals("agree")
        || !String.valueOf(request.getParameter("version")).matches("[1-9][0-9]{0,6}")) {
      message(
          request,
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "Choose AGREE or DO NOT AGREE",
          "The form arrived incomplete. Open the document link again.");
      return;
    }
    try {
      String secret = existingSecret(request).orElseGet(AgreementGate::random);
      AgreementAcceptance accepted =
          agreements.accept(
              agreement,
              Integer.parseInt(request.getParameter("version")),
              ContentPath.of(document.path()),
              secret);
      response.addHeader(
          "Set-Cookie",
          cookieHeader(request, ACCEPTANCE_COOKIE, accepted.id() + "." + secret, ONE_YEAR, "Lax"));
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getContextPath() + document.path());
    } catch (InvalidInputException outdated) {
      message(
          request,
          response,
          HttpServletResponse.SC_CONFLICT,
          "The agreement has changed",
          outdated.getMessage());
    }
  }

  private String agreementHtml(
      HttpServletRequest request, LiveItem document, PublishedVersion agreement, String token) {
    String base = request.getContextPath();
    StringBuilder html =
        new StringBuilder()
            .append("<p class=\"notice\" role=\"note\">“")
            .append(Html.escape(document.title()))
            .append("” is provided under the ")
            .append(Html.escape(agreement.title()))
            .append(" (version ")
            .append(agreement.version())
            .append(
                agreement.effectiveDate().isBlank()
                    ? ""
                    : ", in effect since " + PolicyVersionHtml.effectiveDay(agreement))
            .append("). Read it, then choose AGREE or DO NOT AGREE below.</p>")
            .append("<article class=\"agreement\">");
    html.append(Html.paragraphs(agreement.content().description()));
    html.append(renderer.render(agreement.content().body()).html())
        .append("</article>")
        .append("<form class=\"agreement-decision\" method=\"post\" action=\"")
        .append(Html.escape(base + document.path()))
        .append("\">")
        .append("<input type=\"hidden\" name=\"version\" value=\"")
        .append(agreement.version())
        .append("\">")
        .append("<input type=\"hidden\" name=\"from\" value=\"")
        .append(Html.escape(pageOfThisSite(request, request.getHeader("Referer")).orElse("")))
        .append("\">")
        .append("<input type=\"hidden\" name=\"token\" value=\"")
        .append(token)
        .append("\">")
        .append(
            "<button type=\"submit\" name=\"decision\" value=\"agree\" id=\"agree\">AGREE</button> ")
        .append(
            "<button type=\"submit\" name=\"decision\" value=\"decline\" id=\"decline\">DO NOT AGREE</button>")
        .append("</form>");
    return html.toString();
  }

  private void message(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String text)
      throws IOException {
    respond(
        response,
        status,
        layout.message(
            title, text, navigation.links(request.getContextPath()), request.getContextPath()));
  }

  /**
   * The public page of this site that {@code address} names (a Referer, or the form's copy of it),
   * as a path and query to redirect to; only the path is kept, so DO NOT AGREE can never send a
   * visitor to another site.
   */
  static Optional<String> pageOfThisSite(HttpServletRequest request, String address) {
    if (address == null || address.isBlank() || address.length() > 2000) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(address).normalize();
      String site = request.getContextPath() + PublicPageServlet.SITE_ROOT + "/";
      if (uri.getRawPath() == null || !uri.getRawPath().startsWith(site)) {
        return Optional.empty();
      }
      return Optional.of(
          uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    } catch (URISyntaxException malformed) {
      return Optional.empty();
    }
  }

  private static void respond(HttpServletResponse response, int status, String html)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(html);
  }

  private Optional<String> existingSecret(HttpServletRequest request) {
    return cookie(request, ACCEPTANCE_COOKIE)
        .map(value -> value.substring(value.indexOf('.') + 1))
        .filter(secret -> secret.matches("[0-9a-f]{32}"));
  }

  private String cookieHeader(
      HttpServletRequest request, String name, String value, int maxAge, String sameSite) {
    return name
        + "="
        + value
        + "; Path="
        + request.getContextPath()
        + "/documents; HttpOnly; SameSite="
        + sameSite
        + (maxAge >= 0 ? "; Max-Age=" + maxAge : "")
        + (secureCookies ? "; Secure" : "");
  }

  private static Optional<String> cookie(HttpServletRequest request, String name) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> c.getName().equals(name))
            .map(Cookie::getValue)
            .findFirst();
  }

  private static String random() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
