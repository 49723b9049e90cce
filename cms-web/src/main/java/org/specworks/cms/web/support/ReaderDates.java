package org.specworks.cms.web.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as staff type them: "2 Dec 2026", "2 December 2026", "Dec 2, 2026", "02.12.2026",
 * "2/12/2026" (day first, as in Europe) or ISO "2026-12-02". Content keeps ISO dates; this only
 * reads what a person typed and shows a stored date back as "2 Dec 2026".
 */
public final class ReaderDates {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  private static final List<DateTimeFormatter> READ =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          pattern("d MMM uuuu"),
          pattern("d MMMM uuuu"),
          pattern("MMM d, uuuu"),
          pattern("MMMM d, uuuu"),
          pattern("d.M.uuuu"),
          pattern("d/M/uuuu"));

  private ReaderDates() {}

  /** The date {@code typed} names in one of the accepted forms, or empty. */
  public static Optional<LocalDate> parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String text = typed.strip().replaceAll("\\s+", " ");
    for (DateTimeFormatter format : READ) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException notThisForm) {
        // try the next form
      }
    }
    return Optional.empty();
  }

  /** An ISO date as staff read it ("2 Dec 2026"); anything else unchanged. */
  public static String shown(String iso) {
    if (iso == null) {
      return "";
    }
    try {
      return SHOWN.format(LocalDate.parse(iso.strip()));
    } catch (DateTimeParseException notIso) {
      return iso;
    }
  }

  private static DateTimeFormatter pattern(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
