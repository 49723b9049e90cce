package org.specworks.cms.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentListQuery;
import org.specworks.cms.content.ContentListQuery.Sort;
import org.specworks.cms.content.ContentOverview;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.PublicationStatus;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.it.Staff;
import org.specworks.cms.publishing.PublishingService;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/** The admin's content list: filters that combine, sorting and paging done by the database. */
@CmsIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentListIT {

  static final String PREFIX = "/it/content-list-";

  @Inject private ContentService content;
  @Inject private PublishingService publishing;

  @Test
  @Order(1)
  void filtersSortAndPageInTheDatabase() {
    create("alpha", "Charlie page", Staff.EDITOR);
    ContentItem bravo = create("bravo", "Alpha page", Staff.OTHER_EDITOR);
    create("charlie", "Bravo page", Staff.EDITOR);
    publishing.publishUrgentFix(
        Staff.ADMIN,
        bravo.path(),
        bravo.latestRevision().orElseThrow().id(),
        "Published for the content list test");

    ContentListQuery mine = query(Optional.empty(), Optional.empty(), Sort.TITLE, false);
    assertEquals(3, content.overviewCount(mine));
    assertEquals(
        List.of("Alpha page", "Bravo page", "Charlie page"),
        content.overviewPage(mine, 0, 10).stream().map(ContentOverview::title).toList());
    assertEquals(
        List.of("Bravo page"),
        content.overviewPage(mine, 1, 1).stream().map(ContentOverview::title).toList(),
        "the second page of one");
    assertEquals(
        List.of(PREFIX + "charlie", PREFIX + "bravo", PREFIX + "alpha"),
        content
            .overviewPage(query(Optional.empty(), Optional.empty(), Sort.PATH, true), 0, 10)
            .stream()
            .map(ContentOverview::path)
            .toList());

    assertEquals(
        List.of(PREFIX + "bravo"),
        paths(query(Optional.of(PublicationStatus.LIVE), Optional.empty(), Sort.PATH, false)));
    assertEquals(
        List.of(PREFIX + "alpha", PREFIX + "charlie"),
        paths(
            query(
                Optional.of(PublicationStatus.NEVER_PUBLISHED),
                Optional.of(Staff.EDITOR.username()),
                Sort.PATH,
                false)));
    assertEquals(
        0,
        content.overviewCount(
            new ContentListQuery(
                Optional.of(ContentType.POLICY),
                Optional.empty(),
                Optional.empty(),
                Optional.of("content-list-"),
                Sort.PATH,
                false)),
        "no policy matches");
  }

  @Test
  @Order(2)
  @RunAsClient
  void theListPageShowsAFilteredPage(@ArquillianResource URL deployment) {
    StaffHttpSession admin =
        StaffHttpSession.signIn(
            new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"));
    Map<String, String> form = admin.formOn("admin/content/index.xhtml", "list");
    form.put("list:text", "content-list-");
    form.put("list:apply", "");
    String page = admin.post("admin/content/index.xhtml", form).body();
    String rows = org.jsoup.Jsoup.parse(page).select("[id=list:items] tbody tr").text();
    assertTrue(
        rows.contains("Alpha page") && rows.contains("Bravo page") && rows.contains("Charlie page"),
        rows);
    assertTrue(!rows.contains("/omaspecworks/about"), "only matching items: " + rows);
  }

  private ContentItem create(String name, String title, org.specworks.cms.identity.Actor author) {
    return content.create(
        author,
        ContentType.PAGE,
        ContentPath.of(PREFIX + name),
        new RevisionContent(title, "", "Body of " + title, Map.of()),
        "for the list");
  }

  private List<String> paths(ContentListQuery query) {
    return content.overviewPage(query, 0, 10).stream().map(ContentOverview::path).toList();
  }

  private static ContentListQuery query(
      Optional<PublicationStatus> status, Optional<String> author, Sort sort, boolean descending) {
    return new ContentListQuery(
        Optional.of(ContentType.PAGE),
        status,
        author,
        Optional.of("content-list-"),
        sort,
        descending);
  }
}
