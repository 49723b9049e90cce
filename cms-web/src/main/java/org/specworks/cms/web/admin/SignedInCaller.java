package org.specworks.cms.web.admin;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who signed in to this session, with the groups (roles) the identity store gave at sign-in. Kept
 * as a session attribute of our own, serialisable, so that it travels with the session wherever the
 * container keeps it. Role changes end the session ({@link StaffSessionFilter}), so the groups kept
 * here cannot outlive a change.
 */
record SignedInCaller(String name, Set<String> groups) implements Serializable {

  private static final String ATTRIBUTE = "cms.signedInCaller";

  SignedInCaller {
    groups = Set.copyOf(groups);
  }

  static Optional<SignedInCaller> of(HttpSession session) {
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((SignedInCaller) session.getAttribute(ATTRIBUTE));
  }

  void keepIn(HttpSession session) {
    session.setAttribute(ATTRIBUTE, this);
  }
}
