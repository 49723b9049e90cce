package org.specworks.cms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Role;

/**
 * Checks staff credentials for Jakarta Security through the core, which spends one PBKDF2
 * derivation on every attempt. (The container's database identity store answered an unknown name
 * without hashing, ten times faster than a wrong password: timing revealed the user names.)
 * Disabled accounts cannot sign in.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

  @Inject private AccountService accounts;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return accounts
        .checkCredentials(credential.getCaller(), credential.getPassword().getValue())
        .map(
            account ->
                new CredentialValidationResult(
                    account.username(),
                    account.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
