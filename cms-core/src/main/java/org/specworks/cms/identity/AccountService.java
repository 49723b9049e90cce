package org.specworks.cms.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.identity.internal.AccountQueries;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.NotFoundException;

/** Use cases on staff accounts. */
@Stateless
public class AccountService {

  @Inject private AccountQueries queries;
  @Inject private PasswordHashing hashing;
  @Inject private Clock clock;
  @Inject private AuditLog audit;
  @Inject private ReviewerGroupsInUse groupsInUse;

  /**
   * Creates an enabled account. The password must satisfy {@link PasswordPolicy}; with {@code
   * mustChangePassword} the holder has to choose a new one at first sign-in.
   *
   * @throws InvalidInputException if the user name is malformed or taken, or the password is too
   *     weak
   */
  public StaffAccount create(
      String username,
      String displayName,
      Set<Role> roles,
      char[] password,
      boolean mustChangePassword) {
    return create(username, displayName, roles, Set.of(), password, mustChangePassword);
  }

  /**
   * An administrator creates an account with a temporary password that its holder must change at
   * first sign-in.
   *
   * @throws org.specworks.cms.shared.PermissionDeniedException unless {@code actor} is an
   *     administrator
   */
  public StaffAccount createByAdministrator(
      Actor actor,
      String username,
      String displayName,
      Set<Role> roles,
      Set<String> groups,
      char[] password) {
    actor.require(Permission.MANAGE_ACCOUNTS);
    StaffAccount account = insert(username, displayName, roles, groups, password, true);
    audit.record(actor.username(), AuditAction.IDENTITY_CREATE_ACCOUNT, describe(account));
    return account;
  }

  /**
   * Like {@link #create(String, String, Set, char[], boolean)}, with membership of reviewer groups.
   */
  public StaffAccount create(
      String username,
      String displayName,
      Set<Role> roles,
      Set<String> groups,
      char[] password,
      boolean mustChangePassword) {
    StaffAccount account =
        insert(username, displayName, roles, groups, password, mustChangePassword);
    audit.record(Actor.SYSTEM.username(), AuditAction.IDENTITY_CREATE_ACCOUNT, describe(account));
    return account;
  }

