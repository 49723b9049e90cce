package org.specworks.cms.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderDatesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-12-02",
        "2 Dec 2026",
        "2 dec 2026",
        "02 December 2026",
        "Dec 2, 2026",
        "December 2, 2026",
        "02.12.2026",
        "2.12.2026",
        "2/12/2026",
        "  2  Dec  2026 "
      })
  void readsTheFormsPeopleWrite(String typed) {
    assertEquals(Optional.of(LocalDate.of(2026, 12, 2)), ReaderDates.parse(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "soon", "31.02.2026", "2026-13-01", "12/31/2026"})
  void refusesWhatIsNoDate(String typed) {
    assertTrue(ReaderDates.parse(typed).isEmpty(), typed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-02"})
  void showsAStoredDateAsPeopleWriteIt(String iso) {
    assertEquals("2 Dec 2026", ReaderDates.shown(iso));
    assertEquals("not a date", ReaderDates.shown("not a date"));
  }
}
