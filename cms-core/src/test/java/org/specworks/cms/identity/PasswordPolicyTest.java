package org.specworks.cms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsTwelveCharactersOfAnyKind() {
    assertEquals(
        Optional.empty(), PasswordPolicy.problemWith("correct horse".toCharArray(), "editor"));
    assertEquals(
        Optional.empty(), PasswordPolicy.problemWith("äöü€ß漢字 12345".toCharArray(), "editor"));
  }

  @Test
  void refusesShortLongAndUsernameContainingPasswords() {
    assertTrue(
        PasswordPolicy.problemWith("elevenchars".toCharArray(), "x")
            .orElseThrow()
            .contains("at least 12"));
    assertTrue(
        PasswordPolicy.problemWith("a".repeat(129).toCharArray(), "x")
            .orElseThrow()
            .contains("at most 128"));
    assertTrue(
        PasswordPolicy.problemWith("my-EDITOR-password".toCharArray(), "editor")
            .orElseThrow()
            .contains("user name"));
  }

  @Test
  void refusesCommonPasswordsWhateverTheirLetterCase() {
    String problem =
        PasswordPolicy.problemWith("password1234".toCharArray(), "admin").orElseThrow();
    assertTrue(problem.contains("most common passwords"), problem);
    assertTrue(
        PasswordPolicy.problemWith("QwertyUiopAsdf".toCharArray(), "admin").isPresent(),
        "keyboard walk");
    assertTrue(
        PasswordPolicy.problemWith("1q2w3e4r5t6y".toCharArray(), "admin")
            .orElseThrow()
            .contains("most common"));
  }

  @Test
  void refusesACommonPasswordWithDigitsOrSymbolsAround() {
    String problem =
        PasswordPolicy.problemWith("Sunshine2024!!".toCharArray(), "admin").orElseThrow();
    assertTrue(problem.contains("'sunshine'"), problem);
    assertTrue(problem.contains("digits or symbols added"), problem);
  }

  @Test
  void refusesRepetitions() {
    for (String repetitive :
        new String[] {
          "aaaaaaaaaaaa", "abcabcabcabc", "xyzzyxyzzyxyzzy", "ababbabaabab", "!!!!!!!!!!!!!"
        }) {
      String problem =
          PasswordPolicy.problemWith(repetitive.toCharArray(), "admin")
              .orElseThrow(() -> new AssertionError(repetitive + " was accepted"));
      assertTrue(problem.contains("repeated"), repetitive + ": " + problem);
    }
  }

  @Test
  void refusesRunsOfLettersDigitsOrKeysInEitherDirection() {
    for (String run :
        new String[] {
          "abcdefghijklm", "mlkjihgfedcba", "345678901234", "zyxwvutsrqpo", "uiopasdfghjkl"
        }) {
      String problem =
          PasswordPolicy.problemWith(run.toCharArray(), "admin")
              .orElseThrow(() -> new AssertionError(run + " was accepted"));
      assertTrue(problem.contains("in order"), run + ": " + problem);
    }
  }

  @Test
  void acceptsPassphrasesThatMerelyContainCommonWords() {
    for (String fine :
        new String[] {
          "correct horse battery",
          "password manager 7 on my desk",
          "Tr0ub4dor&3 plus more",
          "the right password 77"
        }) {
      assertEquals(Optional.empty(), PasswordPolicy.problemWith(fine.toCharArray(), "admin"), fine);
    }
  }

  @Test
  void theShippedListIsComplete() {
    assertEquals(30_000, CommonPasswords.size());
  }
}
