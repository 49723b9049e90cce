package org.specworks.cms.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item's revisions as a graph: each points at the revision it was edited from and, for a merge,
 * at the hotfix it took in. Answers whether one revision already contains another's change.
 */
public final class RevisionGraph {

  /** One revision's links; {@code base} and {@code merged} may be null. */
  public record Link(long id, Long base, Long merged) {}

  private final Map<Long, Link> links = new HashMap<>();

  public RevisionGraph(List<Link> links) {
    links.forEach(link -> this.links.put(link.id(), link));
  }

  /** Whether {@code ancestor} is {@code descendant} or one of the revisions it was built from. */
  public boolean contains(long descendant, long ancestor) {
    Deque<Long> open = new ArrayDeque<>(List.of(descendant));
    Set<Long> seen = new HashSet<>();
    while (!open.isEmpty()) {
      Long id = open.pop();
      if (id == ancestor) {
        return true;
      }
      Link link = links.get(id);
      if (link == null || !seen.add(id)) {
        continue;
      }
      if (link.base() != null) {
        open.push(link.base());
      }
      if (link.merged() != null) {
        open.push(link.merged());
      }
    }
    return false;
  }
}
