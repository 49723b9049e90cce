package org.specworks.cms.checks;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;

/**
 * Runs {@link ContentRules} on a revision against the site as it is now. The spelling traps come from
 * {@code cms.checks.spelling-traps}: {@code wrong=right} pairs separated by commas.
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
   * Checks a revision that goes live together with the items at {@code goingLiveWith} (a release): links to them
   * count as links to published pages.
   */
  public List<Finding> check(ContentItem item, Revision revision, Set<String> goingLiveWith) {
    return new ContentRules(traps()).check(item.path().value(), item.type(), revision.content(),
        site(goingLiveWith));
  }

  private SiteFacts site(Set<String> goingLiveWith) {
    Set<String> existing = new HashSet<>();
    Set<String> live = new HashSet<>(goingLiveWith);
    Map<String, List<String>> sentences = new HashMap<>();
    for (ContentType type : ContentType.values()) {
      existing.addAll(content.pathsOf(type));
    }
    for (ContentType type : ContentType.values()) {
      for (ContentItem item : content.itemsOfType(type)) {
        item.liveRevision().ifPresent(revision -> {
          live.add(item.path().value());
          sentences.put(item.path().value(), ContentRules.sentencesOf(revision.content().body()));
        });
      }
    }
    return new SiteFacts(existing, live, sentences);
  }

  private Map<String, String> traps() {
    return Arrays.stream(spellingTraps.split(","))
        .map(String::strip)
        .filter(pair -> pair.matches("[^=]+=[^=]+"))
        .collect(Collectors.toMap(pair -> pair.substring(0, pair.indexOf('=')).strip(),
            pair -> pair.substring(pair.indexOf('=') + 1).strip(), (a, b) -> a));
  }
}
