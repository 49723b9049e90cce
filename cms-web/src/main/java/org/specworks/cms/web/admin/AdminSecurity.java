package org.specworks.cms.web.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.specworks.cms.identity.Role;

/**
 * How staff sign in: a Faces login form ({@link StaffAuthentication}) checked against the staff
 * accounts in the CMS database by {@link StaffIdentityStore}.
 */
@ApplicationScoped
@DeclareRoles({Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class AdminSecurity {

  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String ADMIN_HOME = "/admin/index.xhtml";
  public static final String PASSWORD_PAGE = "/admin/account/password.xhtml";
}
