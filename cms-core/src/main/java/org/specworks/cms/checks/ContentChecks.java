package org.specworks.cms.checks;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentOverview;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.Revision;

/**
 * Runs {@link ContentRules} on a revision against the site as it is now. The spelling traps come
 * from {@code cms.checks.spelling-traps}: {@code wrong=right} pairs separated by commas.
 */
@Stateless
public class ContentChecks {

  @Inject private ContentService content;

  @Inject
  @ConfigProperty(name = "cms.checks.spelling-traps", defaultValue = "SpeckWorks=SpecWorks")
  private String spellingTraps;

  public List<Finding> check(ContentItem item, Revision revision) {
    return check(item, revision, Set.of());
  }

  /**
   * Checks a revision that goes live together with the items at {@code goingLiveWith} (a release):
   * links to them count as links to published pages.
   */
  public List<Finding> check(ContentItem item, Revision revision, Set<String> goingLiveWith) {
    return new ContentRules(traps())
        .check(item.path().value(), item.type(), revision.content(), site(goingLiveWith));
  }

  /**
   * What the checks find in the latest revision of the most recently changed items that have
   * unpublished changes: the errors that will block their publication and the warnings a reviewer
   * will have to accept. Capped at {@code limit} items because every check reads the whole site;
   * items without findings are left out.
   */
  public List<ItemFindings> onPendingChanges(int limit) {
    List<ContentOverview> pending = content.pendingChanges(Optional.empty(), limit);
    if (pending.isEmpty()) {
      return List.of();
    }
    ContentRules rules = new ContentRules(traps());
    SiteFacts site = site(Set.of());
    List<ItemFindings> open = new ArrayList<>();
    for (ContentOverview overview : pending) {
      Revision latest = content.requireItem(overview.itemId()).latestRevision().orElseThrow();
      List<Finding> findings =
          rules.check(overview.path(), overview.type(), latest.content(), site);
      if (!findings.isEmpty()) {
        open.add(new ItemFindings(overview, findings));
      }
    }
    return open;
  }

  private SiteFacts site(Set<String> goingLiveWith) {
    Set<String> live = new HashSet<>(goingLiveWith);
    Map<String, List<String>> sentences = new HashMap<>();
    content
        .liveBodies()
        .forEach(
            (path, body) -> {
              live.add(path);
              sentences.put(path, ContentRules.sentencesOf(body));
            });
    return new SiteFacts(new HashSet<>(content.allPaths()), live, sentences);
  }

  private Map<String, String> traps() {
    return Arrays.stream(spellingTraps.split(","))
        .map(String::strip)
        .filter(pair -> pair.matches("[^=]+=[^=]+"))
        .collect(
            Collectors.toMap(
                pair -> pair.substring(0, pair.indexOf('=')).strip(),
                pair -> pair.substring(pair.indexOf('=') + 1).strip(),
                (a, b) -> a));
  }
}
