package org.specworks.cms.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListCsvTest {

  private static ListCsv read(String text) {
    return ListCsv.read(ListFormat.TRADEMARK, text.getBytes(StandardCharsets.UTF_8));
  }

  private static ListCsv declarations(String text) {
    return ListCsv.read(ListFormat.IPR_DECLARATION, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheMarksOfAValidFile() {
    ListCsv csv =
        read(
            "\uFEFFdesignation,form,symbol,position\r\n"
                + "OMA,logo,none,1\r\n\"Open Mobile Alliance\",word-mark,™,2\r\n\"W@P, Certified\",Word-Mark,®,\r\n");

    assertTrue(csv.valid(), csv.rows().toString());
    assertEquals(
        List.of("OMA", "Open Mobile Alliance", "W@P, Certified"),
        csv.rows().stream().map(row -> row.value("designation")).toList());
    assertEquals("word-mark", csv.rows().get(2).value("form"), "the form is read in any case");
    assertEquals("3", csv.rows().get(2).value("position"), "a blank position is the row's place");
    assertEquals(List.of(2, 3, 4), csv.rows().stream().map(ListCsv.Row::line).toList());
  }

  @Test
  void columnsMayComeInAnyOrderAndCase() {
    ListCsv csv = read("Position,SYMBOL,form,designation\n4,®,word-mark,SyncML\n");
    assertTrue(csv.valid(), csv.toString());
    assertEquals("SyncML", csv.rows().get(0).value("designation"));
    assertEquals("®", csv.rows().get(0).value("symbol"));
    assertEquals("4", csv.rows().get(0).value("position"));
  }

  @Test
  void aPositionIsReadAsTheNumberItIs() {
    assertEquals(
        "7",
        read("designation,form,symbol,position\nOMA,logo,none,07\n")
            .rows()
            .get(0)
            .value("position"),
        "so a list written by a spreadsheet with leading zeros matches the marks' positions");
  }

  @Test
  void eachRowNamesItsOwnErrors() {
    ListCsv csv =
        read(
            "designation,form,symbol,position\n"
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
    List<ListCsv.Row> rows = csv.rows();
    assertEquals(List.of("The designation is missing."), rows.get(0).errors());
    assertEquals(
        List.of("The form \"sticker\" is not one of word-mark, logo."), rows.get(1).errors());
    assertEquals(List.of("The symbol \"TM\" is not one of ™, ®, none."), rows.get(2).errors());
    assertEquals(List.of("The position \"third\" is not a whole number."), rows.get(3).errors());
    assertTrue(rows.get(4).valid());
    assertEquals(
        List.of("The same designation and form as line 6: each mark appears once."),
        rows.get(5).errors());
    assertTrue(rows.get(6).valid(), "the word mark is another mark than the logo of the same name");
    assertTrue(
        rows.get(7).errors().get(0).startsWith("Has 5 values where the header has 4"),
        rows.get(7).errors().toString());
    assertEquals(
        List.of("The designation needs at least one letter or digit."), rows.get(8).errors());
  }

  @Test
  void aBadHeaderIsAnErrorOfTheFile() {
    assertEquals(
        List.of(
            "Line 1: the column position is missing; the header is designation,form,symbol,position."),
        read("designation,form,symbol\nOMA,logo,none\n").fileErrors());
    assertEquals(
        List.of(
            "Line 1: unknown column \"colour\"; the header is designation,form,symbol,position."),
        read("designation,form,symbol,position,colour\nOMA,logo,none,1,red\n").fileErrors());
    assertTrue(
        read("designation,form,symbol,position,form\n")
            .fileErrors()
            .get(0)
            .contains("appears twice"));
  }

  @Test
  void refusesFilesThatAreNotUtf8CsvOrAreEmpty() {
    byte[] latin1 =
        "designation,form,symbol,position\nOMA\u00AE,logo,none,1\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(
        ListCsv.read(ListFormat.TRADEMARK, latin1).fileErrors().get(0).contains("not UTF-8"));
    assertTrue(
        ListCsv.read(ListFormat.TRADEMARK, new byte[0])
            .fileErrors()
            .get(0)
            .startsWith("The file is empty"));
    assertEquals(
        List.of("The file has a header but no trademarks."),
        read("designation,form,symbol,position\r\n").fileErrors());
    assertEquals(
        List.of("Line 2: a quoted field is never closed."),
        read("designation,form,symbol,position\n\"OMA,logo,none,1\n").fileErrors());
    assertFalse(read("designation,form,symbol,position\n\"OMA,logo,none,1\n").valid());
  }

  @Test
  void readsIprDeclarationsWithTheirListDateAndDocument() {
    ListCsv csv =
        declarations(
            "declarant,list,specification,declaredOn,document\n"
                + "Acme Networks,Member,LwM2M 1.2,2024-03-01,/documents/acme-lwm2m\n"
                + "\"Widgets, Inc.\",non-member,DM 2.0,2023-11-30,\n");

    assertTrue(csv.valid(), csv.rows().toString());
    assertEquals("member", csv.rows().get(0).value("list"), "the list is read in any case");
    assertEquals("Widgets, Inc.", csv.rows().get(1).value("declarant"));
    assertEquals("", csv.rows().get(1).value("document"), "the document is optional");
  }

  @Test
  void eachDeclarationRowNamesItsOwnErrors() {
    ListCsv csv =
        declarations(
            "declarant,list,specification,declaredOn,document\n"
                + "Acme,associate,LwM2M,2024-03-01,\n"
                + "Acme,member,,2024-03-01,\n"
                + "Acme,member,LwM2M 1.0,1 March 2024,\n"
                + "Acme,member,LwM2M 1.1,2024-03-01,not a path\n"
                + "Acme,member,DM,2024-03-01,\n"
                + "ACME,Member,dm,2024-04-01,\n"
                + "Acme,non-member,DM,2024-03-01,\n");

    List<ListCsv.Row> rows = csv.rows();
    assertEquals(
        List.of("The list \"associate\" is not one of member, non-member."), rows.get(0).errors());
    assertEquals(List.of("The specification is missing."), rows.get(1).errors());
    assertEquals(
        List.of("The declaredOn \"1 March 2024\" is not a date like 2018-02-01."),
        rows.get(2).errors());
    assertEquals(
        List.of("The document \"not a path\" is not a path like /documents/declaration."),
        rows.get(3).errors());
    assertTrue(rows.get(4).valid());
    assertEquals(
        List.of(
            "The same declarant, list and specification as line 6: each declaration appears once."),
        rows.get(5).errors(),
        "declarant, list and specification identify a declaration, whatever their case");
    assertTrue(
        rows.get(6).valid(), "the same declaration on the other list is another declaration");
    assertEquals(
        List.of("The file has a header but no IPR declarations."),
        declarations("declarant,list,specification,declaredOn,document\n").fileErrors());
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithoutBeingReadWhole() throws Exception {
    long[] read = {0};
    java.io.InputStream endless =
        new java.io.InputStream() {
          @Override
          public int read() {
            read[0]++;
            return 'x';
          }
        };

    org.specworks.cms.shared.InvalidInputException refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            org.specworks.cms.shared.InvalidInputException.class,
            () -> ListCsv.bytesOf(ListFormat.TRADEMARK, endless));

    assertEquals(
        "The file is larger than 256 KB; a list of trademarks is much smaller.",
        refused.getMessage());
    assertEquals(ListCsv.MAX_BYTES + 1, read[0], "one byte past the limit is enough to know");
  }

  @Test
  void anUploadAtTheLimitIsReadWhole() throws Exception {
    byte[] file = new byte[ListCsv.MAX_BYTES];
    assertEquals(
        ListCsv.MAX_BYTES,
        ListCsv.bytesOf(ListFormat.TRADEMARK, new java.io.ByteArrayInputStream(file)).length);
  }
}
