package org.specworks.cms.web.support;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;

/**
 * Notes, after each page is rendered, which page its view state token belongs to ({@link
 * IssuedViewStates}). Registered in {@code faces-config.xml}.
 */
public class ViewStateRecorder implements PhaseListener {

  private static final long serialVersionUID = 1L;

  /**
   * Where Mojarra (Payara's Faces) leaves the token it wrote into the page's forms. Without it
   * (another Faces implementation) nothing is recorded and posts are checked as before.
   */
  static final String WRITTEN_TOKEN = "com.sun.faces.ViewStateValue";

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    Object token = context.getAttributes().get(WRITTEN_TOKEN);
    Object session = context.getExternalContext().getSession(false);
    if (token instanceof String written
        && session instanceof HttpSession held
        && context.getViewRoot() != null) {
      IssuedViewStates.of(held).issued(written, context.getViewRoot().getViewId());
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // nothing to do before rendering
  }

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }
}
