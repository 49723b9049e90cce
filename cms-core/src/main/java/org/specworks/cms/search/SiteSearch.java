package org.specworks.cms.search;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.specworks.cms.content.ContentType;

/**
 * Searches the live revisions of all items, never drafts. On PostgreSQL it uses full text search
 * (English stemming, {@code websearch_to_tsquery} syntax: words, "phrases", -exclusions, OR); on
 * other databases every word must occur, case-insensitively, and items with the words in their
 * title come first.
 */
@Stateless
public class SiteSearch {

  public static final int MAX_QUERY = 200;
  private static final int SNIPPET = 160;
  private static final String LIVE_TEXT =
      "coalesce(r.title,'') || ' ' || coalesce(r.description,'') || ' ' || coalesce(r.body,'')";

  @PersistenceContext(unitName = "cms")
  private EntityManager em;

  private volatile Boolean postgres;

  public List<SearchHit> search(String query, int limit) {
    String words = normalise(query);
    if (words.isEmpty()) {
      return List.of();
    }
    return isPostgres() ? fullText(words, limit) : everyWord(words, limit);
  }

  /** Blank, control characters and overlong queries become something safe to search for. */
  public static String normalise(String query) {
    if (query == null) {
      return "";
    }
    String text = query.replaceAll("[\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
    return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY).strip() : text;
  }

  private List<SearchHit> fullText(String words, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select i.path, i.content_type, r.title, ts_headline('english', "
                    + LIVE_TEXT
                    + ", q,"
                    + " 'StartSel="
                    + SearchHit.MARK_START
                    + ", StopSel="
                    + SearchHit.MARK_END
                    + ", MaxWords=28, MinWords=12, MaxFragments=1')"
                    + " from content_item i join revision r on r.id = i.live_revision_id,"
                    + " websearch_to_tsquery('english', ?1) q"
                    + " where to_tsvector('english', "
                    + LIVE_TEXT
                    + ") @@ q"
                    + " order by ts_rank(setweight(to_tsvector('english', r.title), 'A')"
                    + " || to_tsvector('english', "
                    + LIVE_TEXT
                    + "), q) desc, i.path"
                    + " limit ?2")
            .setParameter(1, words)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new SearchHit(
                    (String) row[0],
                    ContentType.valueOf((String) row[1]),
                    (String) row[2],
                    ((String) row[3]).replaceAll("\\s+", " ").strip()))
        .toList();
  }

  private List<SearchHit> everyWord(String words, int limit) {
    List<String> terms =
        Arrays.stream(words.toLowerCase(Locale.ROOT).split(" "))
            .map(term -> term.replaceAll("[\"()]", ""))
            .filter(term -> !term.isBlank() && !term.startsWith("-") && !term.equals("or"))
            .limit(8)
            .toList();
    if (terms.isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder(
            "select i.path, i.content_type, r.title, "
                + LIVE_TEXT
                + " from content_item i join revision r on r.id = i.live_revision_id where 1 = 1");
    for (int n = 1; n <= terms.size(); n++) {
      sql.append(" and lower(")
          .append(LIVE_TEXT)
          .append(") like ?")
          .append(n)
          .append(" escape '\\'");
    }
    var query = em.createNativeQuery(sql.toString());
    for (int n = 1; n <= terms.size(); n++) {
      query.setParameter(
          n,
          "%"
              + terms.get(n - 1).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
              + "%");
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    List<SearchHit> hits = new ArrayList<>();
    for (Object[] row : rows) {
      hits.add(
          new SearchHit(
              (String) row[0],
              ContentType.valueOf((String) row[1]),
              (String) row[2],
              snippet((String) row[3], terms)));
    }
    hits.sort(
        Comparator.comparingLong(
                (SearchHit hit) ->
                    -terms.stream()
                        .filter(term -> hit.title().toLowerCase(Locale.ROOT).contains(term))
                        .count())
            .thenComparing(SearchHit::path));
    return hits.size() > limit ? hits.subList(0, limit) : hits;
  }

  /** Text around the first match, with every matched term marked. */
  static String snippet(String text, List<String> terms) {
    String flat = text.replaceAll("\\s+", " ").strip();
    List<String> folded = terms.stream().map(SiteSearch::fold).filter(t -> !t.isEmpty()).toList();
    String lower = fold(flat);
    int first = folded.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
    int start = Math.max(0, first - SNIPPET / 3);
    int end = Math.min(flat.length(), start + SNIPPET);
    String window =
        (start > 0 ? "… " : "") + flat.substring(start, end) + (end < flat.length() ? " …" : "");
    StringBuilder marked = new StringBuilder();
    String windowLower = fold(window);
    int i = 0;
    while (i < window.length()) {
      int at = i;
      String match =
          folded.stream().filter(term -> windowLower.startsWith(term, at)).findFirst().orElse(null);
      if (match == null) {
        marked.append(window.charAt(i++));
      } else {
        marked
            .append(SearchHit.MARK_START)
            .append(window, i, i + match.length())
            .append(SearchHit.MARK_END);
        i += match.length();
      }
    }
    return marked.toString();
  }

  /**
   * Lower case that keeps every character where it was: {@link String#toLowerCase} may change a
   * text's length ("İ" becomes "i" plus a combining dot), and positions found in the lower-cased
   * text are used on the original.
   */
  static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
    }
    return new String(chars);
  }

  private boolean isPostgres() {
    if (postgres == null) {
      try {
        Connection connection = em.unwrap(Connection.class);
        postgres =
            connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
      } catch (SQLException | RuntimeException unknown) {
        postgres = false;
      }
    }
    return postgres;
  }
}
