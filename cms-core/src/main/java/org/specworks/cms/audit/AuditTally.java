package org.specworks.cms.audit;

/** How many audit entries share one value (an actor, a detail). */
public record AuditTally(String value, long count) {}
