package org.specworks.cms.web.admin.users;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Role;
import org.specworks.cms.identity.StaffAccount;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.web.admin.Messages;

/** Backs {@code admin/users/index.xhtml}: administrators see every account and create new ones. */
@Named
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient AccountService accounts;
  @Inject private transient jakarta.enterprise.inject.Instance<Actor> actor;

  private List<StaffAccount> all = new ArrayList<>();
  private String username;
  private String displayName;
  private List<Role> roles = new ArrayList<>();
  private String groups;
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
              groupNames(),
              temporaryPassword == null ? new char[0] : temporaryPassword.toCharArray());
      Messages.info(
          "Created " + created.username() + ". Give them the temporary password; they choose their own at first"
              + " sign-in.");
      username = null;
      displayName = null;
      roles = new ArrayList<>();
      groups = null;
      temporaryPassword = null;
      load();
    } catch (InvalidInputException refused) {
      Messages.error(refused.getMessage());
    }
  }

  private Set<String> groupNames() {
    if (groups == null || groups.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(groups.split("[,\\s]+"))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
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

  public String getGroups() {
    return groups;
  }

  public void setGroups(String groups) {
    this.groups = groups;
  }

  public String getTemporaryPassword() {
    return temporaryPassword;
  }

  public void setTemporaryPassword(String temporaryPassword) {
    this.temporaryPassword = temporaryPassword;
  }
}
