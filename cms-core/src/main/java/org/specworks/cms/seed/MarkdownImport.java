package org.specworks.cms.seed;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.shared.InvalidInputException;

/**
 * Imports any Markdown file with front matter ({@code title}, optional {@code description}) as a
 * page draft: a new page, or a new revision on top of an existing page's latest one. Nothing is
 * published; the draft goes through review like any other edit.
 */
@Stateless
public class MarkdownImport {

  @Inject private ContentService content;

  public Revision importAsDraft(
      Actor actor, ContentPath path, String markdownWithFrontMatter, String changeNote) {
    FrontMatterDocument document;
    try {
      document =
          FrontMatterDocument.parse(markdownWithFrontMatter == null ? "" : markdownWithFrontMatter);
    } catch (IllegalArgumentException malformed) {
      throw new InvalidInputException(
          "The file's front matter cannot be read: " + malformed.getMessage());
    }
    String title =
        document
            .field("title")
            .orElseThrow(() -> new InvalidInputException("The front matter needs a title."));
    RevisionContent revision =
        new RevisionContent(title, document.field("description").orElse(""), document.body());
    String note =
        changeNote == null || changeNote.isBlank() ? "Imported from a Markdown file" : changeNote;
    Optional<ContentItem> existing = content.findByPath(path);
    if (existing.isEmpty()) {
      return content
          .create(actor, ContentType.PAGE, path, revision, note)
          .latestRevision()
          .orElseThrow();
    }
    if (existing.get().type() != ContentType.PAGE) {
      throw new InvalidInputException(
          path + " is a " + existing.get().type().label() + ", not a page.");
    }
    long base = existing.get().latestRevision().orElseThrow().id();
    return content.save(actor, path, base, revision, note);
  }
}
