package org.specworks.cms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffAccountTest {

  @ParameterizedTest
  @ValueSource(strings = {" Admin ", "ADMIN", "admin"})
  void userNamesAreCaseInsensitive(String raw) {
    assertEquals("admin", StaffAccount.normaliseUsername(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "1admin", "ad min", "admin'--", "adm\u0131n"})
  void refusesUserNamesThatCouldBeConfusedOrInjected(String raw) {
    assertThrows(IllegalArgumentException.class, () -> StaffAccount.normaliseUsername(raw));
  }
}
