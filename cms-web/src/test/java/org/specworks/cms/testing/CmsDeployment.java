package org.specworks.cms.testing;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.specworks.cms.it.security.XssPayloads;
import org.specworks.cms.it.site.EdgeCacheUnderTest;

/**
 * The one deployment all integration tests share: the real packaged WAR, plus the in-container test
 * classes (package {@code org.specworks.cms.it}). Client-side tests (site, browser) are not added;
 * they only talk HTTP.
 */
@ArquillianSuiteDeployment
public final class CmsDeployment {

  private CmsDeployment() {}

  @Deployment
  public static WebArchive cms() {
    TargetDatabase.current().prepareForDeployment();
    File war = new File(System.getProperty("cms.war", "target/cms.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          "Package the WAR first (mvn verify does): " + war.getAbsolutePath());
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addPackages(true, "org.specworks.cms.it")
        .addClasses(
            CmsIntegrationTest.class,
            TargetDatabase.class,
            PostgresTestDatabase.class,
            SeedFacts.class,
            DrivesBrowser.class,
            ProductionDatabaseOnly.class,
            SecondInstance.class,
            ManagementEndpoint.class,
            SiteClient.class,
            Loopback.class)
        .addAsResource(XssPayloads.RESOURCE)
        .addAsResource(
            new StringAsset(Integer.toString(EdgeCacheUnderTest.reservePort())),
            EdgeCacheUnderTest.PORT_RESOURCE);
  }
}
