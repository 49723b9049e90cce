package org.specworks.cms.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Stores the default workflow of each content type on first start, so administrators can see and
 * change it.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ArchiveImportOnStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultWorkflows {

  @Inject private WorkflowService workflow;

  @PostConstruct
  void store() {
    workflow.ensureDefaults();
  }
}
