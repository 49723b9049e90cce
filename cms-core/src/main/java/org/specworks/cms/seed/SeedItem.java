package org.specworks.cms.seed;

import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.RevisionContent;

/** One item the seed document yields: what kind, where, and its first revision's content. */
public record SeedItem(ContentType type, ContentPath path, RevisionContent content) {}
