package org.specworks.cms.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongToIntFunction;
import org.specworks.cms.workflow.internal.WorkflowQueries;
import org.specworks.cms.workflow.internal.WorkflowQueries.DraftAuthorship;
import org.specworks.cms.workflow.internal.WorkflowQueries.ItemFacts;
import org.specworks.cms.workflow.internal.WorkflowQueries.JudgedRevision;

/**
 * What lists need to know about the revisions under many reviews, read in three queries: their
 * titles, their items' paths, and who wrote each change (the four-eyes rule). Gives the same
 * authors as {@code ContentService.authorsOfChange} does for one review at a time.
 */
final class ReviewSubjects {

  private final Map<Long, JudgedRevision> revisions = new HashMap<>();
  private final Map<Long, ItemFacts> items = new HashMap<>();
  private final Map<Long, List<DraftAuthorship>> draftLines = new HashMap<>();
  private final LongToIntFunction changeStartOfHotfixLiveItem;

  /**
   * @param changeStartOfHotfixLiveItem where the change starts for an item whose live revision is a
   *     hotfix (rare: walks the hotfix chain down to the draft line, one item at a time)
   */
  ReviewSubjects(
      WorkflowQueries queries,
      Collection<Review> reviews,
      LongToIntFunction changeStartOfHotfixLiveItem) {
    this.changeStartOfHotfixLiveItem = changeStartOfHotfixLiveItem;
    if (reviews.isEmpty()) {
      return;
    }
    Set<Long> itemIds = new TreeSet<>();
    Set<Long> revisionIds = new TreeSet<>();
    reviews.forEach(
        review -> {
          itemIds.add(review.itemId());
          revisionIds.add(review.revisionId());
        });
    queries
        .judgedRevisions(revisionIds)
        .forEach(revision -> revisions.put(revision.id(), revision));
    queries.itemFacts(itemIds).forEach(item -> items.put(item.id(), item));
    queries
        .draftAuthorships(itemIds)
        .forEach(
            authorship ->
                draftLines
                    .computeIfAbsent(authorship.itemId(), id -> new java.util.ArrayList<>())
                    .add(authorship));
  }

  String titleOf(Review review) {
    return revisions.get(review.revisionId()).title();
  }

  String pathOf(Review review) {
    return items.get(review.itemId()).path();
  }

  /**
   * A hotfix's author; for a draft, the authors of the draft line after where the change started up
   * to the revision under review.
   */
  Set<String> authorsOfChange(Review review) {
    JudgedRevision judged = revisions.get(review.revisionId());
    if (judged.hotfix()) {
      return Set.of(judged.author());
    }
    int start = changeStartOf(items.get(review.itemId()));
    Set<String> authors = new TreeSet<>();
    draftLines.getOrDefault(review.itemId(), List.of()).stream()
        .filter(line -> line.number() > start && line.number() <= judged.number())
        .forEach(line -> authors.add(line.author()));
    return authors;
  }

  private int changeStartOf(ItemFacts item) {
    if (item.liveNumber() == null) {
      return 0;
    }
    return item.liveIsHotfix()
        ? changeStartOfHotfixLiveItem.applyAsInt(item.id())
        : item.liveNumber();
  }
}
