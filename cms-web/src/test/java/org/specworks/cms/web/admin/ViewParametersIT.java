package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * A form acts on what it was opened for. The probe opened the form of one review and posted it to
 * the address of another: the page's view parameter was read again on the post and the action went
 * to the other review. Here an account's "disable" form, opened for one account and posted to
 * another account's address, must disable the account it was opened for and leave the other alone.
 */
@CmsIntegrationTest
@RunAsClient
class ViewParametersIT {

  private static final String ACCOUNT = "admin/users/account.xhtml?username=";

  @ArquillianResource private URL deployment;

  @Test
  void aFormPostedToAnotherItemsAddressActsOnTheItemItWasOpenedFor() {
    SiteClient site = new SiteClient(deployment);
    StaffHttpSession admin =
        StaffHttpSession.signIn(site, "admin", System.getProperty("cms.it.adminPassword"));
    String opened = "vp-opened-" + System.nanoTime();
    String addressed = "vp-addressed-" + System.nanoTime();
    admin.createEditor(opened, "a temporary passphrase 4711");
    admin.createEditor(addressed, "a temporary passphrase 4711");

    Map<String, String> form = admin.formOn(ACCOUNT + opened, "status-form");
    form.put("status-form:disable", "");
    admin.post(ACCOUNT + addressed, form);

    assertEquals("disabled", statusOf(admin, opened), "the account the form was opened for");
    assertEquals(
        "must change password", statusOf(admin, addressed), "the account named only in the URL");
  }

  private static String statusOf(StaffHttpSession admin, String username) {
    return Jsoup.parse(admin.get(ACCOUNT + username).body()).getElementById("status").text();
  }
}
