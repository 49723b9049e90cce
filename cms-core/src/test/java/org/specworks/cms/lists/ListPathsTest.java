package org.specworks.cms.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.seed.BundledSeed;
import org.specworks.cms.seed.SeedItem;

class ListPathsTest {

  @Test
  void newMarksGetThePathsTheSeedGivesItsMarks() {
    List<SeedItem> marks =
        BundledSeed.items().stream().filter(item -> item.type() == ContentType.TRADEMARK).toList();
    assertEquals(9, marks.size());
    for (SeedItem mark : marks) {
      assertTrue(ListPaths.isTrademarkPath(mark.path()), mark.path().value());
      assertEquals(
          mark.path().value(),
          ListPaths.trademarkPath(mark.content().title(), mark.content().field("form")));
    }
  }

  @Test
  void onlyItemsDirectlyBelowTheTrademarkPolicyAreInTheList() {
    assertFalse(ListPaths.isTrademarkPath(ListPaths.TRADEMARKS));
    assertFalse(ListPaths.isTrademarkPath(ContentPath.of("/omaspecworks/xss-corpus/mark-1")));
    assertFalse(
        ListPaths.isTrademarkPath(
            ContentPath.of(ListPaths.TRADEMARKS.value() + "/oma-logo/notes")));
    assertFalse(
        ListPaths.isTrademarkPath(ContentPath.of(ListPaths.TRADEMARKS.value() + "-old/oma")));
  }
}
