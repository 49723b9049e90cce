package org.specworks.cms.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterDocumentTest {

  @Test
  void readsFieldsAndKeepsTheBodyVerbatim() {
    FrontMatterDocument document =
        FrontMatterDocument.parse("---\ntitle: About\ndescription:\n---\n## Heading\ntext\n");

    assertEquals(Optional.of("About"), document.field("title"));
    assertEquals(
        Optional.empty(), document.field("description"), "an empty value counts as absent");
    assertTrue(document.frontMatter().containsKey("description"));
    assertEquals("## Heading\ntext", document.body());
  }

  @Test
  void unquotesQuotedValuesAndNormalisesLineEndings() {
    FrontMatterDocument document =
        FrontMatterDocument.parse("---\r\ntitle: \"IPR: rules\"\r\n---\r\nbody");

    assertEquals(Optional.of("IPR: rules"), document.field("title"));
    assertEquals("body", document.body());
  }

  @Test
  void aTextWithoutFrontMatterIsAllBody() {
    FrontMatterDocument document = FrontMatterDocument.parse("# Just markdown\n---\n");

    assertTrue(document.frontMatter().isEmpty());
    assertEquals("# Just markdown\n---\n", document.body());
  }

  @Test
  void refusesUnclosedFrontMatter() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> FrontMatterDocument.parse("---\ntitle: x\n"));
    assertTrue(error.getMessage().contains("closing"), error.getMessage());
  }

  @Test
  void refusesNestedYamlNamingTheLine() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class,
            () -> FrontMatterDocument.parse("---\ntags:\n  - a\n---\nbody"));
    assertTrue(error.getMessage().contains("line 3"), error.getMessage());
  }
}
