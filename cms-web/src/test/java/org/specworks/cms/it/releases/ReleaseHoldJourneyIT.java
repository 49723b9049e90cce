package org.specworks.cms.it.releases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Role;
import org.specworks.cms.it.BrowserStep;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.releases.Release;
import org.specworks.cms.releases.ReleaseService;
import org.specworks.cms.releases.ReleaseState;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.testing.ReleaseHoldInBrowser;

/**
 * An item in an approved release, edited (issue: releases and hotfixes): the editor is warned
 * before saving and offered to reopen the release; once saved anyway, the release names the entry
 * that changed and why it can go no further, and its composer, an editor, reopens, updates and
 * submits it again. In Chromium.
 */
@CmsIntegrationTest
@DrivesBrowser
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseHoldJourneyIT {

  static final ContentPath PATH = ContentPath.of("/omaspecworks/release-hold-journey");
  static final String TITLE = "Hold journey release";
  private static final String PASSWORD = "amber viaduct release lantern";

  @Inject private EditorialSteps steps;
  @Inject private ContentService content;
  @Inject private ReleaseService releases;
  @Inject private AccountService accounts;

  @Test
  @Order(1)
  void anApprovedReleaseComposedByAnEditor() {
    steps.livePage(PATH, "Live words.");
    steps.draft(PATH, "Released words.");
    accounts.create(
        "cara", "Cara Composer", EnumSet.of(Role.EDITOR), Set.of(), PASSWORD.toCharArray(), false);
    Actor cara = accounts.actorFor("cara");
    Release release = releases.create(cara, TITLE, "");
    releases.addLatest(cara, release.id(), PATH);
    releases.submit(cara, release.id());
    releases.approve(Staff.REVIEWER, release.id(), "fine");
  }

  @Test
  @Order(2)
  @RunAsClient
  void theEditorIsWarnedAndTheReleaseSaysWhichEntryChanged(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    ReleaseHoldInBrowser.run(Loopback.base(deployment), PATH.value(), TITLE, PASSWORD);
  }

  @Test
  @Order(3)
  void theReleaseWasReopenedFromTheEditorAfterTakingInTheNewRevision() {
    Release release =
        releases.list(Set.of()).stream()
            .filter(candidate -> candidate.title().equals(TITLE))
            .findFirst()
            .orElseThrow();
    BrowserStep.requireDone(
        release.state() == ReleaseState.OPEN, "reopened the release from the editor");
    assertEquals(
        content.requireByPath(PATH).latestRevision().orElseThrow().id(),
        release.entryFor(content.requireByPath(PATH).id()).orElseThrow().revisionId(),
        "the entry holds the revision saved in the browser");
  }
}
