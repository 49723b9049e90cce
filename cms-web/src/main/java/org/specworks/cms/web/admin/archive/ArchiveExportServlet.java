package org.specworks.cms.web.admin.archive;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.specworks.cms.archive.ArchiveExport;
import org.specworks.cms.identity.Actor;

/**
 * The whole CMS as one zip archive, streamed, for administrators (the container's constraint on
 * {@code /admin/archive/*} and the service's own check, made before the first byte). It holds
 * password hashes: never cached anywhere.
 */
@WebServlet(name = "archiveExport", urlPatterns = "/admin/archive/export.zip")
public class ArchiveExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Inject private ArchiveExport archive;
  @Inject private Instance<Actor> actor;
  @Inject private Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Actor who = actor.get();
    archive.requirePermission(who);
    response.setContentType("application/zip");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"cms-archive-" + STAMP.format(clock.instant()) + ".zip\"");
    response.setHeader("Cache-Control", "private, no-store");
    archive.export(who, response.getOutputStream());
  }
}
