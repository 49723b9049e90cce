package org.specworks.cms.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.specworks.cms.shared.InvalidInputException;

/**
 * Makes sure the CMS can be administered: on a start with no administrator, creates one. Its
 * password comes from configuration ({@code CMS_ADMIN_INITIAL_PASSWORD}) or, when none is given, is
 * generated, printed once to the console, and must be changed at first sign-in. The repository
 * holds no default password.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "ArchiveImportOnStartup"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AdministratorBootstrap {

  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

  @Inject private AccountService accounts;

  @Inject
  @ConfigProperty(name = "cms.admin.username", defaultValue = "admin")
  private String username;

  @Inject
  @ConfigProperty(name = "cms.admin.initial-password")
  private Optional<String> configuredPassword;

  @PostConstruct
  void ensureAnAdministratorExists() {
    if (accounts.anyAdministratorExists()) {
      return;
    }
    boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
    char[] password =
        generated ? InitialPassword.generate() : configuredPassword.get().toCharArray();
    try {
      accounts.create(username, "Administrator", EnumSet.of(Role.ADMIN), password, generated);
    } catch (InvalidInputException refused) {
      throw new IllegalStateException(
          "Cannot create the first administrator from cms.admin.username / CMS_ADMIN_INITIAL_PASSWORD: "
              + refused.getMessage(),
          refused);
    }
    if (generated) {
      LOG.warning(
          () ->
              "\n=================================================================\n"
                  + " First start: created the administrator account.\n"
                  + "   user name: "
                  + username
                  + "\n   password:  "
                  + new String(password)
                  + "\n This password is shown only now; you must change it when you first sign in.\n"
                  + "=================================================================");
    } else {
      LOG.info(
          () ->
              "First start: created the administrator '"
                  + username
                  + "' with the configured password.");
    }
  }
}
