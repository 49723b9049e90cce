package org.specworks.cms.it.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.it.EditorialSteps;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.ManagementEndpoint;

/**
 * Publications and unpublications are counted once committed, by content type and kind, and read by
 * operators on the management listener.
 */
@CmsIntegrationTest
class PublicationMetricsIT {

  private static final Map<String, String> PAGE_PUBLISHED =
      Map.of("type", "page", "kind", "publish");
  private static final Map<String, String> PAGE_UNPUBLISHED =
      Map.of("type", "page", "kind", "unpublish");

  @Inject private EditorialSteps steps;
  @Inject private PublishingService publishing;

  @Test
  void committedPublicationsAreCountedByTypeAndKind() {
    ManagementEndpoint management = new ManagementEndpoint();
    double published = management.applicationCounter("cms_publications_total", PAGE_PUBLISHED);
    double unpublished = management.applicationCounter("cms_publications_total", PAGE_UNPUBLISHED);

    ContentPath path = Staff.freshPath("counted");
    steps.livePage(path, "Counted.");
    assertEquals(
        published + 1, management.applicationCounter("cms_publications_total", PAGE_PUBLISHED));

    publishing.unpublish(Staff.REVIEWER, path, "counted off the site");
    assertEquals(
        unpublished + 1, management.applicationCounter("cms_publications_total", PAGE_UNPUBLISHED));
    assertEquals(
        published + 1,
        management.applicationCounter("cms_publications_total", PAGE_PUBLISHED),
        "an unpublication is not a publication");
  }
}
