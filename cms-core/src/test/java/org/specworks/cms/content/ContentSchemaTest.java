package org.specworks.cms.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentSchemaTest {

  @Test
  void aValidPolicyHasNoViolations() {
    RevisionContent policy =
        new RevisionContent(
            "Openness Policy",
            "Maintaining an open organization…",
            "",
            Map.of("kind", "openness-policy", "effectiveDate", "2018-02-01", "position", "6"));

    assertEquals(Map.of(), ContentType.POLICY.schema().violations(policy));
  }

  @Test
  void namesEveryBrokenFieldWithAMessageAnEditorUnderstands() {
    RevisionContent broken =
        new RevisionContent(
            "Policy",
            "",
            "",
            Map.of("kind", "secret-policy", "effectiveDate", "1 Feb 2018", "colour", "red"));

    Map<String, String> violations = ContentType.POLICY.schema().violations(broken);

    assertTrue(violations.get("kind").startsWith("Kind must be one of document-use-agreement"));
    assertEquals("Effective date must be a date like 2018-02-01.", violations.get("effectiveDate"));
    assertEquals("Position is required.", violations.get("position"));
    assertEquals("Unknown field 'colour' for this kind of content.", violations.get("colour"));
  }

  @Test
  void checksBodiesAndDescriptionsPerType() {
    assertEquals(
        Map.of("body", "Answer is required."),
        ContentType.FAQ_ENTRY
            .schema()
            .violations(new RevisionContent("Q?", "", " ", Map.of("position", "1"))));
    assertEquals(
        "This kind of content has no body text.",
        ContentType.TRADEMARK
            .schema()
            .violations(
                new RevisionContent(
                    "SyncML",
                    "",
                    "text",
                    Map.of("form", "word-mark", "symbol", "™", "position", "1")))
            .get("body"));
  }

  @Test
  void urlsAndPathsAreChecked() {
    assertEquals(
        "Address must be an http(s) or mailto address.",
        ContentType.DOCUMENT
            .schema()
            .violations(new RevisionContent("Doc", "", "", Map.of("url", "javascript:x")))
            .get("url"));
    assertEquals(
        Map.of(),
        ContentType.DOCUMENT
            .schema()
            .violations(
                new RevisionContent(
                    "Doc", "", "", Map.of("url", "https://omaspecworks.org/a.pdf"))));
    assertEquals(
        "Declaration document must be a path like /documents/faq.",
        ContentType.IPR_DECLARATION
            .schema()
            .violations(
                new RevisionContent(
                    "Acme",
                    "",
                    "",
                    Map.of(
                        "list",
                        "member",
                        "specification",
                        "LwM2M",
                        "declaredOn",
                        "2020-01-01",
                        "document",
                        "x y")))
            .get("document"));
  }

  @Test
  void fieldsAreCanonicalSoEqualContentHashesEqually() {
    RevisionContent a = new RevisionContent("T", "", "", Map.of("b", "2", "a", "1", "blank", " "));
    RevisionContent b = new RevisionContent("T", "", "", Map.of("a", "1", "b", "2"));
    RevisionContent c = new RevisionContent("T", "", "", Map.of("a", "1", "b", "3"));

    assertEquals(a, b);
    assertEquals(a.hash(), b.hash());
    assertNotEquals(a.hash(), c.hash());
    assertEquals(Map.of("a", "1", "b", "2"), a.fields());
  }

  @Test
  void aBlankTitleIsAProblemBesideTheOthersNotAnError() {
    ContentInput typed =
        new ContentInput("  ", null, "", java.util.Collections.singletonMap("position", "first"));

    Map<String, String> violations = ContentType.FAQ_ENTRY.schema().violations(typed);

    assertEquals("Question is required.", violations.get(ContentSchema.TITLE));
    assertEquals(
        "Answer is required.",
        violations.get(ContentSchema.BODY),
        "the rest is checked all the same");
    assertTrue(violations.containsKey("position"), violations.toString());
    assertEquals(
        ContentSchema.TITLE, violations.keySet().iterator().next(), "in the order of the form");
  }

  @Test
  void contentOfRefusesInputWithProblemsAndBuildsContentOtherwise() {
    ContentValidationException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            ContentValidationException.class,
            () -> ContentType.TRADEMARK.schema().contentOf(new ContentInput("", "", "", Map.of())));
    assertTrue(
        refused.violations().containsKey(ContentSchema.TITLE), refused.violations().toString());

    ContentInput typed =
        new ContentInput(
            " OMA ", null, null, Map.of("form", "logo", "symbol", "none", "position", "1"));
    RevisionContent content = ContentType.TRADEMARK.schema().contentOf(typed);
    assertEquals("OMA", content.title());
    assertEquals("logo", content.field("form"));
  }

  @Test
  void bodiesAndDescriptionsLongerThanTheirColumnsAreNamedAsSuch() {
    Map<String, String> violations =
        ContentType.PAGE
            .schema()
            .violations(
                new RevisionContent("Long", "d".repeat(2_001), "b".repeat(1_000_001), Map.of()));
    assertEquals(
        "Body has at most 1,000,000 characters; this one has 1,000,001.", violations.get("body"));
    assertTrue(
        violations.get("description").contains("at most 2000 characters"), violations.toString());
    assertEquals(
        Map.of(),
        ContentType.PAGE
            .schema()
            .violations(
                new RevisionContent(
                    "Longest", "d".repeat(2_000), "b".repeat(1_000_000), Map.of())));
  }
}
