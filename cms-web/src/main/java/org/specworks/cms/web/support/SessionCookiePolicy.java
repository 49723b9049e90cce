package org.specworks.cms.web.support;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when {@code cms.security.secure-cookies} is true, as it
 * must be wherever the CMS is served over HTTPS. (HttpOnly and SameSite=Lax are always set, in
 * web.xml.) Off by default because the embedded default serves plain HTTP, where a Secure cookie
 * would never come back.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("cms.security.secure-cookies", Boolean.class)
            .orElse(false);
    event.getServletContext().getSessionCookieConfig().setSecure(secure);
  }
}
