package org.specworks.cms.insights;

import java.time.Instant;

/** One review in progress as the filtered review list shows it: read in one query for the list. */
public record WaitingReview(
    long reviewId, String path, int revisionNumber, String submittedBy, Instant submittedAt) {}
