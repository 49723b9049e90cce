package org.specworks.cms.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A heading of a Markdown document with the lines under it: its own text (before any sub-heading)
 * and its sub-sections. Built from ATX headings ({@code ##}, {@code ###}); the seed uses no other
 * kind.
 *
 * @param level 2 for {@code ##}
 * @param title the heading text
 * @param ownLines the lines between the heading and its first sub-heading (or the next heading of
 *     its level)
 * @param subsections the headings one level down, in order
 */
public record MarkdownSection(
    int level, String title, List<String> ownLines, List<MarkdownSection> subsections) {

  public MarkdownSection {
    ownLines = List.copyOf(ownLines);
    subsections = List.copyOf(subsections);
  }

  /**
   * The sections of {@code level} in {@code markdown}; text before the first heading is ignored.
   */
  public static List<MarkdownSection> split(String markdown, int level) {
    return split(markdown.lines().toList(), level);
  }

  private static List<MarkdownSection> split(List<String> lines, int level) {
    String marker = "#".repeat(level) + " ";
    List<MarkdownSection> sections = new ArrayList<>();
    String title = null;
    List<String> body = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith(marker)) {
        if (title != null) {
          sections.add(of(level, title, body));
        }
        title = line.substring(marker.length()).strip();
        body = new ArrayList<>();
      } else if (title != null) {
        body.add(line);
      }
    }
    if (title != null) {
      sections.add(of(level, title, body));
    }
    return sections;
  }

  private static MarkdownSection of(int level, String title, List<String> body) {
    String subMarker = "#".repeat(level + 1) + " ";
    int firstSub = 0;
    while (firstSub < body.size() && !body.get(firstSub).startsWith(subMarker)) {
      firstSub++;
    }
    return new MarkdownSection(
        level,
        title,
        body.subList(0, firstSub),
        split(body.subList(firstSub, body.size()), level + 1));
  }

  /** The section's own text as Markdown, trimmed of blank lines at both ends. */
  public String ownMarkdown() {
    return trim(ownLines);
  }

  /** Everything under the heading, sub-sections included, as Markdown. */
  public String fullMarkdown() {
    List<String> all = new ArrayList<>(ownLines);
    for (MarkdownSection sub : subsections) {
      all.add("#".repeat(sub.level()) + " " + sub.title());
      all.addAll(sub.fullMarkdown().lines().toList());
      all.add("");
    }
    return trim(all);
  }

  public Optional<MarkdownSection> subsection(String title) {
    return subsections.stream().filter(sub -> sub.title().equals(title)).findFirst();
  }

  static String trim(List<String> lines) {
    int start = 0;
    int end = lines.size();
    while (start < end && lines.get(start).isBlank()) {
      start++;
    }
    while (end > start && lines.get(end - 1).isBlank()) {
      end--;
    }
    return String.join("\n", lines.subList(start, end));
  }
}
