package org.specworks.cms.identity;

import java.util.SortedSet;

/**
 * The reviewer groups the workflows' steps name: the only groups an account can be put in, so a
 * typo ("reviewer" for "reviewers") is refused instead of leaving a review waiting for a group
 * nobody is in. Implemented by the workflow feature, which knows the steps.
 */
public interface ReviewerGroupsInUse {

  SortedSet<String> names();
}
