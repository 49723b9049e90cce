package org.specworks.cms.cluster;

import org.specworks.cms.publishing.RevisionPublished;

/**
 * What readers see of an item changed, as this instance learned it: from its own commit, from
 * another instance, or from the {@link SafetyNet}. Fired once per change and instance.
 */
public record LiveChanged(RevisionPublished change, Origin origin) {

  /** How this instance learned of the change. */
  public enum Origin {
    /** This instance committed it. */
    THIS_INSTANCE,
    /** Another instance committed it and said so on the data grid. */
    OTHER_INSTANCE,
    /** The database showed it and no message had told of it. */
    SAFETY_NET
  }

  /**
   * Whether this instance committed the change: what is done once cluster-wide (purging an edge
   * cache) is done by that instance only.
   */
  public boolean committedHere() {
    return origin == Origin.THIS_INSTANCE;
  }
}
