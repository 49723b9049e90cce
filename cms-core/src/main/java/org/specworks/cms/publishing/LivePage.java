package org.specworks.cms.publishing;

import java.time.Instant;
import org.specworks.cms.rendering.RenderedMarkdown;

/**
 * A page as readers see it: its live revision, rendered. Identified by that revision, so anything
 * derived from it (an HTTP ETag, a cache entry) is valid exactly as long as the revision stays
 * live.
 */
public record LivePage(
    String path,
    String title,
    String description,
    RenderedMarkdown content,
    long revisionId,
    int revisionNumber,
    String contentHash,
    Instant revisionCreatedAt) {}
