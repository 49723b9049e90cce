package org.specworks.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.web.support.SecurityHeadersFilter;

/**
 * How the container learns who is calling. Signing in ({@link LoginView} hands the credential to
 * Jakarta Security) checks it against the identity store and keeps the caller and their groups in
 * the session; every later request of that session names that caller with those groups. A protected
 * page asked for without a signed-in session sends the person to sign in.
 *
 * <p>Why not Jakarta Security's form mechanism with {@code @AutoApplySession}: Payara restores the
 * session's caller with the groups of the worker thread's security context, which is sometimes
 * empty when requests run concurrently, and signed-in staff got 403 on pages they had just opened
 * (payara/Payara#6145; {@code StaffSessionUnderLoadIT} reproduced it in 40 of 450 requests). The
 * groups are also not carried with a session to another instance (payara/Payara#6342).
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

  @Inject private IdentityStoreHandler identityStores;

  @Inject
  @ConfigProperty(name = "cms.security.hsts-max-age", defaultValue = "0")
  private long hstsMaxAge;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // This runs before the container answers by itself (the redirect to sign in below, a 403 for a
    // missing role), which no filter sees: those answers get the security headers here.
    SecurityHeadersFilter.apply(request, response, hstsMaxAge);
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(credential, request, context);
    }
    Optional<SignedInCaller> caller = SignedInCaller.of(request.getSession(false));
    if (caller.isPresent()) {
      return context.notifyContainerAboutLogin(caller.get().name(), caller.get().groups());
    }
    if (context.isProtected()) {
      PageAfterSignIn.remember(request);
      // Not context.redirect: the container would make the address absolute with the Host header.
      response.setStatus(HttpServletResponse.SC_FOUND);
      response.setHeader("Location", request.getContextPath() + AdminSecurity.LOGIN_PAGE);
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      Credential credential, HttpServletRequest request, HttpMessageContext context) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups())
          .keepIn(request.getSession());
    }
    return context.notifyContainerAboutLogin(result);
  }
}
