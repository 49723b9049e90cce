package org.specworks.cms.web.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.StaffAccount;

/**
 * Checks the signed-in account on every admin request, after the container has checked the role: a
 * session ends at its next request when its account was disabled, or had its roles changed, its
 * password changed or reset, or its holder signed out everywhere after the session signed in; and
 * an account that must change its password sees nothing else until it has.
 */
@WebFilter(filterName = "staffSession", urlPatterns = "/admin/*")
public class StaffSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Session attribute: the {@link Instant} of the sign-in that started the session. */
  static final String SIGNED_IN_AT = "cms.signedInAt";

  @Inject private AccountService accounts;

  /** Marks {@code session} as signed in at {@code at}: revocations before then leave it alone. */
  public static void markSignedIn(HttpSession session, Instant at) {
    session.setAttribute(SIGNED_IN_AT, at);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = request.getRemoteUser();
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<StaffAccount> account = accounts.find(user);
    HttpSession current = request.getSession(false);
    Object signedInAt = current == null ? null : current.getAttribute(SIGNED_IN_AT);
    if (account.isEmpty()
        || !account
            .get()
            .acceptsSessionFrom(signedInAt instanceof Instant at ? at : Instant.EPOCH)) {
      request.logout();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(request.getContextPath() + AdminSecurity.LOGIN_PAGE);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (account.get().mustChangePassword() && !path.equals(AdminSecurity.PASSWORD_PAGE)) {
      response.sendRedirect(request.getContextPath() + AdminSecurity.PASSWORD_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
