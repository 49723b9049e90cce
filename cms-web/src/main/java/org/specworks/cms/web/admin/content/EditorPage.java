package org.specworks.cms.web.admin.content;

import jakarta.faces.context.ExternalContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The edit page of an item, where the content screens send the browser after an action: a fresh
 * page, so the form starts from the item as it is now.
 */
final class EditorPage {

  private EditorPage() {}

  static String url(ExternalContext external, String path) {
    return external.getRequestContextPath()
        + "/admin/content/edit.xhtml?path="
        + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  /** The edit page right after a save, showing what that revision changed. */
  static String afterSave(ExternalContext external, String path, int savedRevision) {
    return url(external, path) + "&saved=" + savedRevision;
  }

  static void open(ExternalContext external, String path) throws IOException {
    external.redirect(url(external, path));
  }
}
