package org.specworks.cms.web.admin.users;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Role;
import org.specworks.cms.identity.StaffAccount;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.web.admin.Messages;
import org.specworks.cms.workflow.ReviewStaffing;

/** Backs {@code admin/users/index.xhtml}: administrators see every account and create new ones. */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReviewStaffing staffing;
  @Inject private AccountService accounts;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;

  // Entities stay out of the session (it may move to another instance): read again after a move.
  private transient List<StaffAccount> all;

  @NotBlank(message = "Enter a user name.")
  @Size(max = 63, message = "A user name has at most 63 characters.")
  private String username;

  @NotBlank(message = "Enter the person's name.")
  @Size(max = 200, message = "A name has at most 200 characters.")
  private String displayName;

  @NotEmpty(message = "Choose at least one role.")
  private List<Role> roles = new ArrayList<>();

  /** Chosen among the groups the workflows' steps name ({@link ReviewStaffing#names}). */
  private List<String> groups = new ArrayList<>();

  @NotBlank(message = "Enter a temporary password.")
  @Size(min = 12, max = 128, message = "A temporary password has 12 to 128 characters.")
  private String temporaryPassword;

  @PostConstruct
  void load() {
    all = accounts.all();
  }

  public void create() {
    try {
      StaffAccount created =
          accounts.createByAdministrator(
              actor.get(),
              username,
              displayName,
              roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
              AccountForms.groupNames(groups),
              temporaryPassword == null ? new char[0] : temporaryPassword.toCharArray());
      Messages.info("users.created", created.username());
      AccountForms.flagUnstaffedSteps(staffing);
      username = null;
      displayName = null;
      roles = new ArrayList<>();
      groups = new ArrayList<>();
      temporaryPassword = null;
      load();
    } catch (InvalidInputException refused) {
      Messages.errorText(refused.getMessage());
    }
  }

  public String rolesOf(StaffAccount account) {
    return account.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }

  public String groupsOf(StaffAccount account) {
    return String.join(", ", account.groups());
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  public List<StaffAccount> getAll() {
    if (all == null) {
      load();
    }
    return all;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
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

  /** The groups an account can be given: those the workflows' steps name. */
  public List<String> getGroupsInUse() {
    return List.copyOf(staffing.names());
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void setTemporaryPassword(String temporaryPassword) {
    this.temporaryPassword = temporaryPassword;
  }
}
