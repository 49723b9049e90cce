package org.specworks.cms.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.Permission;

/**
 * The core permission policy for the admin's pages: {@code #{permissions.may('PUBLISH')}} shows an
 * action only to whom the service would allow it.
 */
@Named
@RequestScoped
public class Permissions {

  @Inject private Instance<Actor> actor;
  private Actor signedIn;

  /**
   * @param permission the name of a {@link Permission}
   */
  public boolean may(String permission) {
    if (signedIn == null) {
      signedIn = actor.get();
    }
    return signedIn.may(Permission.valueOf(permission));
  }
}
