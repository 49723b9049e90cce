package org.specworks.cms.seed;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Imports the seed once the schema is migrated, on every start; {@link SeedImport} makes repeats
 * harmless.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ArchiveImportOnStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeedOnStartup {

  private static final Logger LOG = Logger.getLogger(SeedOnStartup.class.getName());

  @Inject private SeedImport seedImport;

  @PostConstruct
  void importSeed() {
    ImportReport report = seedImport.importBundledSeed();
    LOG.info(() -> "Seed import: " + report);
  }
}
