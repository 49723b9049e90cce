package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.Browser;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.DrivesBrowser;
import org.specworks.cms.testing.HistoryInBrowser;
import org.specworks.cms.testing.Loopback;
import org.specworks.cms.workflow.Review;
import org.specworks.cms.workflow.WorkflowService;

/**
 * The history page's timeline: a page sent back once, then approved, published and taken off again
 * shows each step newest first, between its revisions, with who did it, the revision it concerns
 * and the reviewer's words.
 */
@DrivesBrowser
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HistoryTimelineIT {

  /** Its own page, so the seeded site stays as it is (each database run starts empty). */
  private static final ContentPath PATH = ContentPath.of("/it/history-timeline");

  private static final String REASON = "Say where the founding year comes from.";

  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private PublishingService publishing;

  @Test
  @Order(1)
  void aPageIsRejectedOnceThenApprovedPublishedAndTakenOff() {
    content.create(
        Staff.EDITOR,
        ContentType.PAGE,
        PATH,
        EditorialSteps.page("Founded in 2002."),
        "first words");
    Revision first = content.requireByPath(PATH).latestRevision().orElseThrow();
    Review review = workflow.submitForReview(Staff.EDITOR, PATH, first.id());
    workflow.comment(Staff.OTHER_EDITOR, review.id(), "Reads well to me.");
    workflow.reject(Staff.REVIEWER, review.id(), REASON);

    Revision second =
        content.save(
            Staff.EDITOR,
            PATH,
            first.id(),
            EditorialSteps.page("Founded in 2002, as the charter says."),
            "with its source");
    Review again = workflow.submitForReview(Staff.EDITOR, PATH, second.id());
    workflow.approve(Staff.REVIEWER, again.id(), second.id(), "Sourced now.");
    publishing.publish(Staff.REVIEWER, PATH, second.id());
    publishing.unpublish(Staff.ADMIN, PATH, "The timeline test is over.");
    assertTrue(
        content.requireByPath(PATH).liveRevision().isEmpty(), "nothing of the test stays public");
  }

  @Test
  @Order(2)
  @RunAsClient
  void theTimelineTellsItNewestFirst(@ArquillianResource URL deployment) {
    assumeTrue(
        Browser.isInstalled(),
        "skipped: needs Debian's chromium and chromium-driver; .ci/run installs them");
    List<String> timeline =
        HistoryInBrowser.timeline(
            Loopback.base(deployment),
            System.getProperty("cms.it.adminPassword"),
            PATH.value(),
            "HistoryTimelineIT",
            "theTimelineTellsItNewestFirst");

    assertEquals(
        List.of(
            "Unpublished | by ada | r2",
            "Published | by rita | r2",
            "Approved | by rita | r2",
            "Submitted for review | by edna | r2",
            "Revision saved | by edna | r2",
            "Rejected | by rita | r1",
            "Commented | by otto | r1",
            "Submitted for review | by edna | r1",
            "Revision saved | by edna | r1"),
        timeline.stream().map(HistoryTimelineIT::withoutDetail).toList(),
        String.join("\n", timeline));
    assertEquals(
        "The timeline test is over.", detailOf(timeline.get(0)), "the reason for taking it off");
    assertTrue(
        detailOf(timeline.get(2)).endsWith("revision approved: Sourced now."), timeline.get(2));
    assertEquals("with its source", detailOf(timeline.get(4)), "a revision's change note");
    assertTrue(
        detailOf(timeline.get(5)).endsWith(": " + REASON),
        "the reason it was sent back: " + timeline.get(5));
    assertTrue(
        detailOf(timeline.get(6)).endsWith(": Reads well to me."),
        "what the comment said: " + timeline.get(6));
  }

  private static String withoutDetail(String entry) {
    return entry.substring(0, entry.lastIndexOf(" | "));
  }

  private static String detailOf(String entry) {
    return entry.substring(entry.lastIndexOf(" | ") + 3);
  }
}
