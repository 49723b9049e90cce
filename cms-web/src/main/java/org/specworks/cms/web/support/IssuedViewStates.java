package org.specworks.cms.web.support;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages this session's Faces view states were issued for. Faces keeps each view's state on the
 * server under a token, but restores whatever token a post carries into whatever page it is posted
 * to: another page's token from the same session was restored into the wrong page. Knowing which
 * page a token belongs to lets {@link ExpiredFormFilter} refuse such a post like an expired form.
 */
public final class IssuedViewStates implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String ATTRIBUTE = "cms.issuedViewStates";

  /**
   * Faces keeps 15 views per session by default; a few more here, so a token Faces still holds is
   * never unknown to us.
   */
  private static final int KEPT = 64;

  private final LinkedHashMap<String, String> pageByView =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > KEPT;
        }
      };

  /** This session's record, created on first use. */
  static IssuedViewStates of(HttpSession session) {
    synchronized (session) {
      Object held = session.getAttribute(ATTRIBUTE);
      if (held instanceof IssuedViewStates states) {
        return states;
      }
      IssuedViewStates created = new IssuedViewStates();
      session.setAttribute(ATTRIBUTE, created);
      return created;
    }
  }

  synchronized void issued(String token, String page) {
    pageByView.put(view(token), page);
  }

  /** The page {@code token} was issued for; empty if this session was not given it. */
  synchronized Optional<String> pageOf(String token) {
    return Optional.ofNullable(pageByView.get(view(token)));
  }

  /**
   * A token names a view and one of its saved states ({@code view:state}); posts on one page keep
   * the view and change the state.
   */
  private static String view(String token) {
    int colon = token.indexOf(':');
    return colon < 0 ? token : token.substring(0, colon);
  }
}
