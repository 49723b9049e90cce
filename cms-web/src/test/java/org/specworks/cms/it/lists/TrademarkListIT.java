package org.specworks.cms.it.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.specworks.cms.it.Staff.EDITOR;
import static org.specworks.cms.it.Staff.OTHER_EDITOR;
import static org.specworks.cms.it.Staff.REVIEWER;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentTotals;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.lists.ContentLists;
import org.specworks.cms.lists.ListChangedException;
import org.specworks.cms.lists.ListEntry;
import org.specworks.cms.lists.ListPaths;
import org.specworks.cms.shared.PermissionDeniedException;
import org.specworks.cms.testing.CmsIntegrationTest;

/**
 * The trademark list screen's data and its reordering: new drafts for exactly the marks whose
 * position changes.
 */
@CmsIntegrationTest
class TrademarkListIT {

  @Inject private ContentLists lists;
  @Inject private ContentService content;

  @Test
  void theListHoldsTheMarksBelowTheTrademarkPolicyByPosition() {
    List<ListEntry> entries = lists.entries(ContentType.TRADEMARK);
    assertTrue(
        entries.stream().allMatch(e -> ListPaths.isTrademarkPath(ContentPath.of(e.path()))),
        entries.toString());
    assertTrue(
        entries.stream().anyMatch(e -> e.path().endsWith("/trademarks/oma-logo")),
        entries.toString());
    for (int i = 1; i < entries.size(); i++) {
      assertTrue(entries.get(i - 1).position() <= entries.get(i).position(), entries.toString());
    }
  }

  @Test
  void reorderingSavesOnlyTheMarksWhosePositionChanges() {
    List<ListEntry> current = lists.entries(ContentType.TRADEMARK);
    long liveBefore = content.countLiveItems(ContentType.TRADEMARK);
    List<ListEntry> order = new ArrayList<>(current);
    Collections.swap(order, 0, 1);
    List<String> moving = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      if (!order.get(i).field("position").equals(Integer.toString(i + 1))) {
        moving.add(order.get(i).path());
      }
    }

    assertEquals(moving.size(), lists.reorder(EDITOR, order));

    for (int i = 0; i < order.size(); i++) {
      ListEntry before = order.get(i);
      ContentItem item = content.requireByPath(ContentPath.of(before.path()));
      Revision latest = item.latestRevision().orElseThrow();
      if (moving.contains(before.path())) {
        assertEquals(before.revisionNumber() + 1, latest.number(), before.path());
        assertEquals(Integer.toString(i + 1), latest.content().field("position"));
        assertEquals(before.title(), latest.content().title());
      } else {
        assertEquals(before.revisionId(), latest.id(), before.path() + " keeps its revision");
      }
    }
    assertEquals(order.get(0).path(), lists.entries(ContentType.TRADEMARK).get(0).path());
    assertEquals(
        liveBefore, content.countLiveItems(ContentType.TRADEMARK), "reordering publishes nothing");
  }

  @Test
  void aListChangedMeanwhileRefusesTheWholeReorder() {
    List<ListEntry> current = lists.entries(ContentType.TRADEMARK);
    ListEntry other = current.get(current.size() - 1);
    TreeMap<String, String> fields = new TreeMap<>(other.fields());
    fields.put("symbol", "®".equals(other.field("symbol")) ? "™" : "®");
    content.save(
        OTHER_EDITOR,
        ContentPath.of(other.path()),
        other.revisionId(),
        new RevisionContent(other.title(), "", "", fields),
        "meanwhile");
    ContentTotals before = content.totals();
    List<ListEntry> order = new ArrayList<>(current);
    Collections.swap(order, 0, 1);

    ListChangedException refused =
        assertThrows(ListChangedException.class, () -> lists.reorder(EDITOR, order));

    assertTrue(
        refused.getMessage().contains(other.label() + " was changed by otto"),
        refused.getMessage());
    assertEquals(before, content.totals(), "no position was saved");
  }

  @Test
  void reviewersDoNotReorder() {
    List<ListEntry> order = new ArrayList<>(lists.entries(ContentType.TRADEMARK));
    Collections.swap(order, 0, 1);
    ContentTotals before = content.totals();
    assertThrows(PermissionDeniedException.class, () -> lists.reorder(REVIEWER, order));
    assertEquals(before, content.totals());
  }
}
