package org.specworks.cms.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * {@code <h:outputText value="#{revision.createdAt()}" converter="readableTime"/>}: shows a moment
 * through {@link ReadableTime}. Output only: nothing typed is read back through it.
 */
@FacesConverter(value = "readableTime", managed = true)
public class ReadableTimeConverter implements Converter<Object> {

  @Inject private ReadableTime readableTime;

  @Override
  public Object getAsObject(FacesContext context, UIComponent component, String value) {
    throw new UnsupportedOperationException("readableTime only shows times");
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    return readableTime.of(value);
  }
}
