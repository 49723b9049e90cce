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
 * An ajax request that fails is answered with the error page, as a partial response that replaces
 * the whole page (OmniFaces' FullAjaxExceptionHandler), instead of an error element the screen
 * ignores while it keeps waiting. The failure: saving a trademark row the table does not have (a
 * stale or forged row index).
 */
@CmsIntegrationTest
@RunAsClient
class AjaxErrorIT {

  private static final String TRADEMARKS = "admin/lists/index.xhtml?type=TRADEMARK";

  @ArquillianResource private URL deployment;

  @Test
  void anAjaxRequestThatFailsShowsTheErrorPage() {
    StaffHttpSession admin =
        StaffHttpSession.signIn(
            new SiteClient(deployment), "admin", System.getProperty("cms.it.adminPassword"));
    Map<String, String> form = admin.formOn(TRADEMARKS, "list");

    HttpResponse<String> working = admin.postAjax(TRADEMARKS, rowEdit(form, "rowEditCancel", 0));
    assertEquals(200, working.statusCode());
    assertTrue(working.body().contains("<partial-response"), working.body());
    assertFalse(
        working.body().contains("Something went wrong"),
        "the genuine request works: " + working.body());

    HttpResponse<String> answer = admin.postAjax(TRADEMARKS, rowEdit(form, "rowEdit", 9999));

    assertTrue(
        answer.body().contains("<partial-response"),
        "still an answer the ajax script reads: " + answer.body());
    assertTrue(
        answer.body().contains("<update id=\"jakarta.faces.ViewRoot\">"),
        "the whole page is replaced: " + answer.body());
    assertTrue(answer.body().contains("Something went wrong"), answer.body());
    assertFalse(
        answer.body().contains("<error>"),
        "no error element for the script to ignore: " + answer.body());
    assertFalse(
        answer.body().contains("Exception"), "no exception name or stack trace: " + answer.body());
  }

  /** What PrimeFaces posts when a row's save (rowEdit) or cancel (rowEditCancel) is pressed. */
  private static Map<String, String> rowEdit(Map<String, String> form, String event, int rowIndex) {
    Map<String, String> fields = new HashMap<>(form);
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "list:rows");
    fields.put("jakarta.faces.partial.execute", "list:rows");
    fields.put("jakarta.faces.partial.render", "messages");
    fields.put("jakarta.faces.behavior.event", event);
    fields.put("jakarta.faces.partial.event", event);
    fields.put("list:rows_rowEditIndex", Integer.toString(rowIndex));
    fields.put("list:rows_rowEditAction", event.equals("rowEdit") ? "save" : "cancel");
    fields.put("list:rows_encodeFeature", "true");
    return fields;
  }
}
