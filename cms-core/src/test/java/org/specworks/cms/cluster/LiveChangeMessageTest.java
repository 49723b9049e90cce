package org.specworks.cms.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.publishing.RevisionPublished;

class LiveChangeMessageTest {

  @Test
  void aPublicationTravelsAsItWasCommitted() {
    RevisionPublished published =
        new RevisionPublished(7, "omaspecworks/about/faq", ContentType.FAQ_ENTRY, 4150L);
    assertEquals(
        Optional.of(published), LiveChangeMessage.decode(LiveChangeMessage.encode(published)));
  }

  @Test
  void anUnpublicationKeepsItsMissingRevision() {
    RevisionPublished unpublished =
        new RevisionPublished(8, "omaspecworks/collaborate", ContentType.PAGE, null);
    assertEquals(
        Optional.of(unpublished), LiveChangeMessage.decode(LiveChangeMessage.encode(unpublished)));
  }

  @Test
  void aPathWithTheSeparatorInItSurvives() {
    RevisionPublished odd = new RevisionPublished(9, "a\tb", ContentType.PAGE, 1L);
    assertEquals(Optional.of(odd), LiveChangeMessage.decode(LiveChangeMessage.encode(odd)));
  }

  @Test
  void whatIsNotAMessageOfThisFormatIsIgnored() {
    assertTrue(LiveChangeMessage.decode(null).isEmpty());
    assertTrue(LiveChangeMessage.decode("hello").isEmpty());
    assertTrue(LiveChangeMessage.decode("cms-live-2\t1\t2\tPAGE\tx").isEmpty(), "other format");
    assertTrue(LiveChangeMessage.decode("cms-live-1\tone\t2\tPAGE\tx").isEmpty(), "item id");
    assertTrue(LiveChangeMessage.decode("cms-live-1\t1\t2\tNOVEL\tx").isEmpty(), "type");
    assertTrue(LiveChangeMessage.decode("cms-live-1\t1\t2\tPAGE\t").isEmpty(), "no path");
  }
}
