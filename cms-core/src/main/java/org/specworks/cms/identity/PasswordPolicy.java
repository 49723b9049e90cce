package org.specworks.cms.identity;

import java.util.Optional;

/**
 * What a new password must satisfy (OWASP ASVS 2.1: at least 12 characters, at most 128, anything
 * allowed).
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** Why the password is refused, or empty when it is acceptable. */
  public static Optional<String> problemWith(char[] password, String username) {
    if (password == null || password.length < MIN_LENGTH) {
      return Optional.of("A password needs at least " + MIN_LENGTH + " characters.");
    }
    if (password.length > MAX_LENGTH) {
      return Optional.of("A password has at most " + MAX_LENGTH + " characters.");
    }
    if (username != null
        && new String(password).toLowerCase(java.util.Locale.ROOT).contains(username)) {
      return Optional.of("A password must not contain the user name.");
    }
    return Optional.empty();
  }
}
