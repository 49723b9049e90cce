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
 */
public record SiteFacts(
    Set<String> existing, Set<String> live, Map<String, List<String>> liveSentences) {}
