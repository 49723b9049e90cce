package org.specworks.cms.web.admin.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Instant;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.web.admin.AdminSecurity;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.web.admin.StaffSessionFilter;

/** Backs {@code admin/account/password.xhtml}: a staff member replaces their own password. */
@Named
@RequestScoped
public class PasswordChangeView {

  @Inject private AccountService accounts;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;

  @NotBlank(message = "Enter your current password.")
  private String currentPassword;

  @NotBlank(message = "Choose a new password.")
  private String newPassword;

  @NotBlank(message = "Repeat the new password.")
  private String repeatedPassword;

  public void change() throws IOException {
    if (!newPassword.equals(repeatedPassword)) {
      error("newPassword", Messages.text("password.differ"));
      return;
    }
    Instant signedInAfterTheChange;
    try {
      signedInAfterTheChange =
          accounts.changePassword(
              external.getRemoteUser(), currentPassword.toCharArray(), newPassword.toCharArray());
    } catch (InvalidInputException refused) {
      error("newPassword", refused.getMessage());
      return;
    }
    // The change ended every session of the account; this one goes on, under a new id.
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.changeSessionId();
    StaffSessionFilter.markSignedIn(request.getSession(), signedInAfterTheChange);
    external.getFlash().setKeepMessages(true);
    faces.addMessage(
        null,
        new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text("password.changed"), null));
    external.redirect(external.getRequestContextPath() + AdminSecurity.ADMIN_HOME);
  }

  private void error(String field, String message) {
    faces.addMessage(
        "password:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
