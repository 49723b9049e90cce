package org.specworks.cms.web.admin.content;

import java.util.Map;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentSchema;
import org.specworks.cms.web.admin.Messages;

/**
 * Puts the core's validation problems beside the inputs they are about: the path (new items only),
 * title, description and body have their own message components; the type's structured fields show
 * theirs from a map the fields include reads.
 */
final class FormProblems {

  private FormProblems() {}

  /**
   * @param formId the id of the form holding the title, description and body inputs
   * @param violations the core's problems, keyed by field name
   * @param fieldProblems the map the structured fields show, filled here
   */
  static void show(
      String formId, Map<String, String> violations, Map<String, String> fieldProblems) {
    violations.forEach(
        (field, problem) -> {
          switch (field) {
            case ContentSchema.TITLE, ContentSchema.DESCRIPTION, ContentSchema.BODY ->
                Messages.errorTextAt(formId + ":" + field, problem);
            case ContentPath.FIELD -> Messages.errorTextAt(formId + ":path", problem);
            default -> fieldProblems.put(field, problem);
          }
        });
  }

  /**
   * A blank title is refused before the core sees the content: its value type cannot hold one. Says
   * so beside the title and that nothing was saved.
   */
  static boolean titleMissing(String formId, ContentSchema schema, String title) {
    if (title != null && !title.isBlank()) {
      return false;
    }
    Messages.errorAt(formId + ":" + ContentSchema.TITLE, "edit.titleRequired", schema.titleLabel());
    Messages.error("edit.invalid");
    return true;
  }
}
