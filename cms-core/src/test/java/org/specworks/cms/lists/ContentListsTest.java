package org.specworks.cms.lists;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.PublicationStatus;

class ContentListsTest {

  private static ListEntry declaration(String list) {
    TreeMap<String, String> fields = new TreeMap<>();
    fields.put("list", list);
    return new ListEntry(
        "/x/acme-lwm2m", 1, 1, "edna", "Acme", fields, PublicationStatus.NEVER_PUBLISHED);
  }

  @Test
  void theListFilterKeepsOnlyThatListsEntries() {
    assertTrue(ContentLists.isOn(declaration("member"), "member"));
    assertFalse(ContentLists.isOn(declaration("non-member"), "member"));
    assertFalse(
        ContentLists.isOn(declaration("member"), "non-member"),
        "no prefix match: non-member is not member");
  }

  @Test
  void noListChosenKeepsEveryEntry() {
    assertTrue(ContentLists.isOn(declaration("non-member"), null));
    assertTrue(ContentLists.isOn(declaration("non-member"), " "));
  }
}
