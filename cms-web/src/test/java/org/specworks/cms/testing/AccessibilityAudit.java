package org.specworks.cms.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs Deque's axe-core rules for WCAG 2.1 levels A and AA on the page the browser shows and
 * collects what they find, page by page, so one run reports every screen's problems at once. Each
 * page's full axe report is saved as JSON under {@code target/accessibility/<database>/}.
 */
public final class AccessibilityAudit {

  /** The axe tags of the success criteria of WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final WebDriver driver;
  private final Path reports;
  private final Map<String, List<String>> violationsByPage = new LinkedHashMap<>();

  public AccessibilityAudit(WebDriver driver, String suite) {
    this.driver = driver;
    this.reports = Path.of("target", "accessibility", TargetDatabase.current().name(), suite);
  }

  /** Checks the page shown now and remembers its violations under {@code page}. */
  public void check(String page) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    if (results.isErrored()) {
      throw new IllegalStateException(
          "axe could not check " + page + ": " + results.getErrorMessage());
    }
    save(page, results);
    violationsByPage.put(
        page, results.getViolations().stream().map(AccessibilityAudit::describe).toList());
  }

  /** The pages checked so far, whether they had violations or not. */
  public List<String> pagesChecked() {
    return List.copyOf(violationsByPage.keySet());
  }

  /** One line per violated rule per page: empty when every checked page passed. */
  public List<String> violations() {
    List<String> lines = new ArrayList<>();
    violationsByPage.forEach((page, found) -> found.forEach(line -> lines.add(page + ": " + line)));
    return lines;
  }

  private static String describe(Rule rule) {
    String where =
        rule.getNodes().stream()
            .limit(3)
            .map(AccessibilityAudit::target)
            .collect(Collectors.joining(", "));
    return rule.getId()
        + " ("
        + rule.getImpact()
        + ") "
        + rule.getHelp()
        + " at "
        + where
        + (rule.getNodes().size() > 3 ? " and " + (rule.getNodes().size() - 3) + " more" : "");
  }

  private static String target(CheckedNode node) {
    return String.valueOf(node.getTarget());
  }

  private void save(String page, Results results) {
    try {
      Files.createDirectories(reports);
      Path file = reports.resolve(page.replaceAll("[^A-Za-z0-9-]+", "-") + ".json");
      Files.writeString(
          file,
          new com.fasterxml.jackson.databind.ObjectMapper()
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(results),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
