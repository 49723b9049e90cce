package org.specworks.cms.preview;

import java.time.Instant;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;

/** What a valid preview link shows: one revision of one item, and until when the link works. */
public record Preview(
    String path,
    ContentType type,
    int revisionNumber,
    RevisionContent content,
    Instant expiresAt) {}
