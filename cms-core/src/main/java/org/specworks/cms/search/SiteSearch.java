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
import org.specworks.cms.rendering.PlainText;

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
                "select i.path, i.content_type, r.title, r.description, r.body"
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
                    headline(readerText(row[3], row[4]), words)))
        .toList();
  }

  /**
   * PostgreSQL's headline of the text readers see (so stemmed matches are marked too), whole words
   * only.
   */
  private String headline(String text, String words) {
    String headline =
        (String)
            em.createNativeQuery(
                    "select ts_headline('english', ?1, websearch_to_tsquery('english', ?2), ?3)")
                .setParameter(1, text)
                .setParameter(2, words)
                .setParameter(
                    3,
                    "StartSel="
                        + SearchHit.MARK_START
                        + ", StopSel="
                        + SearchHit.MARK_END
                        + ", MaxWords=28, MinWords=12, MaxFragments=1")
                .getSingleResult();
    String flat = headline.replaceAll("\\s+", " ").strip();
    String plain =
        flat.replace(String.valueOf(SearchHit.MARK_START), "")
            .replace(String.valueOf(SearchHit.MARK_END), "");
    String whole = text.replaceAll("\\s+", " ").strip();
    int at = whole.indexOf(plain);
    return (at > 0 ? "… " : "")
        + flat
        + (at >= 0 && at + plain.length() < whole.length() ? " …" : "");
  }

  /** An item's description and body as readers see them, without Markdown. */
  private static String readerText(Object description, Object body) {
    return ((description == null ? "" : (String) description) + " " + PlainText.of((String) body))
        .strip();
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
            "select i.path, i.content_type, r.title, r.description, r.body"
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
              snippet(readerText(row[3], row[4]), terms)));
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

  /**
   * Text around the first match, cut between words, with every matched term marked; {@code text} is
   * what readers see ({@link PlainText}), not Markdown.
   */
  static String snippet(String text, List<String> terms) {
    String flat = text.replaceAll("\\s+", " ").strip();
    List<String> folded = terms.stream().map(SiteSearch::fold).filter(t -> !t.isEmpty()).toList();
    String lower = fold(flat);
    int first = folded.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
    int start = Math.max(0, first - SNIPPET / 3);
    int end = Math.min(flat.length(), start + SNIPPET);
    if (start > 0 && flat.charAt(start - 1) != ' ') {
      int nextSpace = flat.indexOf(' ', start);
      start = nextSpace >= 0 && nextSpace < first ? nextSpace + 1 : start;
    }
    if (end < flat.length() && flat.charAt(end) != ' ') {
      int lastSpace = flat.lastIndexOf(' ', end);
      end = lastSpace > Math.max(start, first) ? lastSpace : end;
    }
    String window =
        (start > 0 ? "… " : "")
            + flat.substring(start, end).strip()
            + (end < flat.length() ? " …" : "");
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
