package org.specworks.cms.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.PasswordHashing;
import org.specworks.cms.identity.Role;
import org.specworks.cms.identity.StaffAccount;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.testing.CmsIntegrationTest;

/** Staff accounts in the run's database: the bootstrap administrator, hashing, password rules. */
@CmsIntegrationTest
class StaffAccountsIT {

  @Inject private AccountService accounts;
  @Inject private AuditLog audit;

  @Test
  void firstStartCreatedOneAdministratorWithTheConfiguredPassword() {
    StaffAccount admin = accounts.require("admin");

    assertEquals(Set.of(Role.ADMIN), admin.roles());
    assertTrue(admin.isEnabled());
    assertFalse(admin.mustChangePassword(), "a configured password need not be changed");
    assertEquals(1, accounts.all().stream().filter(a -> a.hasRole(Role.ADMIN)).count());
  }

  @Test
  void passwordsAreStoredAsPbkdf2WithOwaspIterationsAndTheirParameters() {
    String stored = accounts.storedHashOf("admin");

    assertTrue(
        stored.startsWith("PBKDF2WithHmacSHA256:" + PasswordHashing.ITERATIONS + ":"), stored);
    assertFalse(stored.contains(System.getenv("CMS_ADMIN_INITIAL_PASSWORD")));
  }

  @Test
  void changingAPasswordNeedsTheCurrentOneAndClearsAForcedChange() {
    String name = uniqueName();
    accounts.create(
        name, "Forced Editor", EnumSet.of(Role.EDITOR), "initial password 1".toCharArray(), true);
    assertTrue(accounts.require(name).mustChangePassword());

    InvalidInputException wrongCurrent =
        assertThrows(
            InvalidInputException.class,
            () ->
                accounts.changePassword(
                    name, "not the password".toCharArray(), "brand new password".toCharArray()));
    assertTrue(wrongCurrent.getMessage().contains("current password"));
    assertTrue(accounts.require(name).mustChangePassword(), "a refused change changes nothing");

    accounts.changePassword(
        name, "initial password 1".toCharArray(), "brand new password".toCharArray());

    assertFalse(accounts.require(name).mustChangePassword());
  }

  @Test
  void refusesWeakPasswordsAndTakenNames() {
    InvalidInputException weak =
        assertThrows(
            InvalidInputException.class,
            () ->
                accounts.create(
                    uniqueName(), "Weak", EnumSet.of(Role.EDITOR), "short".toCharArray(), false));
    assertTrue(weak.getMessage().contains("at least 12"));

    InvalidInputException taken =
        assertThrows(
            InvalidInputException.class,
            () ->
                accounts.create(
                    "ADMIN",
                    "Again",
                    EnumSet.of(Role.EDITOR),
                    "long enough password".toCharArray(),
                    false));
    assertTrue(taken.getMessage().contains("taken"));
  }

  @Test
  void signInAttemptsAreAudited() {
    String name = uniqueName();
    accounts.recordSignIn("  " + name.toUpperCase() + " ", false);
    accounts.recordSignIn(name, true);

    List<String> recent = audit.latest(2).stream().map(e -> e.actor() + " " + e.action()).toList();
    assertEquals(List.of(name + " identity.sign-in", name + " identity.sign-in-failed"), recent);
  }

  private static String uniqueName() {
    return "editor-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
