package org.specworks.cms.it.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentInput;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.identity.AccountService;
import org.specworks.cms.identity.ReviewerGroups;
import org.specworks.cms.identity.Role;
import org.specworks.cms.identity.StaffAccount;
import org.specworks.cms.it.Staff;
import org.specworks.cms.shared.InvalidInputException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;
import org.specworks.cms.workflow.ReviewStaffing;
import org.specworks.cms.workflow.WorkflowService;
import org.specworks.cms.workflow.WorkflowStep;

/**
 * Reviewer groups are the ones the workflows name: a typo is refused instead of leaving reviews
 * waiting for a group nobody is in; a step whose group has no active member is flagged, when the
 * workflow changes and on the administrator's dashboard, until someone who may decide is in it.
 */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewerGroupsIT {

  @Inject private AccountService accounts;
  @Inject private ContentService content;
  @Inject private WorkflowService workflow;
  @Inject private ReviewStaffing staffing;

  @Test
  @Order(1)
  void aGroupNoWorkflowStepNamesIsRefusedWithTheGroupsToChooseFrom() {
    String name = fresh("typo");

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                accounts.createByAdministrator(
                    Staff.ADMIN,
                    name,
                    "Typo Reviewer",
                    EnumSet.of(Role.REVIEWER),
                    Set.of("reviewer"),
                    "typo reviewer password".toCharArray()));

    assertTrue(
        refused.getMessage().contains("'reviewer'")
            && refused.getMessage().contains("choose among: communications, legal, reviewers"),
        refused.getMessage());
    assertTrue(accounts.find(name).isEmpty(), "nothing was created");
    assertTrue(staffing.names().contains("reviewers"));
  }

  @Test
  @Order(2)
  void aStepWhoseGroupHasNoActiveMemberIsFlaggedUntilAReviewerJoinsIt() {
    List<WorkflowStep> original = workflow.stepsFor(ContentType.FAQ_ENTRY);
    String group = "faq-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      List<WorkflowStep> unstaffed =
          workflow.redefine(
              Staff.ADMIN, ContentType.FAQ_ENTRY, List.of(new WorkflowStep("FAQ review", group)));
      assertEquals(List.of("FAQ review"), unstaffed.stream().map(WorkflowStep::name).toList());
      assertTrue(flagged(group), "an empty group is flagged: " + staffing.unstaffedSteps());

      String name = fresh("faq");
      StaffAccount member =
          accounts.createByAdministrator(
              Staff.ADMIN,
              name,
              "FAQ Reviewer",
              EnumSet.of(Role.REVIEWER),
              Set.of(group),
              "faq reviewer password".toCharArray());
      assertFalse(flagged(group), "a reviewer joined: " + staffing.unstaffedSteps());

      accounts.disable(Staff.ADMIN, name, member.version());
      assertTrue(flagged(group), "the only member was disabled");
    } finally {
      workflow.redefine(Staff.ADMIN, ContentType.FAQ_ENTRY, original);
    }
  }

  /** A group no account is in, for the dashboard's test below; fixed, the class runs once. */
  private static final String EMPTY_GROUP = "faq-dashboard";

  @Test
  @Order(10)
  void theFaqWorkflowWaitsForAGroupNobodyIsIn() {
    workflow.redefine(
        Staff.ADMIN, ContentType.FAQ_ENTRY, List.of(new WorkflowStep("FAQ review", EMPTY_GROUP)));
    // A review started now keeps that step after the workflow is restored (Order 12): it waits for
    // nobody until someone joins the group.
    String path = "/omaspecworks/about/omaspecworks-faq/" + fresh("unstaffed");
    long revision =
        content
            .create(
                Staff.EDITOR,
                ContentType.FAQ_ENTRY,
                path,
                new ContentInput("Who decides?", null, "Nobody yet.", Map.of("position", "90")),
                "")
            .latestRevision()
            .orElseThrow()
            .id();
    workflow.submitForReview(Staff.EDITOR, ContentPath.of(path), revision);
  }

  @Test
  @Order(11)
  @RunAsClient
  void theAdministratorsDashboardFlagsTheStep(@ArquillianResource URL deployment) {
    StaffHttpSession admin =
        StaffHttpSession.signIn(
            new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"));
    Element flagged =
        Jsoup.parse(admin.get("admin/index.xhtml").body()).getElementById("unstaffed-steps");

    assertTrue(flagged != null, "the dashboard has the section");
    assertTrue(
        flagged
            .text()
            .contains("step 'FAQ review' is for the reviewer group '" + EMPTY_GROUP + "'"),
        flagged.text());
  }

  @Test
  @Order(12)
  void theFaqWorkflowIsRestored() {
    workflow.redefine(
        Staff.ADMIN,
        ContentType.FAQ_ENTRY,
        List.of(new WorkflowStep("Review", ReviewerGroups.REVIEWERS)));
  }

  @Test
  @Order(13)
  void reviewsWaitingForNobodyAreCountedPerStep() {
    assertTrue(
        staffing.unstaffedSteps().stream()
            .anyMatch(
                step ->
                    step.group().equals(EMPTY_GROUP)
                        && step.where().equals("1 review in progress")
                        && step.message().contains("step 'FAQ review'")),
        "the review started at Order 10 waits for nobody: " + staffing.unstaffedSteps());
  }

  private boolean flagged(String group) {
    return staffing.unstaffedSteps().stream()
        .anyMatch(
            step ->
                step.group().equals(group)
                    && step.message().contains("step 'FAQ review'")
                    && step.message().contains("which has no active member"));
  }

  private static String fresh(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
