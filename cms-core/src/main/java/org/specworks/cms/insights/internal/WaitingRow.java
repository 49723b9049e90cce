package org.specworks.cms.insights.internal;

/** Reviews in progress at one step, counted by how long ago they were submitted. */
public record WaitingRow(String step, long underOneDay, long oneToThreeDays, long overThreeDays) {}
