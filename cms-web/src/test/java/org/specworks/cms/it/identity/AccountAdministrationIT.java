package org.specworks.cms.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Role;
import org.specworks.cms.identity.StaffAccount;
import org.specworks.cms.it.Staff;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * Administrators change roles, disable, enable and reset passwords; each change is audited and ends
 * the sessions that began before it; refused changes change nothing.
 */
@CmsIntegrationTest
class AccountAdministrationIT {

  @Inject private AccountService accounts;
  @Inject private AuditLog audit;

  @Test
  void changingRolesIsAuditedAndEndsEarlierSessions() {
    StaffAccount editor = newEditor();
    Instant signedInBefore = Instant.now();

    StaffAccount changed =
        accounts.changeAccess(
            Staff.ADMIN,
            editor.username(),
            editor.version(),
            EnumSet.of(Role.EDITOR, Role.REVIEWER),
            Set.of("legal"));

    assertEquals(EnumSet.of(Role.EDITOR, Role.REVIEWER), changed.roles());
    assertEquals(Set.of("legal"), changed.groups());
    assertFalse(
        changed.acceptsSessionFrom(signedInBefore), "a session from before the change ends");
    assertTrue(changed.acceptsSessionFrom(Instant.now().plusMillis(1)), "signing in again works");
    assertEquals(
        Staff.ADMIN.username() + " identity.change-access",
        audit.latest(1).stream().map(e -> e.actor() + " " + e.action()).findFirst().orElseThrow());
  }

  @Test
  void anEditBasedOnAnOlderVersionIsRefusedAndChangesNothing() {
    StaffAccount editor = newEditor();
    long seen = editor.version();
    accounts.changeAccess(
        Staff.ADMIN, editor.username(), seen, EnumSet.of(Role.REVIEWER), Set.of("reviewers"));

    InvalidInputException stale =
        assertThrows(
            InvalidInputException.class,
            () -> accounts.disable(Staff.ADMIN, editor.username(), seen));

    assertTrue(stale.getMessage().contains("Someone else changed"), stale.getMessage());
    assertTrue(accounts.require(editor.username()).isEnabled());
  }

  @Test
  void aDisabledAccountsSessionsEndAndItCanBeEnabledAgain() {
    StaffAccount editor = newEditor();
    Instant signedIn = Instant.now();

    StaffAccount disabled = accounts.disable(Staff.ADMIN, editor.username(), editor.version());
    assertFalse(disabled.isEnabled());
    assertFalse(disabled.acceptsSessionFrom(signedIn));
    assertFalse(
        disabled.acceptsSessionFrom(Instant.now().plusSeconds(60)),
        "no session of a disabled account");

    StaffAccount enabled = accounts.enable(Staff.ADMIN, editor.username(), disabled.version());
    assertTrue(enabled.isEnabled());
    assertFalse(enabled.acceptsSessionFrom(signedIn), "enabling does not revive the old session");
    List<String> actions =
        audit.latest(2).stream().map(e -> e.action() + " " + e.detail()).toList();
    assertEquals(
        List.of("identity.enable " + editor.username(), "identity.disable " + editor.username()),
        actions);
  }

  @Test
  void aResetPasswordMustBeChangedAtTheNextSignIn() {
    StaffAccount editor = newEditor();
    Instant signedIn = Instant.now();

    StaffAccount reset =
        accounts.resetPassword(
            Staff.ADMIN, editor.username(), editor.version(), "temporary secret 42".toCharArray());

    assertTrue(reset.mustChangePassword());
    assertFalse(reset.acceptsSessionFrom(signedIn));
    accounts.changePassword(
        editor.username(), "temporary secret 42".toCharArray(), "my own secret 4242".toCharArray());
    assertFalse(accounts.require(editor.username()).mustChangePassword());

    assertThrows(
        InvalidInputException.class,
        () ->
            accounts.resetPassword(
                Staff.ADMIN,
                editor.username(),
                accounts.require(editor.username()).version(),
                "short".toCharArray()),
        "a weak temporary password is refused");
  }

  @Test
  void onlyAdministratorsManageAccounts() {
    StaffAccount editor = newEditor();
    for (var notAdmin : List.of(Staff.EDITOR, Staff.REVIEWER, Staff.EDITING_REVIEWER)) {
      assertThrows(
          PermissionDeniedException.class,
          () -> accounts.disable(notAdmin, editor.username(), editor.version()));
      assertThrows(
          PermissionDeniedException.class,
          () ->
              accounts.changeAccess(
                  notAdmin, editor.username(), editor.version(), EnumSet.of(Role.ADMIN), Set.of()));
      assertThrows(
          PermissionDeniedException.class,
          () ->
              accounts.resetPassword(
                  notAdmin,
                  editor.username(),
                  editor.version(),
                  "long enough secret".toCharArray()));
    }
    StaffAccount unchanged = accounts.require(editor.username());
    assertEquals(EnumSet.of(Role.EDITOR), unchanged.roles());
    assertTrue(unchanged.isEnabled());
    assertEquals(editor.version(), unchanged.version());
  }

  @Test
  void theLastAdministratorCannotBeDisabledOrDemotedAndNobodyDisablesThemselves() {
    StaffAccount admin = accounts.require("admin");

    InvalidInputException last =
        assertThrows(
            InvalidInputException.class,
            () -> accounts.disable(Staff.ADMIN, "admin", admin.version()));
    assertTrue(last.getMessage().contains("last enabled administrator"), last.getMessage());
    assertThrows(
        InvalidInputException.class,
        () ->
            accounts.changeAccess(
                Staff.ADMIN, "admin", admin.version(), EnumSet.of(Role.EDITOR), Set.of()));
    InvalidInputException self =
        assertThrows(
            InvalidInputException.class,
            () ->
                accounts.disable(
                    Staff.actor("admin", EnumSet.of(Role.ADMIN)), "admin", admin.version()));
    assertTrue(self.getMessage().contains("your own account"), self.getMessage());

    StaffAccount still = accounts.require("admin");
    assertTrue(still.isEnabled());
    assertEquals(Set.of(Role.ADMIN), still.roles());
  }

  private StaffAccount newEditor() {
    String name = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    return accounts.create(
        name, "Account Test", EnumSet.of(Role.EDITOR), "initial password 1".toCharArray(), false);
  }
}
