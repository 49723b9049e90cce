package org.specworks.cms.web.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.specworks.cms.content.ContentType;

/** Content types as the API names them: lower case with hyphens, e.g. {@code faq-entry}. */
final class ApiContentTypes {

  static final String NAMES = "page, faq-entry, policy, trademark, ipr-declaration, document";

  /** The same names as a regular expression, for Bean Validation. */
  static final String PATTERN = "page|faq-entry|policy|trademark|ipr-declaration|document";

  private ApiContentTypes() {}

  static String nameOf(ContentType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static Optional<ContentType> parse(String name) {
    return Arrays.stream(ContentType.values())
        .filter(type -> nameOf(type).equals(name))
        .findFirst();
  }

  static String all() {
    return Arrays.stream(ContentType.values())
        .map(ApiContentTypes::nameOf)
        .collect(Collectors.joining(", "));
  }
}
