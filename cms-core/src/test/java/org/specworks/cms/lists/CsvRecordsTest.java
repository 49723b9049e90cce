package org.specworks.cms.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  private static List<List<String>> fields(String text) throws CsvRecords.CsvFormatException {
    return CsvRecords.parse(text).stream().map(CsvRecords.Record::fields).toList();
  }

  @Test
  void splitsFieldsAtCommasAndRecordsAtCrlfLfOrCr() throws Exception {
    assertEquals(
        List.of(
            List.of("a", "b", "c"),
            List.of("1", "2", "3"),
            List.of("x", "y", "z"),
            List.of("p", "q", "r")),
        fields("a,b,c\r\n1,2,3\nx,y,z\rp,q,r"));
  }

  @Test
  void aFinalLineBreakAndBlankLinesMakeNoRecords() throws Exception {
    assertEquals(List.of(List.of("a"), List.of("b")), fields("a\r\n\r\n   \nb\r\n"));
    assertEquals(List.of(), fields(""));
  }

  @Test
  void emptyFieldsAreKept() throws Exception {
    assertEquals(List.of(List.of("", "b", "")), fields(",b,"));
    assertEquals(List.of(List.of("")), fields("\"\""), "a quoted empty field is a record");
  }

  @Test
  void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws Exception {
    List<CsvRecords.Record> records =
        CsvRecords.parse("name,note\r\n\"Smith, J.\",\"said \"\"hi\"\"\r\nthen left\"\r\nlast,one");
    assertEquals(List.of("Smith, J.", "said \"hi\"\r\nthen left"), records.get(1).fields());
    assertEquals(2, records.get(1).line());
    assertEquals(4, records.get(2).line(), "lines are counted inside quoted fields too");
  }

  @Test
  void blanksAroundAQuotedFieldAreForgivenButNotInsideAnUnquotedOne() throws Exception {
    assertEquals(List.of(List.of("a", "b,c", "d")), fields("a, \"b,c\" ,d"));
    assertEquals(List.of(List.of("a b", " c ")), fields("a b, c "), "unquoted blanks are data");
  }

  @Test
  void keepsUnicodeAsIs() throws Exception {
    assertEquals(
        List.of(List.of("Open Mobile Alliance", "™"), List.of("W@P", "®")),
        fields("Open Mobile Alliance,™\nW@P,®"));
  }

  @Test
  void refusesWhatIsNotCsvNamingTheLine() {
    CsvRecords.CsvFormatException unclosed =
        assertThrows(
            CsvRecords.CsvFormatException.class, () -> CsvRecords.parse("a,b\n\"open,c\nd"));
    assertTrue(unclosed.getMessage().startsWith("Line 2:"), unclosed.getMessage());
    CsvRecords.CsvFormatException stray =
        assertThrows(
            CsvRecords.CsvFormatException.class, () -> CsvRecords.parse("a\nsay \"hi\",b"));
    assertTrue(stray.getMessage().startsWith("Line 2:"), stray.getMessage());
    CsvRecords.CsvFormatException after =
        assertThrows(CsvRecords.CsvFormatException.class, () -> CsvRecords.parse("\"a\"b,c"));
    assertTrue(after.getMessage().contains("after a closing quote"), after.getMessage());
  }
}
