package org.specworks.cms.web.admin;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.ClientAddresses;
import org.specworks.cms.identity.SignInThrottle;

/**
 * Backs {@code login.xhtml}: hands the credentials to Jakarta Security and reports a failure
 * without detail.
 */
@Named
@RequestScoped
public class LoginView {

  /**
   * Deliberately the same for an unknown user and a wrong password: it must not reveal which
   * accounts exist.
   */
  static final String FAILED = Messages.text("login.failed");

  /** Believed only from the proxies named in {@code cms.trusted-proxies}. */
  static final String FORWARDED_FOR = "X-Forwarded-For";

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;
  @Inject private AccountService accounts;
  @Inject private SignInThrottle throttle;
  @Inject private ClientAddresses clients;
  @Inject private Clock clock;

  @NotBlank(message = "Enter your user name.")
  @Size(max = 64, message = "A user name has at most 64 characters.")
  private String username;

  @NotBlank(message = "Enter your password.")
  @Size(max = 128, message = "A password has at most 128 characters.")
  private String password;

  public void signIn() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String client = clients.clientOf(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR));
    Optional<Duration> wait = throttle.waitBefore(username, client);
    if (wait.isPresent()) {
      // Said plainly, and the password left unchecked: the right one works once the wait is over.
      accounts.recordSignInMadeToWait(username, client);
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN,
              seconds == 1
                  ? Messages.text("login.wait.second", seconds)
                  : Messages.text("login.wait.seconds", seconds),
              null));
      return;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId(); // a session id known before sign-in must not survive it
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(
                    new UsernamePasswordCredential(username.strip(), new Password(password)))
                .newAuthentication(true));
    boolean succeeded = status == AuthenticationStatus.SUCCESS;
    accounts.recordSignIn(username, succeeded, client);
    if (succeeded) {
      request.getSession().setAttribute(StaffSessionFilter.SIGNED_IN_AT, clock.instant());
      throttle.recordSuccess(username, client);
    } else {
      throttle.recordFailure(username, client);
    }
    if (succeeded) {
      external.redirect(
          PageAfterSignIn.take(request)
              .orElse(external.getRequestContextPath() + AdminSecurity.ADMIN_HOME));
    } else {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
