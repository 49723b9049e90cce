package org.specworks.cms.web.admin.agreements;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.specworks.cms.agreements.AgreementAcceptance;
import org.specworks.cms.agreements.AgreementService;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.web.support.Csv;

/**
 * Every recorded acceptance of a click-through agreement as CSV, for administrators (the
 * container's constraint on {@code /admin/agreements/*} and the service's own check). Cells that a
 * spreadsheet would read as a formula are prefixed with an apostrophe.
 */
@WebServlet(name = "acceptancesExport", urlPatterns = "/admin/agreements/acceptances.csv")
public class AcceptancesExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private AgreementService agreements;
  @Inject private Instance<Actor> actor;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var all = agreements.all(actor.get());
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"agreement-acceptances.csv\"");
    response.setHeader("Cache-Control", "private, no-store");
    PrintWriter out = response.getWriter();
    out.print(
        "accepted_at,agreement,agreement_version,agreement_revision_id,document,visitor_reference\r\n");
    for (AgreementAcceptance a : all) {
      out.print(
          Csv.row(
              a.acceptedAt().toString(),
              a.agreementPath(),
              Integer.toString(a.agreementVersion()),
              Long.toString(a.agreementRevisionId()),
              a.documentPath(),
              a.visitorReference()));
    }
  }
}
