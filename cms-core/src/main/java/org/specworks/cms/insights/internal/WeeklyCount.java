package org.specworks.cms.insights.internal;

/** How many things of one kind ({@code key}) happened in week {@code week} of a window. */
public record WeeklyCount(long week, String key, long count) {}
