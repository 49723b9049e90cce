package org.specworks.cms.web.admin.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.specworks.cms.audit.AuditAction;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditFilter;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.AuditLogReader;
import org.specworks.cms.web.admin.Messages;

/**
 * Backs {@code admin/audit/index.xhtml}: the audit trail page by page from the database (a lazy
 * PrimeFaces table, so a trail of any length opens at once), filtered by person, action, path and
 * days, and exported as CSV with the same filter.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditLogReader audit;
  @Inject private jakarta.enterprise.inject.Instance<Actor> actor;

  private final AuditFilterForm form = new AuditFilterForm();
  // The filter holds Optionals and the model holds entities, neither serialisable: the form the
  // filter
  // comes from is kept, and both are made again after the session moved to another instance.
  private transient AuditFilter applied;
  private transient LazyDataModel<AuditEntry> entries;

  public void apply() {
    try {
      applied = form.toFilter();
    } catch (IllegalArgumentException invalid) {
      Messages.error("audit.invalidFilter", invalid.getMessage());
    }
  }

  public LazyDataModel<AuditEntry> getEntries() {
    if (entries == null) {
      entries = new Entries();
    }
    return entries;
  }

  private AuditFilter applied() {
    if (applied == null) {
      apply();
      if (applied == null) {
        applied = AuditFilter.EVERYTHING;
      }
    }
    return applied;
  }

  public AuditFilterForm getForm() {
    return form;
  }

  /** For the action filter: each action id and each feature prefix ({@code identity.}). */
  public List<String> getActions() {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(AuditAction.values())
                .map(a -> a.id().substring(0, a.id().indexOf('.') + 1)),
            java.util.Arrays.stream(AuditAction.values()).map(AuditAction::id))
        .distinct()
        .sorted()
        .toList();
  }

  public String getExportQuery() {
    return form.query();
  }

  private final class Entries extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, audit.count(actor.get(), applied()));
    }

    @Override
    public List<AuditEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return audit.search(actor.get(), applied(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return String.valueOf(entry.id());
    }

    @Override
    public AuditEntry getRowData(String rowKey) {
      return null; // rows are not selectable
    }
  }
}
