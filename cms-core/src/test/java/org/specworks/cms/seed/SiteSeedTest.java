package org.specworks.cms.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentType;

class SiteSeedTest {

  private final List<SeedItem> items = BundledSeed.items();

  private List<SeedItem> ofType(ContentType type) {
    return items.stream().filter(item -> item.type() == type).toList();
  }

  private SeedItem at(String path) {
    return items.stream()
        .filter(item -> item.path().value().equals(path))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyItemFitsItsSchemaAndHasItsOwnPath() {
    for (SeedItem item : items) {
      assertEquals(Map.of(), item.type().schema().violations(item.content()), item.path().value());
    }
    assertEquals(
        items.size(), items.stream().map(SeedItem::path).collect(Collectors.toSet()).size());
  }

  @Test
  void pagesComeFromTheSectionsAndTheCheckoutLinks() {
    assertEquals(
        List.of(
            "/omaspecworks/about",
            "/omaspecworks/about/ipr",
            "/omaspecworks/about/ipr/member-declarations",
            "/omaspecworks/about/ipr/non-member-declarations",
            "/omaspecworks/about/policies-terms-of-use",
            "/omaspecworks/about/omaspecworks-faq",
            "/omaspecworks/about/collaborate"),
        ofType(ContentType.PAGE).stream().map(item -> item.path().value()).toList());
    assertEquals(
        "Collaborate with OMA SpecWorks", at("/omaspecworks/about/collaborate").content().title());
    assertTrue(
        at("/omaspecworks/about/ipr").content().body().startsWith("### All OMA members operate"));
    assertEquals(
        "[Frequent Asked Questions in PDF]()",
        at("/omaspecworks/about/omaspecworks-faq").content().body());
  }

  @Test
  void sixPoliciesOfTheSixKindsWithTheirSummariesAndDocuments() {
    List<SeedItem> policies = ofType(ContentType.POLICY);

    assertEquals(
        List.of(
            "document-use-agreement",
            "ipr-policy",
            "trademark-policy",
            "antitrust-guidelines",
            "antitrust-compliance-policy",
            "openness-policy"),
        policies.stream().map(p -> p.content().field("kind")).toList());
    SeedItem dua = policies.get(0);
    assertTrue(dua.content().description().startsWith("IMPORTANT: PLEASE READ THIS USE AGREEMENT"));
    assertFalse(
        dua.content().description().contains("View the Complete"), "link lines are not summary");
    assertEquals("/documents/complete-use-agreement", dua.content().field("document"));
    assertEquals(
        "", dua.content().field("effectiveDate"), "the seed gives no date; none is invented");
  }

  @Test
  void nineTrademarksInTheSeedsOrder() {
    assertEquals(
        List.of(
            "OMA logo none",
            "Open Mobile Alliance word-mark ™",
            "WAP Forum word-mark ™",
            "W@P Certified word-mark ™",
            "W@P word-mark ™",
            "SyncML word-mark ™",
            "SyncML logo none",
            "Wireless Village word-mark ™",
            "Wireless Village logo none"),
        ofType(ContentType.TRADEMARK).stream()
            .map(
                t ->
                    t.content().title()
                        + " "
                        + t.content().field("form")
                        + " "
                        + t.content().field("symbol"))
            .toList());
  }

  @Test
  void sevenFaqEntriesWhoseAnswersStopBeforeThePageTail() {
    List<SeedItem> faq = ofType(ContentType.FAQ_ENTRY);

    assertEquals(7, faq.size());
    assertEquals("What is OMA SpecWorks?", faq.get(0).content().title());
    assertEquals(
        "/omaspecworks/about/omaspecworks-faq/what-is-oma-specworks", faq.get(0).path().value());
    SeedItem last = faq.get(6);
    assertEquals("What does OMA SpecWorks hope to accomplish?", last.content().title());
    assertTrue(last.content().body().endsWith("healthcare, automotive and industrial controls."));
    assertEquals("7", last.content().field("position"));
  }

  @Test
  void documentsForThePdfLinksAndTheCompletePolicyTexts() {
    Map<String, String> urls =
        ofType(ContentType.DOCUMENT).stream()
            .collect(Collectors.toMap(d -> d.path().value(), d -> d.content().field("url")));

    assertEquals(
        "https://omaspecworks.org/wp-content/uploads/2018/02/Member_IPRGuidelines_v53006.pdf",
        urls.get("/documents/oma-ipr-guidelines"));
    assertEquals(
        Set.of(
            "/documents/oma-ipr-guidelines",
            "/documents/frequent-asked-questions-in-pdf",
            "/documents/complete-use-agreement",
            "/documents/complete-list-of-ipr-policies",
            "/documents/complete-trademark-policy",
            "/documents/antitrust-guidelines",
            "/documents/antitrust-compliance-policy",
            "/documents/complete-openness-policy"),
        urls.keySet());
  }
}
