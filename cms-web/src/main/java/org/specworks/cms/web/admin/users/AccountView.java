package org.specworks.cms.web.admin.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Role;
import org.specworks.cms.identity.StaffAccount;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.workflow.ReviewStaffing;

/**
 * Backs {@code admin/users/account.xhtml}: an administrator changes one account's roles and groups,
 * disables or enables it, or resets its password. The version read when the page opened travels
 * with every change, so an edit made meanwhile by another administrator is refused rather than
 * overwritten.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReviewStaffing staffing;
  @Inject private AccountService accounts;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;

  private String username;
  private long version;
  private transient StaffAccount account;
  private List<Role> roles = new ArrayList<>();

  /** Chosen among the groups the workflows' steps name ({@link ReviewStaffing#names}). */
  private List<String> groups = new ArrayList<>();

  @NotBlank(message = "Enter a temporary password.")
  @Size(min = 12, max = 128, message = "A temporary password has 12 to 128 characters.")
  private String temporaryPassword;

  public void load() throws IOException {
    try {
      show(accounts.require(username == null ? "" : username));
    } catch (org.specworks.cms.shared.NotFoundException missing) {
      Faces.responseSendError(404, "No such account");
    }
  }

  private void show(StaffAccount current) {
    account = current;
    version = current.version();
    roles = new ArrayList<>(current.roles());
    groups = new ArrayList<>(current.groups());
  }

  public void saveAccess() {
    act(
        () ->
            accounts.changeAccess(
                actor.get(),
                username,
                version,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
                AccountForms.groupNames(groups)),
        Messages.text("account.accessSaved", username));
  }

  public void disable() {
    act(
        () -> accounts.disable(actor.get(), username, version),
        Messages.text("account.disabled", username));
  }

  public void enable() {
    act(
        () -> accounts.enable(actor.get(), username, version),
        Messages.text("account.enabled", username));
  }

  public void resetPassword() {
    act(
        () ->
            accounts.resetPassword(actor.get(), username, version, temporaryPassword.toCharArray()),
        Messages.text("account.passwordReset", username));
    temporaryPassword = null;
  }

  private void act(Supplier<StaffAccount> change, String done) {
    try {
      show(change.get());
      Messages.infoText(done);
      AccountForms.flagUnstaffedSteps(staffing);
    } catch (InvalidInputException | PermissionDeniedException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public StaffAccount getAccount() {
    if (account == null) {
      account = accounts.require(username);
    }
    return account;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles;
  }

  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = groups;
  }

  /**
   * The groups the account can be given: those the workflows' steps name, and any it already has (a
   * workflow changed since), so saving its roles keeps them.
   */
  public List<String> getGroupsOffered() {
    java.util.SortedSet<String> offered = new java.util.TreeSet<>(staffing.names());
    offered.addAll(getAccount().groups());
    return List.copyOf(offered);
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void setTemporaryPassword(String temporaryPassword) {
    this.temporaryPassword = temporaryPassword;
  }
}
