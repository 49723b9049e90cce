package org.specworks.cms.lists;

import java.io.Serializable;
import java.util.List;

/**
 * What an applied import did: the paths of the new items and of the items with a new draft
 * revision, and the marks the file left out, which stay as they are until a reviewer takes them off
 * the site.
 */
public record ListImportResult(
    List<String> created, List<String> changed, List<String> notInFile, String summary)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public ListImportResult {
    created = List.copyOf(created);
    changed = List.copyOf(changed);
    notInFile = List.copyOf(notInFile);
  }
}
