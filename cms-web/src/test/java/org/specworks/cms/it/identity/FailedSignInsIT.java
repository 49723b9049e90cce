package org.specworks.cms.it.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.specworks.cms.audit.AuditTally;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.FailedSignIns;
import org.specworks.cms.it.Staff;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;

/** Administrators see the last day's password guessing, read from the recorded failures. */
@CmsIntegrationTest
class FailedSignInsIT {

  @Inject private AccountService accounts;
  @Inject private FailedSignIns failedSignIns;

  @Test
  void theLastDaysFailuresAreCountedWithTheMostTriedNamesAndClients() {
    String name = "target-" + UUID.randomUUID().toString().substring(0, 8);
    String client = "192.0.2." + (int) (Math.random() * 200);
    long before = failedSignIns.lastDay(Staff.ADMIN).failures();
    for (int i = 0; i < 60; i++) {
      accounts.recordSignIn(name, false, client);
    }
    for (int i = 0; i < 5; i++) {
      accounts.recordSignInMadeToWait(name, client);
    }

    FailedSignIns.Report report = failedSignIns.lastDay(Staff.ADMIN);

    assertEquals(before + 65, report.failures());
    assertTrue(report.topNames().contains(new AuditTally(name, 65)), report.topNames().toString());
    assertTrue(
        report.topClients().stream()
            .anyMatch(tally -> tally.value().equals(client) && tally.count() >= 65),
        report.topClients().toString());
  }

  @Test
  void onlyAdministratorsMayRead() {
    assertThrows(PermissionDeniedException.class, () -> failedSignIns.lastDay(Staff.EDITOR));
  }
}
