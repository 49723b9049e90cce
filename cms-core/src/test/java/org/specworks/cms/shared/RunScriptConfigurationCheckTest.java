package org.specworks.cms.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the real {@code ./run.sh} (without its build, {@code CMS_SKIP_BUILD=1}) with an invalid
 * first password: it must stop before Payara Micro starts, with exit status 2 and one line that
 * names the setting, and start nothing.
 */
class RunScriptConfigurationCheckTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void runShStopsWithOneLineOnAPasswordContainingTheUserName() throws Exception {
    Path out = Files.createTempFile("run-sh", ".out");
    ProcessBuilder run =
        new ProcessBuilder("bash", ROOT.resolve("run.sh").toString())
            .directory(ROOT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    run.environment().put("CMS_SKIP_BUILD", "1");
    run.environment().put("CMS_PORT", "18089");
    run.environment().put("CMS_ADMIN_INITIAL_PASSWORD", "the admin passphrase");
    Process process = run.start();

    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      // Today's run.sh would go on to start a server: stop it (and what it started) and fail.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("run.sh did not stop on the invalid password: " + read(out));
    }
    List<String> lines = read(out);
    assertEquals(2, process.exitValue(), () -> String.join("\n", lines));
    assertEquals(
        List.of(
            "Invalid configuration: CMS_ADMIN_INITIAL_PASSWORD (cms.admin.initial-password):"
                + " A password must not contain the user name."),
        lines);
  }

  private static List<String> read(Path out) throws IOException {
    return Files.readAllLines(out, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .toList();
  }
}
