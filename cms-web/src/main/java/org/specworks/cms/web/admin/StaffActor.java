package org.specworks.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.shared.PermissionDeniedException;

/**
 * The {@link Actor} of the signed-in staff member, built from their account, never from request
 * input.
 */
@RequestScoped
public class StaffActor {

  @Inject private SecurityContext security;
  @Inject private AccountService accounts;

  // Dependent, not request-scoped: a record cannot be proxied. Each injection point asks the
  // account afresh.
  @Produces
  Actor current() {
    if (security.getCallerPrincipal() == null) {
      throw new PermissionDeniedException("Sign in first.");
    }
    return accounts.actorFor(security.getCallerPrincipal().getName());
  }
}
