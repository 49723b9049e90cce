package org.specworks.cms.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.seed.BundledSeed;
import org.specworks.cms.seed.SeedItem;

/**
 * The checks on the imported seed report exactly its known defects, and nothing else: among them
 * three pages that are a bare title (Collaborate and the two declaration lists, which the seed
 * leaves empty).
 */
class SeedChecksTest {

  private static final String ABOUT = "/omaspecworks/about";
  private static final String IPR = "/omaspecworks/about/ipr";
  private static final String FAQ = "/omaspecworks/about/omaspecworks-faq";
  private static final String COLLABORATE = "/omaspecworks/about/collaborate";
  private static final String FIRST_ANSWER = FAQ + "/what-is-oma-specworks";

  private final ContentRules rules = new ContentRules(Map.of("SpeckWorks", "SpecWorks"));

  @Test
  void reportsTheSeedsEmptyLinksMisspellingAndRepeatedIprTextAndNothingElse() throws IOException {
    Map<String, List<String>> found = findingsBySeedItem();
    List<String> emptyLinkTexts = emptyLinksInTheRawSeed();
    assertEquals(13, emptyLinkTexts.size(), "the seed's known empty links: " + emptyLinkTexts);

    List<String> about = new ArrayList<>();
    emptyLinkTexts.forEach(text -> about.add("empty-link " + text));
    about.add("spelling SpeckWorks");
    about.add("repeated-text");
    assertEquals(about, found.get(ABOUT), "the About page holds the whole seed document");
    assertEquals(
        List.of(
            "empty-link OMA Member IPR Declarations",
            "empty-link Non-OMA Member IPR Declarations",
            "duplicate-text " + FIRST_ANSWER),
        found.get(IPR));
    assertEquals(List.of("empty-link Frequent Asked Questions in PDF"), found.get(FAQ));
    assertEquals(
        List.of("duplicate-text " + IPR),
        found.get(FIRST_ANSWER),
        "the first answer repeats the IPR text");
    for (String empty :
        List.of(COLLABORATE, IPR + "/member-declarations", IPR + "/non-member-declarations")) {
      assertEquals(List.of("empty-page"), found.get(empty), empty + ": a title and nothing else");
    }
    assertEquals(
        Set.of(
            ABOUT,
            IPR,
            FAQ,
            FIRST_ANSWER,
            COLLABORATE,
            IPR + "/member-declarations",
            IPR + "/non-member-declarations"),
        found.keySet(),
        "no other item has a finding: " + found);
  }

  @Test
  void brokenUnpublishedAndMalformedLinksAndMissingFieldsAreErrors() {
    SiteFacts site = new SiteFacts(Set.of("/a", "/draft"), Set.of("/a"), Map.of());
    RevisionContent content =
        new RevisionContent(
            "T",
            "",
            "[ok](/a) [gone](/nowhere) [draft](/draft#x) "
                + "[bad](javascript:alert(1)) [mail](mailto:someone) [host](https://localhost) [fine](https://example.org)",
            Map.of());
    List<String> errors =
        rules.check("/page", ContentType.PAGE, content, site).stream()
            .filter(Finding::isError)
            .map(Finding::check)
            .toList();
    assertEquals(
        List.of(
            "broken-link",
            "unpublished-link",
            "malformed-address",
            "malformed-address",
            "malformed-address"),
        errors);

    List<Finding> faq =
        rules.check("/f", ContentType.FAQ_ENTRY, new RevisionContent("Q?", "", "", Map.of()), site);
    assertTrue(
        faq.stream().anyMatch(f -> f.isError() && f.check().equals("required-field")),
        faq.toString());
  }

  private Map<String, List<String>> findingsBySeedItem() {
    List<SeedItem> items = BundledSeed.items();
    Set<String> paths = new HashSet<>();
    Map<String, List<String>> sentences = new HashMap<>();
    for (SeedItem item : items) {
      paths.add(item.path().value());
      sentences.put(item.path().value(), ContentRules.sentencesOf(item.content().body()));
    }
    SiteFacts site = new SiteFacts(paths, paths, sentences);
    Map<String, List<String>> found = new TreeMap<>();
    for (SeedItem item : items) {
      for (Finding finding : rules.check(item.path().value(), item.type(), item.content(), site)) {
        found.computeIfAbsent(item.path().value(), p -> new ArrayList<>()).add(summary(finding));
      }
    }
    return found;
  }

  /** "empty-link <text>", "spelling <word>", "duplicate-text <other path>" or the check id. */
  private static String summary(Finding finding) {
    String message = finding.message();
    return switch (finding.check()) {
      case "empty-link" ->
          "empty-link " + message.substring(message.indexOf('“') + 1, message.indexOf('”'));
      case "spelling" ->
          "spelling " + message.substring(message.indexOf('“') + 1, message.indexOf('”'));
      case "duplicate-text" ->
          "duplicate-text " + message.replaceAll(".* published at (\\S+): .*", "$1");
      default -> finding.check();
    };
  }

  /**
   * Read from the raw seed with a regular expression, independently of the checks' Markdown parser.
   */
  private static List<String> emptyLinksInTheRawSeed() throws IOException {
    try (InputStream in =
        SeedChecksTest.class.getClassLoader().getResourceAsStream(BundledSeed.RESOURCE)) {
      String seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher link = Pattern.compile("\\[([^\\]]+)]\\(\\)").matcher(seed);
      List<String> texts = new ArrayList<>();
      while (link.find()) {
        texts.add(link.group(1));
      }
      return texts;
    }
  }
}