  private StaffAccount insert(
      String username,
      String displayName,
      Set<Role> roles,
      Set<String> groups,
      char[] password,
      boolean mustChangePassword) {
    String name = validUsername(username);
    if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
      throw new InvalidInputException("A display name of 1 to 200 characters is required.");
    }
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInputException("Give the account at least one role.");
    }
    if (queries.byUsername(name).isPresent()) {
      throw new InvalidInputException("The user name '" + name + "' is taken.");
    }
    requireAcceptable(password, name);
    requireGroupsInUse(groups, Set.of());
    StaffAccount account =
        new StaffAccount(
            name,
            displayName,
            roles,
            groups,
            hashing.hash(password),
            mustChangePassword,
            clock.instant());
    queries.add(account);
    return account;
  }

  /**
   * The enabled account {@code username} names if {@code password} is its password. Costs the same
   * whether the name exists, is disabled or the password is wrong, so neither the answer nor its
   * time tells which accounts exist.
   */
  public Optional<StaffAccount> checkCredentials(String username, char[] password) {
    Optional<StaffAccount> account = queries.byUsername(username == null ? "" : username.strip());
    boolean matches =
        hashing.verifyOrSpendTheSameTime(password, account.map(StaffAccount::passwordHash));
    return account.filter(found -> matches && found.isEnabled());
  }

  public Optional<StaffAccount> find(String username) {
    return queries.byUsername(username);
  }

  public StaffAccount require(String username) {
    return find(username).orElseThrow(() -> new NotFoundException("No account '" + username + "'"));
  }

  /**
   * Replaces the password after checking the current one; clears a pending forced change. Ends
   * every session of the account, the one that made the change included unless it records the
   * returned moment as its sign-in.
   *
   * @return the sign-in time that lets the session making the change go on: just after the others
   *     ended
   */
  public Instant changePassword(String username, char[] currentPassword, char[] newPassword) {
    StaffAccount account = require(username);
    if (!hashing.verify(currentPassword, account.passwordHash())) {
      throw new InvalidInputException("The current password is not correct.");
    }
    if (Arrays.equals(currentPassword, newPassword)) {
      throw new InvalidInputException("The new password must differ from the current one.");
    }
    requireAcceptable(newPassword, account.username());
    Instant ended = account.changePasswordHash(hashing.hash(newPassword), clock.instant());
    audit.record(account.username(), AuditAction.IDENTITY_CHANGE_PASSWORD, account.username());
    return ended.plus(1, ChronoUnit.MICROS);
  }

  /**
   * Ends every session of the account, on every instance, the caller's own included: what someone
   * does who signed in on a shared computer or fears their session was taken.
   */
  public void signOutEverywhere(String username) {
    StaffAccount account = require(username);
    account.endSessions(clock.instant());
    audit.record(
        account.username(), AuditAction.IDENTITY_SIGN_OUT_EVERYWHERE, "ended every session");
  }

  /**
   * Replaces the roles and reviewer groups of an account. The holder's current sessions end: they
   * sign in again with the new roles.
   *
   * @param expectedVersion the version the administrator saw; a newer one means someone else
   *     changed the account
   */
  public StaffAccount changeAccess(
      Actor actor, String username, long expectedVersion, Set<Role> roles, Set<String> groups) {
    actor.require(Permission.MANAGE_ACCOUNTS);
    StaffAccount account = current(username, expectedVersion);
    if (roles == null || roles.isEmpty()) {
      throw new InvalidInputException("Give the account at least one role.");
    }
    requireGroupsInUse(groups, account.groups());
    if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      if (account.username().equals(actor.username())) {
        throw new InvalidInputException("You cannot take the administrator role from yourself.");
      }
      requireAnotherAdministrator(account);
    }
    String before = describe(account);
    account.changeAccess(roles, groups, clock.instant());
    audit.record(
        actor.username(),
        AuditAction.IDENTITY_CHANGE_ACCESS,
        before + " -> " + account.roles() + " groups " + account.groups());
    return account;
  }

  /** Disables an account; its sessions end at their next request and it can no longer sign in. */
  public StaffAccount disable(Actor actor, String username, long expectedVersion) {
    actor.require(Permission.MANAGE_ACCOUNTS);
    StaffAccount account = current(username, expectedVersion);
    if (!account.isEnabled()) {
      throw new InvalidInputException("The account '" + username + "' is already disabled.");
    }
    if (account.username().equals(actor.username())) {
      throw new InvalidInputException("You cannot disable your own account.");
    }
    if (account.hasRole(Role.ADMIN)) {
      requireAnotherAdministrator(account);
    }
    account.disable(clock.instant());
    audit.record(actor.username(), AuditAction.IDENTITY_DISABLE, account.username());
    return account;
  }

  public StaffAccount enable(Actor actor, String username, long expectedVersion) {
    actor.require(Permission.MANAGE_ACCOUNTS);
    StaffAccount account = current(username, expectedVersion);
    if (account.isEnabled()) {
      throw new InvalidInputException("The account '" + username + "' is already enabled.");
    }
    account.enable();
    audit.record(actor.username(), AuditAction.IDENTITY_ENABLE, account.username());
    return account;
  }

  /**
   * Sets a temporary password that the holder must replace at the next sign-in, and ends their
   * sessions: what an administrator does for someone who forgot theirs, or whose password may be
   * known to others.
   */
  public StaffAccount resetPassword(
      Actor actor, String username, long expectedVersion, char[] temporaryPassword) {
    actor.require(Permission.MANAGE_ACCOUNTS);
    StaffAccount account = current(username, expectedVersion);
    requireAcceptable(temporaryPassword, account.username());
    account.resetPasswordHash(hashing.hash(temporaryPassword), clock.instant());
    audit.record(actor.username(), AuditAction.IDENTITY_RESET_PASSWORD, account.username());
    return account;
  }

  private StaffAccount current(String username, long expectedVersion) {
    StaffAccount account = require(username);
    if (account.version() != expectedVersion) {
      throw new InvalidInputException(
          "Someone else changed the account '"
              + username
              + "' since you opened it. Nothing was saved: reload"
              + " and try again.");
    }
    return account;
  }

  private void requireAnotherAdministrator(StaffAccount account) {
    if (queries.countEnabledWithRoleForUpdate(Role.ADMIN) <= 1 && account.isEnabled()) {
      throw new InvalidInputException(
          "'"
              + account.username()
              + "' is the last enabled administrator; make someone else an administrator"
              + " first.");
    }
  }

  private static String describe(StaffAccount account) {
    return account.username() + " " + account.roles() + " groups " + account.groups();
  }

  /**
   * Every group newly given must be one a workflow step names; groups the account already has may
   * stay (a workflow changed since), so changing its roles does not force a choice of groups.
   */
  private void requireGroupsInUse(Set<String> groups, Set<String> alreadyGiven) {
    groups.forEach(ReviewerGroups::requireValidName);
    if (alreadyGiven.containsAll(groups)) {
      return;
    }
    SortedSet<String> inUse = groupsInUse.names();
    for (String group : groups) {
      if (!inUse.contains(group) && !alreadyGiven.contains(group)) {
        throw new InvalidInputException(
            "No workflow step is for the reviewer group '"
                + group
                + "'; choose among: "
                + String.join(", ", inUse)
                + ".");
      }
    }
  }

  private static String validUsername(String username) {
    try {
      return StaffAccount.normaliseUsername(username);
    } catch (IllegalArgumentException refused) {
      throw new InvalidInputException(refused.getMessage());
    }
  }

  private static void requireAcceptable(char[] password, String username) {
    PasswordPolicy.problemWith(password, username)
        .ifPresent(
            problem -> {
              throw new InvalidInputException(problem);
            });
  }

  /** Marks the client in the detail of a failed sign-in, where {@link FailedSignIns} reads it. */
  static final String CLIENT = "; client ";

  /**
   * Records a sign-in attempt from {@code client} in the audit trail. A failed attempt is recorded
   * under the name that was typed, whether or not such an account exists.
   */
  public void recordSignIn(String typedUsername, boolean succeeded, String client) {
    if (succeeded) {
      recordSignIn(typedUsername, true);
    } else {
      audit.record(
          recordedName(typedUsername),
          AuditAction.IDENTITY_SIGN_IN_FAILED,
          "wrong user name or password" + CLIENT + client);
    }
  }

  /**
   * Records an attempt refused unchecked because its name and client must wait after repeated
   * failures.
   */
  public void recordSignInMadeToWait(String typedUsername, String client) {
    audit.record(
        recordedName(typedUsername),
        AuditAction.IDENTITY_SIGN_IN_FAILED,
        "not checked: too many failures, must wait" + CLIENT + client);
  }

  private static String recordedName(String typedUsername) {
    String name =
        typedUsername == null ? "" : typedUsername.strip().toLowerCase(java.util.Locale.ROOT);
    return name.isEmpty() ? "(blank)" : name.length() > 64 ? name.substring(0, 64) : name;
  }

  /**
   * Records a sign-in attempt in the audit trail. A failed attempt is recorded under the name that
   * was typed, whether or not such an account exists.
   */
  public void recordSignIn(String typedUsername, boolean succeeded) {
    audit.record(
        recordedName(typedUsername),
        succeeded ? AuditAction.IDENTITY_SIGN_IN : AuditAction.IDENTITY_SIGN_IN_FAILED,
        succeeded ? "signed in" : "wrong user name or password");
  }

  /** The actor for a signed-in staff member. */
  public Actor actorFor(String username) {
    return Actor.of(require(username));
  }

  public boolean anyAdministratorExists() {
    return queries.countWithRole(Role.ADMIN) > 0;
  }

  /** The reviewer groups with at least one enabled member who may decide on reviews. */
  public Set<String> groupsWithAnActiveReviewer() {
    return all().stream()
        .filter(StaffAccount::isEnabled)
        .filter(account -> Actor.of(account).may(Permission.DECIDE_ON_REVIEWS))
        .flatMap(account -> account.groups().stream())
        .collect(java.util.stream.Collectors.toSet());
  }

  public List<StaffAccount> all() {
    return queries.all();
  }

  /** The stored hash, for checks that the parameters are what the policy requires. */
  public String storedHashOf(String username) {
    return require(username).passwordHash();
  }
}
