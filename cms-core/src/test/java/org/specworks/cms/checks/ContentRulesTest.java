package org.specworks.cms.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.specworks.cms.checks.Finding.Severity;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;

class ContentRulesTest {

  private static final String PATH = "/page";
  private static final SiteFacts SITE =
      new SiteFacts(
          Set.of("/about", "/about/ipr", "/draft"), Set.of("/about", "/about/ipr"), Map.of());
  private static final String ROYALTY_FREE =
      "The organisation publishes its specifications under a royalty-free licence.";
  private static final String PATENTS =
      "Members declare essential patents before a specification is approved.";

  private final ContentRules rules = new ContentRules(Map.of("SpeckWorks", "SpecWorks"));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      # the link in the body            | finding           | severity | words of the message
      [IPR](/about/ipr)                  | -                 | -        | -
      [IPR](/about/ipr/)                 | -                 | -        | -
      [IPR](/about/ipr?tab=2#top)        | -                 | -        | -
      [here](/page)                      | -                 | -        | -
      [part](/page#part)                 | -                 | -        | -
      [contact](#contact)                | -                 | -        | -
      [mail](mailto:info@example.org)    | -                 | -        | -
      [site](https://example.org/a?b=c)  | -                 | -        | -
      [site](http://example.org)         | -                 | -        | -
      [site](HTTPS://Example.org)        | -                 | -        | -
      [gone](/nowhere)                   | broken-link       | ERROR    | “gone” points to /nowhere, where there is no
      ![logo](/images/logo.png)          | broken-link       | ERROR    | “logo” points to /images/logo.png, where
      [draft](/draft/)                   | unpublished-link  | ERROR    | “draft” points to /draft, which is not
      [**bold** text](/draft)            | unpublished-link  | ERROR    | The link “bold text” points to /draft
      [empty]()                          | empty-link        | WARNING  | The link “empty” has no address: add one or
      ![logo]()                          | empty-link        | WARNING  | The link “logo” has no address
      [mail](mailto:someone)             | malformed-address | ERROR    | (mailto:someone) is not an e-mail address.
      [mail](mailto:@example.org)        | malformed-address | ERROR    | is not an e-mail address.
      [local](https://localhost:8080/x)  | malformed-address | ERROR    | (https://localhost:8080/x) has no valid
      [ftp](ftp://example.org/f)         | malformed-address | ERROR    | must start with https://, http://, mailto:
      [js](javascript:alert(1))          | malformed-address | ERROR    | must start with https://
      [relative](about/ipr)              | malformed-address | ERROR    | (about/ipr) must start with https://
      [space](<https://example.org/a b>) | malformed-address | ERROR    | (https://example.org/a b) is not a valid
      """)
  void judgesEachLinkByWhereItPoints(String link, String check, Severity severity, String words) {
    List<Finding> findings =
        rules.check(PATH, ContentType.PAGE, page("Intro.\n\nSee " + link + "."), SITE);

    if (check == null) {
      assertEquals(List.of(), findings);
    } else {
      assertEquals(1, findings.size(), findings.toString());
      Finding finding = findings.get(0);
      assertEquals(check, finding.check());
      assertEquals(severity, finding.severity());
      assertTrue(finding.message().contains(words), finding.message());
    }
  }

  @Test
  void acceptsAMailLinkWithASubject() {
    List<Finding> findings =
        rules.check(
            PATH,
            ContentType.PAGE,
            page("[Join](mailto:membership@example.org?subject=Joining)"),
            SITE);

    assertEquals(List.of(), findings);
  }

  @Test
  void checksLinksInTheDescriptionToo() {
    RevisionContent content =
        new RevisionContent("Title", "See [the old page](/nowhere).", "No links here.");

    List<Finding> findings = rules.check(PATH, ContentType.PAGE, content, SITE);

    assertEquals(List.of("broken-link"), findings.stream().map(Finding::check).toList());
  }

  @Test
  void countsASpellingTrapAsAWholeCaseSensitiveWordInTitleDescriptionAndBody() {
    RevisionContent content =
        new RevisionContent(
            "SpeckWorks news",
            "About SpeckWorks",
            "SpeckWorks, speckworks, SpeckWorksGroup and OMA-SpeckWorks.");

    List<Finding> findings = rules.check(PATH, ContentType.PAGE, content, SITE);

    assertEquals(
        List.of(Finding.warning("spelling", "“SpeckWorks” (4×): did you mean “SpecWorks”?")),
        findings);
  }

  @Test
  void withoutTrapsNothingIsASpellingMistake() {
    List<Finding> findings =
        new ContentRules(Map.of()).check(PATH, ContentType.PAGE, page("SpeckWorks"), SITE);

    assertEquals(List.of(), findings);
  }

  @Test
  void warnsOfASentenceRepeatedInTheTextWhetherInAListOrAParagraph() {
    String body =
        ROYALTY_FREE + " " + PATENTS + "\n\n- " + ROYALTY_FREE + "\n- Short item. Short item.";

    List<Finding> findings = rules.check(PATH, ContentType.PAGE, page(body), SITE);

    assertEquals(
        List.of(
            Finding.warning(
                "repeated-text",
                "1 sentence(s) appear twice in this text: “"
                    + ROYALTY_FREE.substring(0, 60)
                    + "…”")),
        findings);
  }

  @Test
  void warnsOfTextAlsoPublishedElsewhereButNotOnThePagesAboveOrBelow() {
    Map<String, List<String>> live = new LinkedHashMap<>();
    live.put("/about", List.of(ROYALTY_FREE));
    live.put("/about/ipr", List.of(ROYALTY_FREE));
    live.put("/about/ipr/faq", List.of(ROYALTY_FREE));
    live.put("/about/iprs", List.of(ROYALTY_FREE));
    live.put(
        "/other",
        List.of(
            PATENTS, ROYALTY_FREE, "A sentence the page does not contain, long enough to count."));
    SiteFacts site = new SiteFacts(live.keySet(), live.keySet(), live);

    List<Finding> findings =
        rules.check("/about/ipr", ContentType.PAGE, page(ROYALTY_FREE + " " + PATENTS), site);

    assertEquals(
        List.of(
            Finding.warning(
                "duplicate-text",
                "1 sentence(s) are also published at /about/iprs: “"
                    + ROYALTY_FREE.substring(0, 60)
                    + "…”"),
            Finding.warning(
                "duplicate-text",
                "2 sentence(s) are also published at /other: “" + PATENTS.substring(0, 60) + "…”")),
        findings);
  }

  @Test
  void missingOrForbiddenFieldsAreErrorsNamedByTheirLabel() {
    List<Finding> faq =
        rules.check("/faq/q", ContentType.FAQ_ENTRY, new RevisionContent("Why?", "", ""), SITE);
    List<Finding> mark =
        rules.check(
            "/marks/x",
            ContentType.TRADEMARK,
            new RevisionContent(
                "X", "", "text", Map.of("form", "logo", "symbol", "®", "position", "1")),
            SITE);

    assertEquals(
        List.of(
            Finding.error("required-field", "Answer: Answer is required."),
            Finding.error("required-field", "Position: Position is required.")),
        faq);
    assertEquals(
        List.of(Finding.error("required-field", "Body: This kind of content has no body text.")),
        mark);
  }

  @Test
  void comparesOnlySentencesOfAtLeastSixtyCharactersWithoutHeadingsOrListMarkers() {
    String sixty = "y".repeat(59) + ".";
    String markdown =
        "# "
            + ROYALTY_FREE
            + "\n"
            + "- "
            + ROYALTY_FREE
            + "\n"
            + "2) Members   declare essential patents\n   before a specification is approved.\n"
            + "Too short to matter. "
            + "x".repeat(58)
            + ". "
            + sixty;

    assertEquals(List.of(ROYALTY_FREE, PATENTS, sixty), ContentRules.sentencesOf(markdown));
  }

  private static RevisionContent page(String body) {
    return new RevisionContent("Title", "", body);
  }

  @Test
  void aPageWithNoTextAndNothingBelowItIsAFinding() {
    RevisionContent titleOnly = new RevisionContent("Collaborate", "", " \n", Map.of());

    List<Finding> found = rules.check("/about/collaborate", ContentType.PAGE, titleOnly, SITE);

    assertEquals(List.of("empty-page"), found.stream().map(Finding::check).toList());
    assertEquals(Severity.WARNING, found.get(0).severity());
  }

  @Test
  void aPageWithoutTextThatListsPublishedItemsBelowItIsNoFinding() {
    RevisionContent titleOnly = new RevisionContent("About", "", "", Map.of());

    assertEquals(List.of(), rules.check("/about", ContentType.PAGE, titleOnly, SITE));
  }

  private static final String WAP_FORUM = "/marks/wap-forum";
  private static final String TRADEMARK_POLICY = "/policies/trademark-policy";

  @Test
  void aMarksNewSymbolThatThePolicysTextStillContradictsIsAFinding() {
    SiteFacts site =
        new SiteFacts(
            Set.of(),
            Set.of(),
            Map.of(),
            Map.of(WAP_FORUM, new SiteFacts.Mark("WAP Forum", "™")),
            Map.of(TRADEMARK_POLICY, "The ‘OMA’ logo, ‘WAP Forum™’, ‘W@P™’ are marks."));
    RevisionContent registered =
        new RevisionContent(
            "WAP Forum", "", "", Map.of("form", "word-mark", "symbol", "®", "position", "3"));

    List<Finding> found = rules.check(WAP_FORUM, ContentType.TRADEMARK, registered, site);

    assertEquals(List.of("trademark-symbol"), found.stream().map(Finding::check).toList());
    assertTrue(
        found.get(0).message().contains(TRADEMARK_POLICY + " writes “WAP Forum™”"),
        found.get(0).message());
    assertEquals(
        List.of(),
        rules.check(
            WAP_FORUM,
            ContentType.TRADEMARK,
            new RevisionContent(
                "WAP Forum", "", "", Map.of("form", "word-mark", "symbol", "™", "position", "3")),
            site),
        "the symbol the policy writes is no finding");
  }

  @Test
  void aTrademarkPolicyTextThatContradictsThePublishedListIsAFinding() {
    SiteFacts site =
        new SiteFacts(
            Set.of(),
            Set.of(),
            Map.of(),
            Map.of(
                WAP_FORUM,
                new SiteFacts.Mark("WAP Forum", "®"),
                "/marks/w-p",
                new SiteFacts.Mark("W@P", "™")),
            Map.of());
    RevisionContent policy =
        new RevisionContent(
            "Trademarks",
            "The ‘WAP Forum™’, ‘W@P Certified®’ and ‘W@P™’ marks.",
            "",
            Map.of("kind", "trademark-policy", "position", "3"));

    List<Finding> found = rules.check(TRADEMARK_POLICY, ContentType.POLICY, policy, site);

    assertEquals(
        List.of(
            "The text writes “WAP Forum™”, but the trademark list gives “WAP Forum” ®: make them"
                + " agree."),
        found.stream().map(Finding::message).toList(),
        "“W@P Certified®” is another mark than “W@P”");
  }
}
