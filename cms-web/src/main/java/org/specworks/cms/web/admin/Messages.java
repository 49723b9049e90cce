package org.specworks.cms.web.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** One way to tell the user what happened, on this page or (flash) on the next one after a redirect. */
public final class Messages {

  private Messages() {}

  public static void info(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  public static void error(String text) {
    add(null, FacesMessage.SEVERITY_ERROR, text);
  }

  /** An error shown beside one input; {@code clientId} as in the XHTML, e.g. {@code editor:title}. */
  public static void errorAt(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /** Keeps this request's messages for the page the browser is redirected to. */
  public static void keepForRedirect() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
