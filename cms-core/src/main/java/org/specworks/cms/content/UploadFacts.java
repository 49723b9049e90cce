package org.specworks.cms.content;

import java.util.Map;
import java.util.TreeMap;
import org.specworks.cms.shared.InvalidInputException;

/**
 * The fields only an upload writes ({@link FieldDefinition.Input#UPLOAD}: a document's checksum,
 * size, media type and file name). Editors never type them, so content coming from a form carries
 * the facts of the revision the form was opened on; other facts mean a forged or mixed-up form, and
 * are refused before they could point a document at another stored file. Only {@link
 * ContentService#saveUploadedFile}, which {@code documents.DocumentFiles} calls after it stored and
 * checked the file, writes new ones.
 */
final class UploadFacts {

  private UploadFacts() {}

  /** The upload facts {@code content} carries for {@code type}, blank ones left out. */
  static Map<String, String> of(ContentType type, RevisionContent content) {
    Map<String, String> facts = new TreeMap<>();
    for (FieldDefinition field : type.schema().fields()) {
      String value = content.field(field.name());
      if (!field.editable() && !value.isBlank()) {
        facts.put(field.name(), value);
      }
    }
    return facts;
  }

  /**
   * Refuses {@code edited} unless it carries the same upload facts as {@code openedOn}, the
   * revision the editor's form was loaded from.
   */
  static void requireAsIn(ContentType type, RevisionContent edited, Revision openedOn) {
    if (!of(type, edited).equals(of(type, openedOn.content()))) {
      throw new InvalidInputException(
          "A document's file changes only by uploading one: this save carries another checksum,"
              + " size, type or file name than revision "
              + openedOn.number()
              + ", which it was edited from. Nothing was saved.");
    }
  }

  /**
   * Refuses a hand-made merge unless its upload facts are those of one of the two revisions it
   * merges: which file stays is the editor's choice, another file is not.
   */
  static void requireAsInEither(
      ContentType type, RevisionContent merged, Revision draft, Revision hotfix) {
    Map<String, String> facts = of(type, merged);
    if (!facts.equals(of(type, draft.content())) && !facts.equals(of(type, hotfix.content()))) {
      throw new InvalidInputException(
          "A document's file changes only by uploading one: this merge carries another checksum,"
              + " size, type or file name than draft revision "
              + draft.number()
              + " and live revision "
              + hotfix.number()
              + ". Nothing was saved.");
    }
  }

  /** Refuses a new item that claims a file before any was uploaded to it. */
  static void requireNone(ContentType type, RevisionContent created) {
    if (!of(type, created).isEmpty()) {
      throw new InvalidInputException(
          "A new "
              + type.label().toLowerCase(java.util.Locale.ROOT)
              + " has no file yet: create it, then upload its file. Nothing was saved.");
    }
  }

  /**
   * {@code edited} with the upload facts of {@code current} instead of its own: saving typed text
   * over someone else's revisions must not undo a file they uploaded meanwhile.
   */
  static RevisionContent takenFrom(
      ContentType type, RevisionContent edited, RevisionContent current) {
    Map<String, String> fields = new TreeMap<>(edited.fields());
    for (FieldDefinition field : type.schema().fields()) {
      if (!field.editable()) {
        fields.remove(field.name());
        String value = current.field(field.name());
        if (!value.isBlank()) {
          fields.put(field.name(), value);
        }
      }
    }
    return new RevisionContent(edited.title(), edited.description(), edited.body(), fields);
  }
}
