package org.specworks.cms.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;

/**
 * A date field of a content form ({@code converter="readerDate"}): accepts the forms {@link
 * ReaderDates} reads and hands the content an ISO date. Text that is no date is passed on as typed,
 * so the content's own check names the problem beside the field and the rest of the form is kept.
 */
@FacesConverter("readerDate")
public class ReaderDateConverter implements Converter<Object> {

  @Override
  public Object getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return ReaderDates.parse(value).map(LocalDate::toString).orElse(value.strip());
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    return value == null ? "" : ReaderDates.shown(value.toString());
  }
}
