package org.specworks.cms.web.admin.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.specworks.cms.content.ContentOverview;
import org.specworks.cms.content.ContentService;

/** Backs {@code admin/index.xhtml}: every content item and where it stands. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ContentService content;

  private List<ContentOverview> items;

  @PostConstruct
  void load() {
    items = content.overview();
  }

  public List<ContentOverview> getItems() {
    return items;
  }
}
