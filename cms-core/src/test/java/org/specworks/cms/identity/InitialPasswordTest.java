package org.specworks.cms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InitialPasswordTest {

  @Test
  void generatesPoliciedUnambiguousAndDistinctPasswords() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = new String(InitialPassword.generate());
      assertEquals(20, password.length());
      assertTrue(PasswordPolicy.problemWith(password.toCharArray(), "admin").isEmpty(), password);
      assertFalse(password.matches(".*[0O1lI].*"), "ambiguous characters in " + password);
      seen.add(password);
    }
    assertEquals(200, seen.size());
  }
}
