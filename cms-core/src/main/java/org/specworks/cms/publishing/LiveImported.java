package org.specworks.cms.publishing;

/**
 * An item imported as already published while the instance starts (the seed): a change of the live
 * state that no page, cache or edge has shown yet, so only the instance's record of the live state
 * must learn of it, or its safety net takes it for a lost message. Fired inside the import's
 * transaction.
 */
public record LiveImported(RevisionPublished change) {}
