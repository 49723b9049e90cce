package org.specworks.cms.monitoring;

/** Told, for each lookup in one cache, whether it was answered from the cache. */
@FunctionalInterface
public interface CacheOutcomes {

  void count(boolean hit);
}
