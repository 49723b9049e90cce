package org.specworks.cms.audit;

import java.io.Serializable;

/** How many audit entries share one value (an actor, a detail). */
public record AuditTally(String value, long count) implements Serializable {}
