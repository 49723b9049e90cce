package org.specworks.cms.web.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.specworks.cms.identity.PasswordHashing;
import org.specworks.cms.identity.Role;
import org.specworks.cms.shared.SchemaMigrator;

/**
 * How staff sign in: a Faces login form ({@link StaffAuthentication}) checked against the staff
 * accounts in the CMS database, with the same PBKDF2 parameters the core uses to hash passwords.
 * Disabled accounts cannot sign in: the caller query only finds enabled ones.
 */
@ApplicationScoped
@DeclareRoles({Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = SchemaMigrator.DATA_SOURCE,
    callerQuery = "select password_hash from staff_account where username = ? and enabled = true",
    groupsQuery =
        "select r.role from staff_account_role r join staff_account a on a.id = r.account_id"
            + " where a.username = ? and a.enabled = true",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      PasswordHashing.ALGORITHM,
      PasswordHashing.ITERATION_COUNT,
      PasswordHashing.SALT_SIZE,
      PasswordHashing.KEY_SIZE
    })
public class AdminSecurity {

  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String ADMIN_HOME = "/admin/index.xhtml";
  public static final String PASSWORD_PAGE = "/admin/account/password.xhtml";
}
