package org.specworks.cms.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;

/**
 * Reads the site's seed document into the content model. The document's structure is the model: its
 * {@code ##} sections are the About section's pages, the {@code ###} sub-sections of "Policies
 * &amp; Terms of Use" are policies, the quoted marks of its Trademarks paragraph are trademarks,
 * the {@code ### Q.} sub-sections of the FAQ are FAQ entries, the links to PDFs and to complete
 * policy texts are documents, and the "Checkout as well" links give the pages' paths.
 *
 * <p>The About page keeps the whole document, as the site showed it before the model existed. Where
 * the seed is silent (effective dates, the addresses of most documents) fields stay empty rather
 * than invented.
 */
public final class SiteSeed {

  static final String ABOUT_PATH = "/omaspecworks/about";
  static final String IPR_SECTION = "Intellectual Property Rights";
  static final String POLICIES_SECTION = "Policies & Terms of Use";
  static final String FAQ_SECTION = "OMASpecWorks F.A.Q";

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]*)\\)");
  private static final Pattern CHECKOUT_LINK =
      Pattern.compile("^\\s*-\\s*\\[([^\\]]+)]\\((/[^)]*)\\)\\s*$");
  private static final Pattern QUOTED_MARK = Pattern.compile("‘([^’]+)’(\\s+logo)?");
  private static final Map<String, String> POLICY_KINDS =
      Map.of(
          "Document Use Agreement", "document-use-agreement",
          "Intellectual Property Rights", "ipr-policy",
          "Trademarks", "trademark-policy",
          "Openness Policy", "openness-policy");
  private static final Map<String, String> ANTITRUST_KINDS =
      Map.of(
          "Antitrust Guidelines", "antitrust-guidelines",
          "Antitrust Compliance Policy", "antitrust-compliance-policy");

  private final FrontMatterDocument document;
  private final List<MarkdownSection> sections;
  private final Map<String, String> checkoutPaths;
  private final Map<ContentPath, SeedItem> documents = new LinkedHashMap<>();
  private final List<SeedItem> pages = new ArrayList<>();
  private final List<SeedItem> policies = new ArrayList<>();
  private final List<SeedItem> trademarks = new ArrayList<>();
  private final List<SeedItem> faqEntries = new ArrayList<>();

  private SiteSeed(FrontMatterDocument document) {
    this.document = document;
    this.sections = MarkdownSection.split(document.body(), 2);
    this.checkoutPaths = checkoutLinks(document.body());
    readAbout();
    readIpr();
    readPolicies();
    readFaq();
    readCollaborate();
  }

  /**
   * Every item of the seed, in an order that can be imported: documents before what links to them.
   */
  public static List<SeedItem> itemsOf(FrontMatterDocument document) {
    SiteSeed seed = new SiteSeed(document);
    List<SeedItem> items = new ArrayList<>(seed.documents.values());
    items.addAll(seed.pages);
    items.addAll(seed.policies);
    items.addAll(seed.trademarks);
    items.addAll(seed.faqEntries);
    return items;
  }

  private void readAbout() {
    pages.add(
        page(
            ABOUT_PATH,
            document.field("title").orElse("About"),
            document.field("description").orElse(""),
            document.body()));
  }

  private void readIpr() {
    MarkdownSection ipr = section(IPR_SECTION);
    pages.add(page(pagePath("IPR"), ipr.title(), "", ipr.fullMarkdown()));
    for (Matcher link = LINK.matcher(ipr.fullMarkdown()); link.find(); ) {
      String text = link.group(1);
      if (link.group(2).toLowerCase(Locale.ROOT).endsWith(".pdf")) {
        addDocument(text, link.group(2));
      } else if (text.contains("IPR Declarations")) {
        String list = text.startsWith("Non-") ? "non-member-declarations" : "member-declarations";
        pages.add(page(pagePath("IPR") + "/" + list, text, "", ""));
      }
    }
  }

  private void readPolicies() {
    MarkdownSection section = section(POLICIES_SECTION);
    pages.add(page(pagePath(POLICIES_SECTION), section.title(), "", ""));
    for (MarkdownSection sub : section.subsections()) {
      String summary = proseOf(sub);
      List<String[]> links = linksIn(sub.ownMarkdown());
      if (sub.title().equals("Antitrust")) {
        for (String[] link : links) {
          addPolicy(
              required(ANTITRUST_KINDS, link[0]), link[0], summary, addDocument(link[0], link[1]));
        }
      } else {
        String document =
            links.isEmpty() ? "" : addDocument(completeTitle(links.get(0)[0]), links.get(0)[1]);
        addPolicy(required(POLICY_KINDS, sub.title()), sub.title(), summary, document);
        if (sub.title().equals("Trademarks")) {
          readTrademarks(summary);
        }
      }
    }
  }

  private void readTrademarks(String paragraph) {
    String marks =
        paragraph.contains(" and all trademarks")
            ? paragraph.substring(0, paragraph.indexOf(" and all trademarks"))
            : paragraph;
    Matcher mark = QUOTED_MARK.matcher(marks);
    while (mark.find()) {
      String name = mark.group(1);
      boolean logo = mark.group(2) != null;
      String symbol = name.endsWith("™") ? "™" : name.endsWith("®") ? "®" : "none";
      String designation = symbol.equals("none") ? name : name.substring(0, name.length() - 1);
      trademarks.add(
          new SeedItem(
              ContentType.TRADEMARK,
              ContentPath.of(
                  pagePath(POLICIES_SECTION)
                      + "/trademarks/"
                      + slug(designation)
                      + (logo ? "-logo" : "")),
              new RevisionContent(
                  designation,
                  "",
                  "",
                  Map.of(
                      "form",
                      logo ? "logo" : "word-mark",
                      "symbol",
                      symbol,
                      "position",
                      Integer.toString(trademarks.size() + 1)))));
    }
  }

  private void readFaq() {
    MarkdownSection faq = section(FAQ_SECTION);
    String faqPath = pagePath(FAQ_SECTION);
    List<String> pageLines = new ArrayList<>(faq.ownLines());
    for (MarkdownSection entry : faq.subsections()) {
      if (!entry.title().startsWith("Q. ")) {
        continue;
      }
      String question = entry.title().substring("Q. ".length()).strip();
      List<String> answer = new ArrayList<>();
      boolean inTail = false;
      for (String line : entry.ownLines()) {
        // What follows the last answer belongs to the page: the PDF link and the "Checkout as well"
        // links.
        inTail = inTail || isFaqPdfLink(line) || line.contains("Checkout as well");
        if (!inTail) {
          answer.add(line);
        } else if (isFaqPdfLink(line)) {
          pageLines.add(line);
          for (String[] link : linksIn(line)) {
            addDocument(link[0], link[1]);
          }
        }
      }
      faqEntries.add(
          new SeedItem(
              ContentType.FAQ_ENTRY,
              ContentPath.of(faqPath + "/" + slug(question)),
              new RevisionContent(
                  question,
                  "",
                  MarkdownSection.trim(answer),
                  Map.of("position", Integer.toString(faqEntries.size() + 1)))));
    }
    pages.add(page(faqPath, faq.title(), "", MarkdownSection.trim(pageLines)));
  }

  private void readCollaborate() {
    checkoutPaths.forEach(
        (text, path) -> {
          if (text.startsWith("Collaborate")) {
            pages.add(page(path, text, "", ""));
          }
        });
  }

  private void addPolicy(String kind, String title, String summary, String documentPath) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kind", kind);
    fields.put("position", Integer.toString(policies.size() + 1));
    fields.put("document", documentPath);
    policies.add(
        new SeedItem(
            ContentType.POLICY,
            ContentPath.of(pagePath(POLICIES_SECTION) + "/" + kind),
            new RevisionContent(title, summary, "", fields)));
  }

  /**
   * Adds (once) a document for a link; returns its path. The seed's empty links give documents
   * without address.
   */
  private String addDocument(String title, String url) {
    ContentPath path = ContentPath.of("/documents/" + slug(title));
    documents.computeIfAbsent(
        path,
        p ->
            new SeedItem(
                ContentType.DOCUMENT,
                p,
                new RevisionContent(
                    title,
                    "",
                    "",
                    url.isBlank()
                        ? Map.of()
                        : Map.of("url", url, "mediaType", "application/pdf"))));
    return path.value();
  }

  private String pagePath(String checkoutText) {
    String path = checkoutPaths.get(checkoutText);
    if (path == null) {
      throw new IllegalStateException(
          "The seed's 'Checkout as well' list has no link '" + checkoutText + "'");
    }
    return path;
  }

  private MarkdownSection section(String title) {
    return sections.stream()
        .filter(section -> section.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The seed has no section '" + title + "'"));
  }

  private static SeedItem page(String path, String title, String description, String body) {
    return new SeedItem(
        ContentType.PAGE, ContentPath.of(path), new RevisionContent(title, description, body));
  }

  /** The section's text without its link-only lines, as one paragraph of plain Markdown. */
  private static String proseOf(MarkdownSection section) {
    return section.ownLines().stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .filter(line -> !LINK.matcher(line).replaceAll("").isBlank())
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  private static List<String[]> linksIn(String markdown) {
    List<String[]> links = new ArrayList<>();
    for (Matcher link = LINK.matcher(markdown); link.find(); ) {
      links.add(new String[] {link.group(1), link.group(2)});
    }
    return links;
  }

  private static Map<String, String> checkoutLinks(String body) {
    Map<String, String> links = new LinkedHashMap<>();
    body.lines()
        .map(CHECKOUT_LINK::matcher)
        .filter(Matcher::matches)
        .forEach(link -> links.put(link.group(1), link.group(2)));
    return links;
  }

  private static boolean isFaqPdfLink(String line) {
    String text = line.strip();
    return text.startsWith("[") && text.endsWith(")") && text.contains("PDF");
  }

  private static String completeTitle(String linkText) {
    return linkText.startsWith("View the ") ? linkText.substring("View the ".length()) : linkText;
  }

  private static String required(Map<String, String> kinds, String name) {
    String kind = kinds.get(name);
    if (kind == null) {
      throw new IllegalStateException(
          "The seed names a policy this CMS does not know: '" + name + "'");
    }
    return kind;
  }

  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
