package org.specworks.cms.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void keepsTheWordsReadersSeeAndDropsTheMarkup() {
    assertEquals(
        "Policies The IPR Policy applies to members. Read the FAQ first. Members and code.",
        PlainText.of(
            "## Policies\n\nThe **IPR Policy** applies\nto [members](/omaspecworks/about).\n\n"
                + "- Read the <b>FAQ</b> first.\n- [Members]() and `code`."));
  }
}
