package org.specworks.cms.web.admin.audit;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.specworks.cms.audit.AuditEntry;
import org.specworks.cms.audit.AuditFilter;
import org.specworks.cms.audit.AuditLog;
import org.specworks.cms.identity.Actor;
import org.specworks.cms.identity.AuditLogReader;
import org.specworks.cms.web.support.Csv;

/**
 * {@code /admin/audit/audit.csv?actor=&action=&path=&from=&to=}: the matching audit entries, newest
 * first, as CSV, read from the database a page at a time. Administrators only (container constraint
 * and the service's check).
 */
@WebServlet(name = "auditExport", urlPatterns = "/admin/audit/audit.csv")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private AuditLogReader audit;
  @Inject private Instance<Actor> actor;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AuditFilter filter;
    try {
      filter =
          AuditFilterForm.of(
                  request.getParameter("actor"),
                  request.getParameter("action"),
                  request.getParameter("path"),
                  request.getParameter("from"),
                  request.getParameter("to"))
              .toFilter();
    } catch (IllegalArgumentException invalid) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, invalid.getMessage());
      return;
    }
    Actor viewer = actor.get();
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
    response.setHeader("Cache-Control", "private, no-store");
    PrintWriter out = response.getWriter();
    out.print(Csv.row("occurred_at", "actor", "action", "item_path", "revision_id", "detail"));
    for (int offset = 0; ; offset += AuditLog.MAX_PAGE) {
      List<AuditEntry> page = audit.search(viewer, filter, offset, AuditLog.MAX_PAGE);
      for (AuditEntry entry : page) {
        out.print(
            Csv.row(
                entry.occurredAt().toString(),
                entry.actor(),
                entry.action(),
                entry.itemPath().orElse(""),
                entry.revisionId().map(String::valueOf).orElse(""),
                entry.detail()));
      }
      if (page.size() < AuditLog.MAX_PAGE) {
        return;
      }
    }
  }
}
