package org.specworks.cms.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrademarkCsvTest {

  private static TrademarkCsv read(String text) {
    return TrademarkCsv.read(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheMarksOfAValidFile() {
    TrademarkCsv csv = read("\uFEFFdesignation,form,symbol,position\r\n"
        + "OMA,logo,none,1\r\n\"Open Mobile Alliance\",word-mark,™,2\r\n\"W@P, Certified\",Word-Mark,®,\r\n");

    assertTrue(csv.valid(), csv.rows().toString());
    assertEquals(List.of("OMA", "Open Mobile Alliance", "W@P, Certified"),
        csv.rows().stream().map(TrademarkCsv.Row::designation).toList());
    assertEquals("word-mark", csv.rows().get(2).form(), "the form is read in any case");
    assertEquals("3", csv.rows().get(2).position(), "a blank position is the row's place");
    assertEquals(List.of(2, 3, 4), csv.rows().stream().map(TrademarkCsv.Row::line).toList());
  }

  @Test
  void columnsMayComeInAnyOrderAndCase() {
    TrademarkCsv csv = read("Position,SYMBOL,form,designation\n4,®,word-mark,SyncML\n");
    assertTrue(csv.valid(), csv.toString());
    assertEquals("SyncML", csv.rows().get(0).designation());
    assertEquals("®", csv.rows().get(0).symbol());
    assertEquals("4", csv.rows().get(0).position());
  }

  @Test
  void eachRowNamesItsOwnErrors() {
    TrademarkCsv csv = read("designation,form,symbol,position\n"
        + ",logo,none,1\n"
        + "Bad Form,sticker,™,2\n"
        + "Bad Symbol,logo,TM,3\n"
        + "Bad Position,logo,none,third\n"
        + "SyncML,logo,none,5\n"
        + "syncml,logo,®,6\n"
        + "SyncML,word-mark,™,7\n"
        + "Too,many,values,8,9\n"
        + "@@@,logo,none,10\n");

    assertFalse(csv.valid());
    List<TrademarkCsv.Row> rows = csv.rows();
    assertEquals(List.of("The designation is missing."), rows.get(0).errors());
    assertEquals(List.of("The form \"sticker\" is not one of word-mark, logo."), rows.get(1).errors());
    assertEquals(List.of("The symbol \"TM\" is not one of ™, ®, none."), rows.get(2).errors());
    assertEquals(List.of("The position \"third\" is not a whole number."), rows.get(3).errors());
    assertTrue(rows.get(4).valid());
    assertEquals(List.of("The same designation and form as line 6: each mark appears once."), rows.get(5).errors());
    assertTrue(rows.get(6).valid(), "the word mark is another mark than the logo of the same name");
    assertTrue(rows.get(7).errors().get(0).startsWith("Has 5 values where the header has 4"), rows.get(7).errors()
        .toString());
    assertEquals(List.of("The designation needs at least one letter or digit."), rows.get(8).errors());
  }

  @Test
  void aBadHeaderIsAnErrorOfTheFile() {
    assertEquals(List.of("Line 1: the column position is missing; the header is designation,form,symbol,position."),
        read("designation,form,symbol\nOMA,logo,none\n").fileErrors());
    assertEquals(List.of("Line 1: unknown column \"colour\"; the header is designation,form,symbol,position."),
        read("designation,form,symbol,position,colour\nOMA,logo,none,1,red\n").fileErrors());
    assertTrue(read("designation,form,symbol,position,form\n").fileErrors().get(0).contains("appears twice"));
  }

  @Test
  void refusesFilesThatAreNotUtf8CsvOrAreEmpty() {
    byte[] latin1 = "designation,form,symbol,position\nOMA\u00AE,logo,none,1\n".getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(TrademarkCsv.read(latin1).fileErrors().get(0).contains("not UTF-8"));
    assertTrue(TrademarkCsv.read(new byte[0]).fileErrors().get(0).startsWith("The file is empty"));
    assertEquals(List.of("The file has a header but no trademarks."),
        read("designation,form,symbol,position\r\n").fileErrors());
    assertEquals(List.of("Line 2: a quoted field is never closed."),
        read("designation,form,symbol,position\n\"OMA,logo,none,1\n").fileErrors());
    assertFalse(read("designation,form,symbol,position\n\"OMA,logo,none,1\n").valid());
  }
}
