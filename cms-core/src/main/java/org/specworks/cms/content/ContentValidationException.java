package org.specworks.cms.content;

import jakarta.ejb.ApplicationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Content breaks its type's schema; {@link #violations()} names each field with the problem.
 * Nothing was stored.
 */
@ApplicationException(rollback = true)
public class ContentValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, String> violations;

  public ContentValidationException(Map<String, String> violations) {
    super(violations.values().stream().collect(Collectors.joining(" ")));
    this.violations = new LinkedHashMap<>(violations);
  }

  /** Field name to problem, in the order the form shows the fields. */
  public Map<String, String> violations() {
    return java.util.Collections.unmodifiableMap(violations);
  }
}
