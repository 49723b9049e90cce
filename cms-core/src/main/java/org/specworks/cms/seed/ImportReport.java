package org.specworks.cms.seed;

import java.util.List;
import org.specworks.cms.content.ContentPath;

/**
 * What an import run did: the paths it created and the ones it left alone because they already
 * existed.
 */
public record ImportReport(List<ContentPath> created, List<ContentPath> alreadyPresent) {

  public ImportReport {
    created = List.copyOf(created);
    alreadyPresent = List.copyOf(alreadyPresent);
  }

  @Override
  public String toString() {
    return created.size() + " item(s) created, " + alreadyPresent.size() + " already present";
  }
}
