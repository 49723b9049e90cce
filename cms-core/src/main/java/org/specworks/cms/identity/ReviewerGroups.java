package org.specworks.cms.identity;

import java.util.regex.Pattern;
import org.specworks.cms.shared.InvalidInputException;

/** Names of reviewer groups, and the ones the default workflows use. */
public final class ReviewerGroups {

  /** Everyone who reviews pages, FAQ entries, trademarks and declarations. */
  public static final String REVIEWERS = "reviewers";

  /** First step for policies. */
  public static final String COMMUNICATIONS = "communications";

  /** Second step for policies. */
  public static final String LEGAL = "legal";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,62}");

  private ReviewerGroups() {}

  public static String requireValidName(String group) {
    if (group == null || !NAME.matcher(group).matches()) {
      throw new InvalidInputException(
          "A reviewer group name has 2 to 63 lower-case letters, digits or hyphens: '"
              + group
              + "'");
    }
    return group;
  }
}
