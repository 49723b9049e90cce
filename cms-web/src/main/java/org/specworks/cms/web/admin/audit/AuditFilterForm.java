package org.specworks.cms.web.admin.audit;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.specworks.cms.audit.AuditFilter;
import org.specworks.cms.web.admin.Messages;

/**
 * The audit log's filter as typed in the form or the export's query string: dates are whole days
 * (UTC), the "to" day included.
 */
public class AuditFilterForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String actor;
  private String action;
  private String path;
  private String fromDay;
  private String toDay;

  static AuditFilterForm of(
      String actor, String action, String path, String fromDay, String toDay) {
    AuditFilterForm form = new AuditFilterForm();
    form.actor = actor;
    form.action = action;
    form.path = path;
    form.fromDay = fromDay;
    form.toDay = toDay;
    return form;
  }

  /**
   * @throws IllegalArgumentException naming the field, if a day is not a date such as 2026-11-25
   */
  AuditFilter toFilter() {
    return new AuditFilter(
        Optional.ofNullable(actor),
        Optional.ofNullable(action),
        Optional.ofNullable(path),
        day(fromDay, Messages.text("audit.date.from"))
            .map(day -> day.atStartOfDay().toInstant(ZoneOffset.UTC)),
        day(toDay, Messages.text("audit.date.to"))
            .map(day -> day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  /** The same filter as a query string for the CSV export. */
  String query() {
    StringBuilder query = new StringBuilder();
    append(query, "actor", actor);
    append(query, "action", action);
    append(query, "path", path);
    append(query, "from", fromDay);
    append(query, "to", toDay);
    return query.toString();
  }

  private static void append(StringBuilder query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query
          .append(query.length() == 0 ? "?" : "&")
          .append(name)
          .append('=')
          .append(
              java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static Optional<LocalDate> day(String text, String label) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeException notADate) {
      throw new IllegalArgumentException(Messages.text("audit.date.invalid", label));
    }
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public String getFromDay() {
    return fromDay;
  }

  public void setFromDay(String fromDay) {
    this.fromDay = fromDay;
  }

  public String getToDay() {
    return toDay;
  }

  public void setToDay(String toDay) {
    this.toDay = toDay;
  }
}
