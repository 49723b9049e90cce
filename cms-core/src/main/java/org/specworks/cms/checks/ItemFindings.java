package org.specworks.cms.checks;

import java.io.Serializable;
import java.util.List;
import org.specworks.cms.content.ContentOverview;

/** An item and what the content checks find in the revision of it that was checked. */
public record ItemFindings(ContentOverview item, List<Finding> findings) implements Serializable {

  public ItemFindings {
    findings = List.copyOf(findings);
  }

  public long errorCount() {
    return findings.stream().filter(Finding::isError).count();
  }

  public long warningCount() {
    return findings.size() - errorCount();
  }
}
