package org.specworks.cms.content;

import static org.specworks.cms.content.FieldDefinition.choice;
import static org.specworks.cms.content.FieldDefinition.livePolicy;
import static org.specworks.cms.content.FieldDefinition.of;
import static org.specworks.cms.content.FieldDefinition.uploadFact;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of content the site is built from, each with its schema (all taken from the seed's
 * structure).
 */
public enum ContentType {
  /**
   * A page at a public path: About, IPR, Policies &amp; Terms of Use, FAQ, Collaborate. The body
   * may be empty for pages that list other items (the FAQ's entries, the policies).
   */
  PAGE(
      "Page",
      new ContentSchema(
          "Title", Optional.of("Description"), Optional.of("Body"), false, List.of())),

  /** One question and answer of the FAQ page. */
  FAQ_ENTRY(
      "FAQ entry",
      new ContentSchema(
          "Question",
          Optional.empty(),
          Optional.of("Answer"),
          true,
          List.of(of("position", "Position", FieldKind.INTEGER, true)))),

  /** A policy or agreement with legal effect from a date. */
  POLICY(
      "Policy",
      new ContentSchema(
          "Title",
          Optional.of("Summary"),
          Optional.of("Full text"),
          false,
          List.of(
              choice(
                  "kind",
                  "Kind",
                  true,
                  "document-use-agreement",
                  "ipr-policy",
                  "trademark-policy",
                  "antitrust-guidelines",
                  "antitrust-compliance-policy",
                  "openness-policy"),
              of("effectiveDate", "Effective date", FieldKind.DATE, false),
              of(
                  "changeSummary",
                  "Public change note (shown with this version)",
                  FieldKind.TEXT,
                  false),
              of("document", "Linked document", FieldKind.PATH, false),
              of("position", "Position", FieldKind.INTEGER, true)))),

  /** One of the organisation's marks, listed in the trademark policy. */
  TRADEMARK(
      "Trademark",
      new ContentSchema(
          "Designation",
          Optional.empty(),
          Optional.empty(),
          false,
          List.of(
              choice("form", "Form", true, "word-mark", "logo"),
              choice("symbol", "Symbol", true, "™", "®", "none"),
              of("position", "Position", FieldKind.INTEGER, true)))),

  /** A declaration of essential IPR, on the member or the non-member list. */
  IPR_DECLARATION(
      "IPR declaration",
      new ContentSchema(
          "Declarant",
          Optional.empty(),
          Optional.empty(),
          false,
          List.of(
              choice("list", "List", true, "member", "non-member"),
              of("specification", "Specification or work item", FieldKind.TEXT, true),
              of("declaredOn", "Declared on", FieldKind.DATE, true),
              of("document", "Declaration document", FieldKind.PATH, false)))),

  /**
   * A document (PDF) that content links to: an uploaded file (see {@code documents.DocumentFiles},
   * which fills checksum, size, type and file name) or an external address.
   */
  DOCUMENT(
      "Document",
      new ContentSchema(
          "Title",
          Optional.of("Description"),
          Optional.empty(),
          false,
          List.of(
              of("url", "Address", FieldKind.URL, false),
              uploadFact("mediaType", "Media type", FieldKind.TEXT),
              uploadFact("sizeBytes", "Size in bytes", FieldKind.INTEGER),
              uploadFact("sha256", "SHA-256 checksum", FieldKind.TEXT),
              uploadFact("fileName", "File name", FieldKind.TEXT),
              livePolicy("agreement", "Agreement to accept before download"))));

  private final String label;
  private final ContentSchema schema;

  ContentType(String label, ContentSchema schema) {
    this.label = label;
    this.schema = schema;
  }

  public String label() {
    return label;
  }

  public ContentSchema schema() {
    return schema;
  }
}
