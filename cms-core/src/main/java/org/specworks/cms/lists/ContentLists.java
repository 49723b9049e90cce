package org.specworks.cms.lists;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.specworks.cms.content.ContentInput;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;
import org.specworks.cms.shared.InvalidInputException;

/**
 * The items of a list screen, and reordering the trademarks. Trademarks are those directly below
 * {@link ListPaths#TRADEMARKS}, by position; IPR declarations are all items of their type, by list,
 * date and declarant.
 */
@Stateless
public class ContentLists {

  /** The types that have a list screen. */
  public static final List<ContentType> TYPES =
      List.of(ContentType.TRADEMARK, ContentType.IPR_DECLARATION);

  @Inject private ContentService content;

  /** The list's items with their latest revisions, in the list's order. */
  public List<ListEntry> entries(ContentType type) {
    return switch (type) {
      case TRADEMARK ->
          content.itemsOfType(type).stream()
              .filter(item -> ListPaths.isTrademarkPath(item.path()))
              .map(ListEntry::of)
              .sorted(Comparator.comparingInt(ListEntry::position).thenComparing(ListEntry::path))
              .toList();
      case IPR_DECLARATION ->
          content.itemsOfType(type).stream()
              .map(ListEntry::of)
              .sorted(
                  Comparator.comparing((ListEntry e) -> e.field("list"))
                      .thenComparing(e -> e.field("declaredOn"), Comparator.reverseOrder())
                      .thenComparing(ListEntry::title))
              .toList();
      default -> throw new InvalidInputException(type.label() + " has no list screen.");
    };
  }

  /**
   * The list's items as {@link #entries(ContentType)} orders them, only those on one list if {@code
   * list} is given: the IPR declarations' {@code member} or {@code non-member} list.
   *
   * @param list the value of the items' {@code list} field to keep; null or blank keeps every item
   */
  public List<ListEntry> entries(ContentType type, String list) {
    return entries(type).stream().filter(entry -> isOn(entry, list)).toList();
  }

  static boolean isOn(ListEntry entry, String list) {
    return list == null || list.isBlank() || list.equals(entry.field("list"));
  }

  /**
   * Saves a row edited in place as a new draft revision on top of the revision the row showed. The
   * row's values are checked as a form's are: a blank title is one of its problems, not an error of
   * the program.
   *
   * @param row the entry as the screen read it (its revision is the base of the save)
   * @param typed the row's title and fields as edited
   * @throws org.specworks.cms.content.ContentValidationException naming each problem by field;
   *     nothing is saved
   * @throws org.specworks.cms.content.StaleRevisionException if someone saved the item since the
   *     row was read
   */
  public Revision saveRow(Actor actor, ListEntry row, ContentInput typed, String changeNote) {
    actor.require(Permission.EDIT_CONTENT);
    ContentPath path = ContentPath.of(row.path());
    RevisionContent edited = content.requireByPath(path).type().schema().contentOf(typed);
    return content.save(actor, path, row.revisionId(), edited, changeNote);
  }

  /**
   * Gives the trademarks the positions 1, 2, 3… in the order given, as new draft revisions of only
   * the marks whose position changes, all in one transaction.
   *
   * @param order every trademark of the list, as the screen read it (the revisions are the bases of
   *     the saves)
   * @return how many marks got a new revision
   * @throws ListChangedException if the list changed since it was read; nothing is saved
   */
  public int reorder(Actor actor, List<ListEntry> order) {
    actor.require(Permission.EDIT_CONTENT);
    Map<String, Long> read =
        order.stream()
            .collect(
                Collectors.toMap(
                    ListEntry::path,
                    ListEntry::revisionId,
                    (a, b) -> {
                      throw new InvalidInputException(
                          "A trademark appears twice in the new order.");
                    },
                    TreeMap::new));
    requireUnchanged(entries(ContentType.TRADEMARK), read, "you opened the list");
    int saved = 0;
    for (int i = 0; i < order.size(); i++) {
      ListEntry entry = order.get(i);
      String position = Integer.toString(i + 1);
      if (Objects.equals(entry.field("position"), position)) {
        continue;
      }
      TreeMap<String, String> fields = new TreeMap<>(entry.fields());
      fields.put("position", position);
      content.save(
          actor,
          ContentPath.of(entry.path()),
          entry.revisionId(),
          new RevisionContent(entry.title(), "", "", fields),
          "Moved to position " + position + " in the trademark list");
      saved++;
    }
    return saved;
  }

  /**
   * Refuses, saying what happened, unless the list holds exactly the items {@code read} with the
   * same latest revisions.
   */
  static void requireUnchanged(List<ListEntry> now, Map<String, Long> read, String since) {
    List<String> news = new ArrayList<>();
    for (ListEntry entry : now) {
      Long was = read.get(entry.path());
      if (was == null) {
        news.add(entry.label() + " was added by " + entry.author());
      } else if (was != entry.revisionId()) {
        news.add(
            entry.label()
                + " was changed by "
                + entry.author()
                + " (now revision "
                + entry.revisionNumber()
                + ")");
      }
    }
    List<String> nowPaths = now.stream().map(ListEntry::path).toList();
    read.keySet().stream()
        .filter(path -> !nowPaths.contains(path))
        .forEach(path -> news.add(path + " is no longer in the list"));
    if (!news.isEmpty()) {
      throw new ListChangedException(
          "The trademark list changed since "
              + since
              + ": "
              + String.join("; ", news)
              + ". Nothing was saved: look at the list again and repeat your change.");
    }
  }
}
