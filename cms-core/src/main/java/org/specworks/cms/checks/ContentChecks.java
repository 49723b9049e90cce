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
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;

/**
 * Runs {@link ContentRules} on a revision against the site as it is now. The spelling traps come
 * from {@code cms.checks.spelling-traps}: {@code wrong=right} pairs separated by commas.
 */
@Stateless
public class ContentChecks {

  /** More trademarks or policies than a site has; read once per check. */
  private static final int MOST_LIST_ITEMS = 1000;

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
   * Checks {@code revision} and tells the findings it introduces from those its item's live
   * revision already has (both checked against the same site). Without a live revision every
   * finding is introduced.
   */
  public CheckedRevision compareWithLive(
      ContentItem item, Revision revision, Set<String> goingLiveWith) {
    ContentRules rules = new ContentRules(traps());
    SiteFacts site = site(goingLiveWith);
    String path = item.path().value();
    List<Finding> findings = rules.check(path, item.type(), revision.content(), site);
    List<Finding> live =
        item.liveRevision()
            .map(known -> rules.check(path, item.type(), known.content(), site))
            .orElse(List.of());
    return CheckedRevision.against(findings, live);
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
    return new SiteFacts(
        new HashSet<>(content.allPaths()), live, sentences, liveMarks(), trademarkPolicies());
  }

  /** The published word marks: the ones a policy's text writes with their symbol. */
  private Map<String, SiteFacts.Mark> liveMarks() {
    Map<String, SiteFacts.Mark> marks = new HashMap<>();
    for (ContentItem mark : content.liveItems(ContentType.TRADEMARK, 0, MOST_LIST_ITEMS)) {
      RevisionContent live = mark.liveRevision().orElseThrow().content();
      if ("word-mark".equals(live.field("form"))) {
        marks.put(
            mark.path().value(), new SiteFacts.Mark(live.title().strip(), live.field("symbol")));
      }
    }
    return marks;
  }

  private Map<String, String> trademarkPolicies() {
    Map<String, String> texts = new HashMap<>();
    for (ContentItem policy : content.liveItems(ContentType.POLICY, 0, MOST_LIST_ITEMS)) {
      RevisionContent live = policy.liveRevision().orElseThrow().content();
      if (ContentRules.TRADEMARK_POLICY.equals(live.field("kind"))) {
        texts.put(policy.path().value(), live.description() + "\n\n" + live.body());
      }
    }
    return texts;
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
