package org.specworks.cms.checks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;

/**
 * The checks themselves, on one revision's content and what is known of the site; no database, no
 * state.
 */
public final class ContentRules {

  /** Sentences shorter than this ("Read more.", link texts) are not compared across items. */
  static final int SHORTEST_COMPARED_SENTENCE = 60;

  private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
  private static final Parser MARKDOWN = Parser.builder().build();

  private final Map<String, String> spellingTraps;

  /**
   * @param spellingTraps wrong spelling → right one, matched as whole words, case-sensitively
   */
  public ContentRules(Map<String, String> spellingTraps) {
    this.spellingTraps = Map.copyOf(spellingTraps);
  }

  public List<Finding> check(
      String path, ContentType type, RevisionContent content, SiteFacts site) {
    List<Finding> findings = new ArrayList<>();
    type.schema()
        .violations(content)
        .forEach(
            (field, problem) ->
                findings.add(
                    Finding.error(
                        "required-field", type.schema().labelOf(field) + ": " + problem)));
    String text = content.description() + "\n\n" + content.body();
    links(text, path, site, findings);
    spelling(content.title() + "\n\n" + text, findings);
    paragraphs(path, content.body(), site, findings);
    emptyPage(path, type, content, site, findings);
    trademarkSymbols(path, type, content, site, findings);
    return findings;
  }

  /** The kind of policy whose text names the trademarks of the list. */
  static final String TRADEMARK_POLICY = "trademark-policy";

  private static final List<String> SYMBOLS = List.of("™", "®");

  /**
   * A page readers would see as a bare title: no text, and nothing published below it that the site
   * lists there (policies, FAQ entries, declarations).
   */
  private static void emptyPage(
      String path,
      ContentType type,
      RevisionContent content,
      SiteFacts site,
      List<Finding> findings) {
    if (type != ContentType.PAGE || !content.body().isBlank()) {
      return;
    }
    boolean listsSomething = site.live().stream().anyMatch(live -> live.startsWith(path + "/"));
    if (!listsSomething) {
      findings.add(
          Finding.warning(
              "empty-page",
              "This page has no text and nothing published below it: readers would see only its"
                  + " title. Write its text, or take it off the site."));
    }
  }

  /**
   * The trademark policy names each mark with its symbol (“WAP Forum™”), and the trademark list
   * gives each mark its symbol: the two must agree. Checked from both sides: a policy's text
   * against the published marks, and a mark against the published policy's text.
   */
  private static void trademarkSymbols(
      String path,
      ContentType type,
      RevisionContent content,
      SiteFacts site,
      List<Finding> findings) {
    if (type == ContentType.POLICY && TRADEMARK_POLICY.equals(content.field("kind"))) {
      String text = content.description() + "\n\n" + content.body();
      site.liveMarks().values().stream()
          .sorted(java.util.Comparator.comparing(SiteFacts.Mark::designation))
          .forEach(
              mark ->
                  misnamed(text, mark)
                      .ifPresent(
                          written ->
                              findings.add(
                                  Finding.warning(
                                      "trademark-symbol",
                                      "The text writes “"
                                          + written
                                          + "”, but the trademark list gives “"
                                          + mark.designation()
                                          + "” "
                                          + symbolName(mark.symbol())
                                          + ": make them agree."))));
    } else if (type == ContentType.TRADEMARK && "word-mark".equals(content.field("form"))) {
      SiteFacts.Mark mark = new SiteFacts.Mark(content.title().strip(), content.field("symbol"));
      site.trademarkPolicies()
          .forEach(
              (policy, text) ->
                  misnamed(text, mark)
                      .ifPresent(
                          written ->
                              findings.add(
                                  Finding.warning(
                                      "trademark-symbol",
                                      "The trademark policy at "
                                          + policy
                                          + " writes “"
                                          + written
                                          + "”, but this mark's symbol is "
                                          + symbolName(mark.symbol())
                                          + ": change the policy's text too, or keep the"
                                          + " symbol."))));
    }
  }

  /** The mark written with a symbol other than its own, as found in {@code text}. */
  private static java.util.Optional<String> misnamed(String text, SiteFacts.Mark mark) {
    return SYMBOLS.stream()
        .filter(symbol -> !symbol.equals(mark.symbol()))
        .map(symbol -> mark.designation() + symbol)
        .filter(
            written ->
                Pattern.compile("(?<![\\p{L}\\p{N}@])" + Pattern.quote(written))
                    .matcher(text)
                    .find())
        .findFirst();
  }

  private static String symbolName(String symbol) {
    return SYMBOLS.contains(symbol) ? symbol : "none";
  }

