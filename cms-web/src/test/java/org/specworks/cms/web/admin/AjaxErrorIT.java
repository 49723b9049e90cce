package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * An ajax request that fails is answered with the error page, as a partial response that replaces the whole page
 * (OmniFaces' FullAjaxExceptionHandler), instead of an error element the screen ignores while it keeps waiting.
 * The failure here is the commonest one: the form's view state is no longer held (the session ended).
 */
@CmsIntegrationTest
@RunAsClient
class AjaxErrorIT {

  private static final String NEW_ITEM = "admin/content/new.xhtml";

  @ArquillianResource private URL deployment;

  @Test
  void anAjaxRequestWhoseFormExpiredShowsTheExpiredPage() {
    StaffHttpSession admin =
        StaffHttpSession.signIn(new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"));
    Map<String, String> form = admin.formOn(NEW_ITEM, "newItem");

    HttpResponse<String> working = admin.postAjax(NEW_ITEM, typeChange(form, "FAQ_ENTRY"));
    assertEquals(200, working.statusCode());
    assertTrue(working.body().contains("<partial-response"), working.body());
    assertTrue(working.body().contains("omaspecworks-faq/"), "the genuine ajax request works: " + working.body());

    Map<String, String> expired = typeChange(form, "PAGE");
    expired.put("jakarta.faces.ViewState", "-1234567890123456789:9876543210987654321");
    HttpResponse<String> answer = admin.postAjax(NEW_ITEM, expired);

    assertTrue(answer.body().contains("<partial-response"), "still an answer the ajax script reads: " + answer.body());
    assertTrue(answer.body().contains("<update id=\"jakarta.faces.ViewRoot\">"),
        "the whole page is replaced: " + answer.body());
    assertTrue(answer.body().contains("This form has expired"), answer.body());
    assertFalse(answer.body().contains("<error>"), "no error element for the script to ignore: " + answer.body());
    assertFalse(answer.body().contains("Exception"), "no exception name or stack trace: " + answer.body());
  }

  /** What PrimeFaces posts when the type menu changes. */
  private static Map<String, String> typeChange(Map<String, String> form, String type) {
    Map<String, String> fields = new HashMap<>(form);
    fields.put("newItem:type", type);
    fields.put("newItem:path", "");
    fields.put("newItem:title", "");
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "newItem:type");
    fields.put("jakarta.faces.partial.execute", "newItem");
    fields.put("jakarta.faces.partial.render", "newItem");
    fields.put("jakarta.faces.behavior.event", "change");
    fields.put("jakarta.faces.partial.event", "change");
    return fields;
  }
}
