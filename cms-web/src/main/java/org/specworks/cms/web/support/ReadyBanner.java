package org.specworks.cms.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Tells whoever started the server where the site and the admin are, and how to sign in. */
@WebListener
public class ReadyBanner implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(ReadyBanner.class.getName());

  @Inject private PublicAddress address;

  @Inject
  @ConfigProperty(name = "cms.admin.username", defaultValue = "admin")
  private String adminUser;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    String base = address.base(event.getServletContext().getContextPath());
    LOG.info(
        () ->
            "\n-----------------------------------------------------------------\n"
                + " SpecWorks CMS is up.\n"
                + "   public site: "
                + base
                + "/omaspecworks/about\n"
                + "   admin:       "
                + base
                + "/admin/\n"
                + " Sign in as '"
                + adminUser
                + "' with the password printed at the first start (or the one set in\n"
                + " CMS_ADMIN_INITIAL_PASSWORD before that start). See README.md.\n"
                + "-----------------------------------------------------------------");
  }
}
