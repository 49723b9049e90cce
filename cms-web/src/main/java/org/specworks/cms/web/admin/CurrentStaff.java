package org.specworks.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.stream.Collectors;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.StaffAccount;

/** The signed-in staff member, as the admin template shows them, and signing out. */
@Named
@RequestScoped
public class CurrentStaff {

  @Inject private ExternalContext external;
  @Inject private AccountService accounts;

  private StaffAccount account;

  public StaffAccount getAccount() {
    if (account == null) {
      account = accounts.require(external.getRemoteUser());
    }
    return account;
  }

  /** As people name them, e.g. "Administrator, Editor". */
  public String getRoles() {
    return getAccount().roles().stream()
        .sorted()
        .map(StateLabels::role)
        .collect(Collectors.joining(", "));
  }

  /** Ends the session for real: the container forgets the caller and the session is destroyed. */
  public void signOut() throws ServletException, IOException {
    endThisSession();
  }

  /**
   * Ends every session of the signed-in person, on every instance: the others at their next
   * request, this one now.
   */
  public void signOutEverywhere() throws ServletException, IOException {
    accounts.signOutEverywhere(external.getRemoteUser());
    endThisSession();
  }

  private void endThisSession() throws ServletException, IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(
        external.getRequestContextPath() + AdminSecurity.LOGIN_PAGE + "?signedOut=true");
  }
}
