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
}
