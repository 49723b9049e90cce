package org.specworks.cms.seed;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown text with optional front matter: a block between two {@code ---} lines at the very top
 * holding {@code key: value} lines. Values may be empty or quoted. Nested YAML (lists, maps) is
 * refused with the line number, rather than half-read.
 */
public record FrontMatterDocument(Map<String, String> frontMatter, String body) {

  private static final String FENCE = "---";
  private static final Pattern ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:(.*)");

  public FrontMatterDocument {
    frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
  }

  public Optional<String> field(String key) {
    return Optional.ofNullable(frontMatter.get(key)).filter(value -> !value.isBlank());
  }

  public static FrontMatterDocument parse(String text) {
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalised.startsWith("\uFEFF")) {
      normalised = normalised.substring(1);
    }
    List<String> lines = normalised.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
      return new FrontMatterDocument(Map.of(), normalised);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().equals(FENCE)) {
        String body = String.join("\n", lines.subList(i + 1, lines.size()));
        return new FrontMatterDocument(fields, body);
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher entry = ENTRY.matcher(line);
      if (!entry.matches() || Character.isWhitespace(line.charAt(0))) {
        throw new IllegalArgumentException(
            "Front matter line " + (i + 1) + " is not a 'key: value' pair: " + line);
      }
      fields.put(entry.group(1), unquote(entry.group(2).strip()));
    }
    throw new IllegalArgumentException(
        "Front matter starts with '---' but has no closing '---' line");
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    if (value.startsWith("[")
        || value.startsWith("{")
        || value.startsWith("|")
        || value.startsWith(">")) {
      throw new IllegalArgumentException(
          "Only plain scalar front matter values are supported: " + value);
    }
    return value;
  }
}
