package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the admin's one English bundle honest: every key the views ({@code #{msg['key']}}, {@code
 * #{msg.key}}, {@code #{texts.format('key', ...)}}) and the beans ({@code
 * Messages.text/info/error/errorAt("key", ...)}) use is in it, and every key in it is used
 * somewhere.
 */
class MessagesBundleTest {

  private static final Path BUNDLE =
      Path.of("src/main/resources/org/specworks/cms/web/admin/messages.properties");
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java");

  /** {@code msg['key']} or {@code msg["key"]}. */
  private static final Pattern VIEW_BRACKET =
      Pattern.compile("\\bmsg\\[\\s*['\"]([^'\"]+)['\"]\\s*]");

  /** {@code msg.key} (keys without dots only). */
  private static final Pattern VIEW_DOT = Pattern.compile("\\bmsg\\.([A-Za-z_][A-Za-z0-9_]*)");

  /** {@code texts.format('key', ...)}. */
  private static final Pattern VIEW_FORMAT =
      Pattern.compile("\\btexts\\.format\\(\\s*['\"]([^'\"]+)['\"]");

  /** Any use of the bundle in a view, literal key or not: each must be one of the three above. */
  private static final Pattern VIEW_ANY = Pattern.compile("\\bmsg\\s*[\\[.]|\\btexts\\.format\\(");

  /** {@code Messages.text("key"}, {@code Messages.info("key"}, {@code Messages.error("key"}. */
  private static final Pattern JAVA_KEY =
      Pattern.compile("\\bMessages\\.(?:text|info|error)\\(\\s*\"([^\"]+)\"");

  /** {@code Messages.errorAt("form:field", "key"}. */
  private static final Pattern JAVA_KEY_AT =
      Pattern.compile("\\bMessages\\.errorAt\\(\\s*(?:\"[^\"]*\"|[^,()]+)\\s*,\\s*\"([^\"]+)\"");

  /** Any keyed call: each must name its key as a literal, so that this test can check it. */
  /** The bundle's readers themselves, which take any key they are given. */
  private static final Set<String> HELPERS = Set.of("Messages.java", "Texts.java");

  private static final Pattern JAVA_ANY =
      Pattern.compile("\\bMessages\\.(?:text|info|error|errorAt)\\(");

  private static Properties bundle;
  private static final TreeMap<String, List<String>> used = new TreeMap<>();
  private static final List<String> unreadable = new ArrayList<>();

  @BeforeAll
  static void scan() throws IOException {
    bundle = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
      bundle.load(reader);
    }
    for (Path view : files(WEBAPP, ".xhtml")) {
      String text = Files.readString(view, StandardCharsets.UTF_8);
      collect(view, text, VIEW_ANY, List.of(VIEW_BRACKET, VIEW_DOT, VIEW_FORMAT));
    }
    for (Path source : files(JAVA, ".java")) {
      if (HELPERS.contains(source.getFileName().toString())) {
        continue; // they pass keys along
      }
      String text = Files.readString(source, StandardCharsets.UTF_8);
      collect(source, text, JAVA_ANY, List.of(JAVA_KEY, JAVA_KEY_AT));
    }
  }

  /**
   * Records the key of every use {@code any} finds; a use none of {@code keyed} reads is
   * unreadable.
   */
  private static void collect(Path file, String text, Pattern any, List<Pattern> keyed) {
    Matcher use = any.matcher(text);
    while (use.find()) {
      String key = null;
      for (Pattern pattern : keyed) {
        Matcher literal = pattern.matcher(text).region(use.start(), text.length());
        if (literal.lookingAt()) {
          key = literal.group(1);
          break;
        }
      }
      String where = file + ":" + (text.substring(0, use.start()).split("\n", -1).length);
      if (key == null) {
        unreadable.add(where);
      } else {
        used.computeIfAbsent(key, k -> new ArrayList<>()).add(where);
      }
    }
  }

  private static List<Path> files(Path root, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void theScanFindsTheAdminsTexts() {
    assertTrue(used.size() > 100, "keys found: " + used.size());
    assertTrue(
        used.containsKey("nav.dashboard") && used.containsKey("login.failed"),
        used.keySet().toString());
  }

  @Test
  void everyUseNamesItsKey() {
    assertEquals(
        List.of(),
        unreadable,
        "uses of the bundle whose key is not a literal, which nothing can check");
  }

  @Test
  void everyKeyUsedIsInTheBundle() {
    TreeMap<String, List<String>> missing = new TreeMap<>(used);
    missing.keySet().removeAll(bundle.stringPropertyNames());
    assertEquals(new TreeMap<>(), missing, "keys used but missing from " + BUNDLE);
  }

  @Test
  void everyKeyInTheBundleIsUsed() {
    Set<String> dead = new TreeSet<>(bundle.stringPropertyNames());
    dead.removeAll(used.keySet());
    assertEquals(Set.of(), dead, "keys in " + BUNDLE + " that nothing uses");
  }

  @Test
  void patternsWithArgumentsAreValidMessageFormats() {
    List<String> wrong = new ArrayList<>();
    Pattern argument = Pattern.compile("\\{\\d");
    Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
    for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
      String value = bundle.getProperty(key);
      if (argument.matcher(value).find()) {
        try {
          new MessageFormat(value, Locale.ENGLISH);
        } catch (IllegalArgumentException invalid) {
          wrong.add(key + ": " + invalid.getMessage());
        }
        if (loneQuote.matcher(value).find()) {
          wrong.add(key + ": a quote in a pattern with arguments is written ''");
        }
      } else if (value.contains("''") || value.contains("{") || value.contains("}")) {
        wrong.add(key + ": a text without arguments is shown as it is: no '' and no braces");
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theBundleLoadsAsUtf8AndFillsInArguments() {
    ResourceBundle loaded = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);
    assertEquals("—", loaded.getString("dashboard.live.none"), "read as UTF-8");
    assertEquals(
        "Sign-in failed: unknown user name or wrong password.", Messages.text("login.failed"));
    assertEquals(
        "Saved as revision 1234.",
        Messages.text("edit.saved", 1234),
        "whole numbers without grouping");
    assertEquals(
        "Release 'Q4' created: add the items that go live together.",
        Messages.text("releases.created", "Q4"),
        "'' is one quote");
  }

  @Test
  void theFacesConfigRegistersTheBundleAsMsg() throws IOException {
    String config =
        Files.readString(WEBAPP.resolve("WEB-INF/faces-config.xml"), StandardCharsets.UTF_8);
    assertTrue(config.contains("<base-name>" + Messages.BUNDLE + "</base-name>"), config);
    assertTrue(config.contains("<var>msg</var>"), config);
  }
}
