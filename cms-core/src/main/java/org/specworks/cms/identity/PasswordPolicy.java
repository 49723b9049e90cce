package org.specworks.cms.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must satisfy (OWASP ASVS 2.1: at least 12 characters, at most 128, anything
 * allowed; 2.1.7: not a common or breached password). Checked wherever a password is set: by an
 * administrator, by its holder, and for the first administrator at start-up.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /** Fewer different characters than this makes a password a repetition, however long. */
  static final int MIN_DISTINCT_CHARACTERS = 4;

  /**
   * Runs of characters people slide along: the alphabet, the digits and the rows of a QWERTY
   * keyboard, each also read backwards.
   */
  private static final String[] SEQUENCES = {
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiopasdfghjklzxcvbnm",
    "qwertzuiopasdfghjklyxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"
  };

  private PasswordPolicy() {}

  /** Why the password is refused, or empty when it is acceptable. */
  public static Optional<String> problemWith(char[] password, String username) {
    if (password == null || password.length < MIN_LENGTH) {
      return Optional.of("A password needs at least " + MIN_LENGTH + " characters.");
    }
    if (password.length > MAX_LENGTH) {
      return Optional.of("A password has at most " + MAX_LENGTH + " characters.");
    }
    String lower = new String(password).toLowerCase(Locale.ROOT);
    if (username != null && lower.contains(username)) {
      return Optional.of("A password must not contain the user name.");
    }
    if (CommonPasswords.contains(lower)) {
      return Optional.of(
          "This password is one of the most common passwords, the first ones attackers try."
              + " Choose another, for example a few unrelated words.");
    }
    String core = withoutDigitsAndSymbolsAround(lower);
    if (core.length() >= 3 && !core.equals(lower) && CommonPasswords.contains(core)) {
      return Optional.of(
          "This password is a common password ('"
              + core
              + "') with digits or symbols added, which attackers try early."
              + " Choose another, for example a few unrelated words.");
    }
    if (lower.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS || isRepeatedUnit(lower)) {
      return Optional.of(
          "A password must not be a few characters repeated (like 'aaaaaaaaaaaa' or"
              + " 'abcabcabcabc').");
    }
    if (isSequence(lower)) {
      return Optional.of(
          "A password must not be a run of letters, digits or keys in order (like 'abcdefghijkl',"
              + " '123456789012' or 'qwertyuiopas').");
    }
    return Optional.empty();
  }

  /** "password1234!" gives "password": the word people decorate to pass length rules. */
  private static String withoutDigitsAndSymbolsAround(String password) {
    int start = 0;
    int end = password.length();
    while (start < end && !Character.isLetter(password.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(password.charAt(end - 1))) {
      end--;
    }
    return password.substring(start, end);
  }

  /** "abcabcabcabc", "passpasspass": a shorter string written out again and again. */
  private static boolean isRepeatedUnit(String password) {
    int length = password.length();
    for (int unit = 1; unit <= length / 2; unit++) {
      if (length % unit == 0
          && password.substring(unit).equals(password.substring(0, length - unit))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSequence(String password) {
    for (String sequence : SEQUENCES) {
      for (String direction :
          new String[] {sequence, new StringBuilder(sequence).reverse().toString()}) {
        // Written out past MAX_LENGTH, so a run that wraps around ("...890123...") is found too.
        String runs = direction.repeat(MAX_LENGTH / direction.length() + 2);
        if (runs.contains(password)) {
          return true;
        }
      }
    }
    return false;
  }
}
