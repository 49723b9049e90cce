package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Role;
import org.specworks.cms.it.BrowserStep;
import org.specworks.cms.it.Staff;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.ConflictDialogInBrowser;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;

/**
 * The conflict dialog on a long item (issue 18), in Chromium: it fits the window with its actions
 * in view, scrolls, closes with Escape, keeps one's text where it says, and "save my version on top
 * of theirs" tells the other author on their dashboard and says so in the audit trail.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConflictDialogJourneyIT {

  private static final ContentPath PAGE = ContentPath.of("/omaspecworks/conflict-dialog-journey");
  private static final String PASSWORD = "amber tide conflict compass";

  @Inject private ContentService content;
  @Inject private AccountService accounts;
  @Inject private AuditLog audit;

  @Test
  @Order(1)
  void aLongPageAndTwoEditors() {
    String body =
        IntStream.rangeClosed(1, 40)
            .mapToObj(i -> "Paragraph " + i + " of the page both editors work on.")
            .collect(Collectors.joining("\n\n"));
    content.create(
        Staff.EDITOR,
        ContentType.PAGE,
        PAGE,
        new RevisionContent("Conflict journey", "", body),
        "first");
    for (String name : new String[] {"nora", "owen"}) {
      accounts.create(
          name,
          name + " (editor)",
          EnumSet.of(Role.EDITOR),
          Set.of(),
          PASSWORD.toCharArray(),
          false);
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void theDialogFitsClosesAndSavingOverTellsTheOtherAuthor(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    ConflictDialogInBrowser.run(Loopback.base(deployment), PAGE.value(), "nora", "owen", PASSWORD);
  }

  @Test
  @Order(3)
  void theAuditTrailSaysTheOtherAuthorWasTold() {
    long item = content.requireByPath(PAGE).id();
    boolean overwritten =
        audit.forItem(item).stream().anyMatch(e -> e.action().equals("content.overwrite"));
    BrowserStep.requireDone(overwritten, "saved Nora's version over Owen's");
    assertTrue(
        audit.forItem(item).stream()
            .filter(e -> e.action().equals("content.overwrite"))
            .map(AuditEntry::detail)
            .anyMatch(
                detail ->
                    detail.startsWith("revision 4 saved over revision 3 by owen")
                        && detail.endsWith("; told owen on their dashboard")),
        "the trail says who was told");
  }
}