  private static void links(String markdown, String path, SiteFacts site, List<Finding> findings) {
    Node document = MARKDOWN.parse(markdown);
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            check(textOf(link), link.getDestination(), path, site, findings);
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            check(textOf(image), image.getDestination(), path, site, findings);
          }
        });
  }

  private static void check(
      String label, String destination, String path, SiteFacts site, List<Finding> findings) {
    String target = destination == null ? "" : destination.strip();
    String named = "“" + label + "”";
    if (target.isEmpty()) {
      findings.add(
          Finding.warning(
              "empty-link", "The link " + named + " has no address: add one or remove the link."));
      return;
    }
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mailto:")) {
      // RFC 6068: the address may be followed by ?subject=…&body=…; only the address part must be
      // one.
      String address = target.substring("mailto:".length()).split("\\?", 2)[0];
      if (!MAIL.matcher(address).matches()) {
        findings.add(
            Finding.error(
                "malformed-address",
                "The mail link " + named + " (" + target + ") is not an e-mail address."));
      }
      return;
    }
    if (lower.startsWith("#")) {
      return;
    }
    if (target.startsWith("/")) {
      String linked = target.replaceAll("[?#].*$", "").replaceAll("/+$", "");
      if (linked.equals(path)) {
        return;
      }
      if (!site.existing().contains(linked)) {
        findings.add(
            Finding.error(
                "broken-link",
                "The link " + named + " points to " + linked + ", where there is no page."));
      } else if (!site.live().contains(linked)) {
        findings.add(
            Finding.error(
                "unpublished-link",
                "The link " + named + " points to " + linked + ", which is not published."));
      }
      return;
    }
    try {
      URI uri = new URI(target);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        findings.add(
            Finding.error(
                "malformed-address",
                "The link "
                    + named
                    + " ("
                    + target
                    + ") must start with https://, http://, mailto: or / ."));
      } else if (uri.getHost() == null || !uri.getHost().contains(".")) {
        findings.add(
            Finding.error(
                "malformed-address", "The link " + named + " (" + target + ") has no valid host."));
      }
    } catch (URISyntaxException malformed) {
      findings.add(
          Finding.error(
              "malformed-address",
              "The link " + named + " (" + target + ") is not a valid address."));
    }
  }

  private void spelling(String text, List<Finding> findings) {
    spellingTraps.forEach(
        (wrong, right) -> {
          Matcher found = Pattern.compile("\\b" + Pattern.quote(wrong) + "\\b").matcher(text);
          int count = 0;
          while (found.find()) {
            count++;
          }
          if (count > 0) {
            findings.add(
                Finding.warning(
                    "spelling", "“" + wrong + "” (" + count + "×): did you mean “" + right + "”?"));
          }
        });
  }

  /**
   * Text repeated in this item, or published in another item, was probably pasted twice. Compared
   * sentence by sentence, so the same words count whether they stand in a list or a paragraph.
   * Pages that contain the pages below them (an overview such as the About page) are not compared
   * with those pages.
   */
  private static void paragraphs(String path, String body, SiteFacts site, List<Finding> findings) {
    List<String> own = sentencesOf(body);
    Set<String> seen = new HashSet<>();
    Set<String> repeated = new LinkedHashSet<>();
    for (String sentence : own) {
      if (!seen.add(sentence)) {
        repeated.add(sentence);
      }
    }
    if (!repeated.isEmpty()) {
      findings.add(
          Finding.warning(
              "repeated-text",
              repeated.size()
                  + " sentence(s) appear twice in this text: “"
                  + start(repeated.iterator().next())
                  + "”"));
    }
    Map<String, List<String>> sharedWith = new LinkedHashMap<>();
    site.liveSentences()
        .forEach(
            (other, sentences) -> {
              if (!other.equals(path)
                  && !other.startsWith(path + "/")
                  && !path.startsWith(other + "/")) {
                List<String> shared = sentences.stream().filter(seen::contains).distinct().toList();
                if (!shared.isEmpty()) {
                  sharedWith.put(other, shared);
                }
              }
            });
    sharedWith.forEach(
        (other, shared) ->
            findings.add(
                Finding.warning(
                    "duplicate-text",
                    shared.size()
                        + " sentence(s) are also published at "
                        + other
                        + ": “"
                        + start(shared.get(0))
                        + "”")));
  }

  /**
   * The sentences of a Markdown text long enough to compare, without list markers,
   * whitespace-normalised.
   */
  public static List<String> sentencesOf(String markdown) {
    List<String> sentences = new ArrayList<>();
    StringBuilder prose = new StringBuilder();
    for (String line : markdown.split("\n")) {
      String text = line.strip();
      if (!text.startsWith("#")) {
        prose.append(text.replaceFirst("^([*+-]|\\d+[.)])\\s+", "")).append(' ');
      }
    }
    for (String sentence : prose.toString().replaceAll("\\s+", " ").split("(?<=[.!?])\\s+")) {
      String flat = sentence.strip();
      if (flat.length() >= SHORTEST_COMPARED_SENTENCE) {
        sentences.add(flat);
      }
    }
    return sentences;
  }

  private static String start(String paragraph) {
    return paragraph.length() > 60 ? paragraph.substring(0, 60) + "…" : paragraph;
  }

  private static String textOf(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text literal) {
            text.append(literal.getLiteral());
          }
        });
    return text.toString();
  }
}
