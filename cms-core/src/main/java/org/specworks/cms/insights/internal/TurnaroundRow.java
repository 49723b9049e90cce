package org.specworks.cms.insights.internal;

/**
 * The decisions taken at one workflow step in week {@code week} of a window: how many, and the
 * median and 90th percentile of how long each step waited for its decision, in seconds.
 */
public record TurnaroundRow(
    String step, long week, long decisions, double medianSeconds, double p90Seconds) {}
