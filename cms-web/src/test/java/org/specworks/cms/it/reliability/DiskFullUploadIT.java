package org.specworks.cms.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.specworks.cms.content.ContentPath;
import org.specworks.cms.content.ContentService;
import org.specworks.cms.content.ContentType;
import org.specworks.cms.content.Revision;
import org.specworks.cms.content.RevisionContent;
import org.specworks.cms.documents.DocumentFiles;
import org.specworks.cms.it.Staff;
import org.specworks.cms.it.TestPdfs;
import org.specworks.cms.shared.TryAgainLaterException;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.ProductionDatabaseOnly;

/**
 * An upload while the disk that stores uploads is full: uploads live in the database, so their
 * table is moved to a tablespace on a small tmpfs (mounted by this test; it needs root, as on the
 * project's machines and in CI), which is then filled. The upload fails with a clear "no room"
 * message, nothing of it is stored or referenced, and after space is freed the same upload works.
 * The table goes back, and the tmpfs is unmounted, whatever happens.
 */
@CmsIntegrationTest
@ProductionDatabaseOnly
class DiskFullUploadIT {

  private static final String TABLESPACE = "cms_it_small_disk";

  @Resource(lookup = "java:app/jdbc/cms")
  private DataSource database;

  @Inject private DocumentFiles documents;
  @Inject private ContentService content;

  @Test
  void anUploadOnAFullDiskIsRefusedClearlyStoresNothingAndWorksOnceThereIsRoom() throws Exception {
    ContentPath path = ContentPath.of("/documents/it-disk-full-" + System.nanoTime());
    Revision first =
        content
            .create(
                Staff.EDITOR,
                ContentType.DOCUMENT,
                path,
                new RevisionContent("Big report", "", ""),
                "")
            .latestRevision()
            .orElseThrow();
    byte[] pdf = TestPdfs.pdfSaying(incompressibleWords(1_500_000));
    Path disk = Files.createTempDirectory(Path.of("/tmp"), "cms-small-disk");
    run("mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", disk.toString());
    try {
      run("chown", "postgres:postgres", disk.toString());
      sql("create tablespace " + TABLESPACE + " location '" + disk + "'");
      sql("alter table stored_file_content set tablespace " + TABLESPACE);
      Path filler = disk.resolve("filler");
      fillUpTo(filler, disk, 256 * 1024);

      TryAgainLaterException refused =
          assertThrows(
              TryAgainLaterException.class,
              () -> documents.attachPdf(Staff.EDITOR, path, first.id(), "report.pdf", pdf, null));
      assertTrue(refused.getMessage().contains("no room left"), refused.getMessage());
      assertEquals(
          first.id(),
          content.requireByPath(path).latestRevision().orElseThrow().id(),
          "no revision points to a file that was not stored");
      assertTrue(documents.find(sha256(pdf)).isEmpty(), "no part of the file is kept");

      Files.delete(filler);
      Revision uploaded =
          documents.attachPdf(Staff.EDITOR, path, first.id(), "report.pdf", pdf, null);
      assertEquals(sha256(pdf), uploaded.content().fields().get("sha256"));
      assertEquals(pdf.length, documents.bytesOf(documents.find(sha256(pdf)).orElseThrow()).length);
    } finally {
      sqlQuietly("alter table stored_file_content set tablespace pg_default");
      sqlQuietly("drop tablespace if exists " + TABLESPACE);
      run("umount", disk.toString());
      Files.deleteIfExists(disk);
    }
  }

  /** Writes a file until only {@code leave} bytes of the disk are free. */
  private static void fillUpTo(Path filler, Path disk, long leave) throws IOException {
    long free = Files.getFileStore(disk).getUsableSpace();
    Files.write(filler, new byte[(int) Math.max(0, free - leave)]);
  }

  /** Words a database cannot compress much, so the stored file needs about its own size. */
  private static String incompressibleWords(int length) {
    Random random = new Random(53100);
    StringBuilder words = new StringBuilder(length);
    while (words.length() < length) {
      words.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36)).append(' ');
    }
    return words.toString();
  }

  private void sql(String statement) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement run = connection.createStatement()) {
      run.execute(statement);
    }
  }

  private void sqlQuietly(String statement) {
    try {
      sql(statement);
    } catch (SQLException ignored) {
      // cleaning up after a failure that the test reports itself
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command)
              + " failed ("
              + output.strip()
              + "): this test needs root to mount a small tmpfs, as on the project's machines");
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
