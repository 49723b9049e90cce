package org.specworks.cms.seed;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.specworks.cms.content.ContentItem;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.publishing.LiveImported;
import org.specworks.cms.publishing.PublicationLog;
import org.specworks.cms.publishing.RevisionPublished;

/**
 * Imports the bundled seed, published, as revision 1 by the system. Idempotent: an item whose path
 * already holds content is skipped, whatever editors have done to it since, so a restart neither
 * duplicates nor overwrites.
 */
@Stateless
public class SeedImport {

  static final String CHANGE_NOTE = "Imported from the site's seed document";

  @Inject private ContentService content;
  @Inject private PublicationLog publications;
  @Inject private Event<LiveImported> imported;

  public ImportReport importBundledSeed() {
    List<ContentPath> created = new ArrayList<>();
    List<ContentPath> present = new ArrayList<>();
    for (SeedItem item : BundledSeed.items()) {
      if (content.findByPath(item.path()).isPresent()) {
        present.add(item.path());
      } else {
        ContentItem published =
            content.importPublished(item.type(), item.path(), item.content(), CHANGE_NOTE);
        imported.fire(
            new LiveImported(
                RevisionPublished.wentLive(published, published.liveRevision().orElseThrow())));
        created.add(item.path());
      }
    }
    publications.recordMissing();
    return new ImportReport(created, present);
  }
}
