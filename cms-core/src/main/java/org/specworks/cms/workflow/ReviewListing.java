package org.specworks.cms.workflow;

/**
 * A review as the review lists show it: the title of the revision under review, its item's path,
 * and why the signed-in person cannot decide on it (empty if they can). Built for many reviews at
 * once by {@link WorkflowService#listed}, so a list of hundreds of reviews costs a few queries.
 */
public record ReviewListing(Review review, String title, String path, String whyNotMine) {

  public boolean mine() {
    return whyNotMine.isEmpty();
  }
}
