package org.specworks.cms.web.admin.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.specworks.cms.content.ContentListQuery;
import org.specworks.cms.content.ContentOverview;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.PublicationStatus;

/**
 * Backs {@code admin/content/index.xhtml}: all content as a lazy PrimeFaces table. Each page, filter and sort is
 * one database query for the rows shown, so the list opens as fast with ten thousand items as with fifty.
 */
@Named
@ViewScoped
public class ContentListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ContentService content;

  private ContentType type;
  private PublicationStatus status;
  private String author;
  private String text;
  private final LazyDataModel<ContentOverview> items = new Items();

  public LazyDataModel<ContentOverview> getItems() {
    return items;
  }

  /** The filter button: the table reads the fields on its next load. */
  public void apply() {
    items.setRowCount(-1);
  }

  private ContentListQuery query(Map<String, SortMeta> sortBy) {
    ContentListQuery.Sort sort = ContentListQuery.Sort.PATH;
    boolean descending = false;
    for (SortMeta meta : sortBy.values()) {
      sort = switch (meta.getField()) {
        case "title" -> ContentListQuery.Sort.TITLE;
        case "changed" -> ContentListQuery.Sort.CHANGED;
        default -> ContentListQuery.Sort.PATH;
      };
      descending = meta.getOrder() == SortOrder.DESCENDING;
    }
    return new ContentListQuery(Optional.ofNullable(type), Optional.ofNullable(status), Optional.ofNullable(author),
        Optional.ofNullable(text), sort, descending);
  }

  private final class Items extends LazyDataModel<ContentOverview> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, content.overviewCount(query(Map.of())));
    }

    @Override
    public List<ContentOverview> load(int first, int pageSize, Map<String, SortMeta> sortBy,
        Map<String, FilterMeta> filterBy) {
      return content.overviewPage(query(sortBy), first, pageSize);
    }

    @Override
    public String getRowKey(ContentOverview item) {
      return String.valueOf(item.itemId());
    }

    @Override
    public ContentOverview getRowData(String rowKey) {
      return null; // rows are not selectable
    }
  }

  public ContentType[] getTypes() {
    return ContentType.values();
  }

  public PublicationStatus[] getStatuses() {
    return PublicationStatus.values();
  }

  public ContentType getType() {
    return type;
  }

  public void setType(ContentType type) {
    this.type = type;
  }

  public PublicationStatus getStatus() {
    return status;
  }

  public void setStatus(PublicationStatus status) {
    this.status = status;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
