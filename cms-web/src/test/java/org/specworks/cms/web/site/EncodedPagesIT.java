package org.specworks.cms.web.site;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.EncodedResponseChecks;
import org.specworks.cms.testing.SiteClient;

/** Public pages over HTTP, sent as bytes encoded once: plain or gzip, with their own ETags. */
@CmsIntegrationTest
@RunAsClient
class EncodedPagesIT {

  @ArquillianResource private URL deployment;

  @Test
  void theAboutPageIsSentPlainOrCompressedWithItsLengthAndTags() {
    EncodedResponseChecks.check(new SiteClient(deployment), "omaspecworks/about", "text/html");
  }

  @Test
  void aPolicyPageToo() {
    EncodedResponseChecks.check(
        new SiteClient(deployment),
        "omaspecworks/about/policies-terms-of-use/document-use-agreement",
        "text/html");
  }
}
