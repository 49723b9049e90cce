package org.specworks.cms.content;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.shared.NotFoundException;

/**
 * The notices that tell authors their revisions were saved over ({@link OverwriteNotice}): written
 * by {@link ContentService#saveOverConflict} in the same transaction as the save, read and
 * dismissed by each recipient on their dashboard.
 */
@Stateless
public class OverwriteNotices {

  /** A dashboard shows this many at most, newest first. */
  public static final int SHOWN = 10;

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  @Inject private Clock clock;

  /**
   * Tells every author of {@code overwritten} except the one who saved over them.
   *
   * @return who was told, in the order of their first revision saved over
   */
  public List<String> tell(ContentItem item, Revision saved, List<Revision> overwritten) {
    Map<String, List<Integer>> byAuthor = new LinkedHashMap<>();
    overwritten.stream()
        .filter(revision -> !revision.author().equals(saved.author()))
        .forEach(
            revision ->
                byAuthor
                    .computeIfAbsent(revision.author(), author -> new java.util.ArrayList<>())
                    .add(revision.number()));
    byAuthor.forEach(
        (author, numbers) ->
            em.persist(
                new OverwriteNotice(
                    item.id(),
                    author,
                    saved.author(),
                    saved.number(),
                    numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    clock.instant())));
    return List.copyOf(byAuthor.keySet());
  }

  /** The actor's notices not dismissed yet, newest first. */
  public List<OverwriteNotice> openFor(Actor actor) {
    return em.createQuery(
            "select n from OverwriteNotice n where n.recipient = :me and n.dismissedAt is null"
                + " order by n.createdAt desc, n.id desc",
            OverwriteNotice.class)
        .setParameter("me", actor.username())
        .setMaxResults(SHOWN)
        .getResultList();
  }

  /**
   * Dismisses one of the actor's notices.
   *
   * @throws NotFoundException for a notice that is not the actor's (as if it did not exist)
   */
  public void dismiss(Actor actor, long noticeId) {
    OverwriteNotice notice = em.find(OverwriteNotice.class, noticeId);
    if (notice == null || !notice.recipient().equals(actor.username())) {
      throw new NotFoundException("No notice " + noticeId + " for " + actor.username());
    }
    if (notice.dismissedAt().isEmpty()) {
      notice.dismiss(clock.instant());
    }
  }
}
