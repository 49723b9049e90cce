package org.specworks.cms.checks;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checks need to know about the rest of the site.
 *
 * @param existing every item path, published or not
 * @param live the paths of published items
 * @param liveSentences the comparable sentences of each published item's text, by path ({@link
 *     ContentRules#sentencesOf})
 * @param liveMarks the published trademarks, by path
 * @param trademarkPolicies the text (summary and full text) of each published trademark policy, by
 *     path
 */
public record SiteFacts(
    Set<String> existing,
    Set<String> live,
    Map<String, List<String>> liveSentences,
    Map<String, Mark> liveMarks,
    Map<String, String> trademarkPolicies) {

  /** A site without trademarks or a trademark policy. */
  public SiteFacts(
      Set<String> existing, Set<String> live, Map<String, List<String>> liveSentences) {
    this(existing, live, liveSentences, Map.of(), Map.of());
  }

  /** A trademark as the list presents it: designation and symbol ({@code ™}, {@code ®}, none). */
  public record Mark(String designation, String symbol) {}
}
