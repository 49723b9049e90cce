package org.specworks.cms.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentPathTest {

  @ParameterizedTest
  @ValueSource(strings = {"/omaspecworks/about", " /OMASpecWorks/About/ ", "/omaspecworks/about//"})
  void normalisesWhatAReaderMightType(String raw) {
    assertEquals("/omaspecworks/about", ContentPath.of(raw).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "about", "/about us", "/a/../b", "/a_b", "/-a", "/a-", "/ä"})
  void refusesWhatCannotBeAPublicPath(String raw) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ContentPath.of(raw));
    assertEquals(true, error.getMessage().contains("content path"), error.getMessage());
  }
}
