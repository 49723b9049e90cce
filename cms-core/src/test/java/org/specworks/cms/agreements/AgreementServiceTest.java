package org.specworks.cms.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.publishing.LiveItem;
import org.specworks.cms.rendering.RenderedMarkdown;

class AgreementServiceTest {

  private static final String DUA =
      "/omaspecworks/about/policies-terms-of-use/document-use-agreement";

  private final AgreementService agreements = new AgreementService();

  private static LiveItem live(ContentType type, Map<String, String> fields) {
    return new LiveItem(
        1,
        "/documents/spec",
        type,
        new RevisionContent("Spec", "", "", fields),
        new RenderedMarkdown("", List.of()),
        1,
        Instant.EPOCH);
  }

  @Test
  void aDocumentRequiresThePolicyItsAgreementFieldNames() {
    assertEquals(
        Optional.of(ContentPath.of(DUA)),
        agreements.requiredBy(live(ContentType.DOCUMENT, Map.of("agreement", DUA))));
  }

  @Test
  void aDocumentWithoutAnAgreementRequiresNone() {
    assertEquals(
        Optional.empty(),
        agreements.requiredBy(live(ContentType.DOCUMENT, Map.of("url", "https://x.org"))));
  }

  @Test
  void onlyDocumentsAreBehindAnAgreement() {
    assertEquals(
        Optional.empty(),
        agreements.requiredBy(live(ContentType.PAGE, Map.of("agreement", DUA))),
        "a page that somehow carries the field is not a download");
  }
}
