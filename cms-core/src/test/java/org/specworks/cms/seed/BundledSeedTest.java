package org.specworks.cms.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BundledSeedTest {

  /** The site's source document, beside the project as CI checks it out. */
  private static final Path SHARED_SEED =
      Path.of("..", "..", "shared", "seed", "000_77993b894b574508.txt");

  @Test
  void bundledCopyIsIdenticalToTheSitesSourceDocument() throws IOException {
    assumeTrue(
        Files.exists(SHARED_SEED),
        "skipped: the source document "
            + SHARED_SEED.toAbsolutePath().normalize()
            + " is not beside this checkout");
    byte[] bundled;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(BundledSeed.RESOURCE)) {
      bundled = in.readAllBytes();
    }
    assertArrayEquals(
        Files.readAllBytes(SHARED_SEED), bundled, "seed/about.md drifted from the source document");
  }

  @Test
  void aboutEntryReadsTheWholeDocument() {
    FrontMatterDocument about = BundledSeed.document();

    assertEquals(Optional.of("About"), about.field("title"));
    assertTrue(
        about.body().startsWith("## About OMA SpeckWorks"), "body starts at the first section");
    assertTrue(
        about
            .body()
            .contains("- [Policies & Terms of Use](/omaspecworks/about/policies-terms-of-use)"),
        "body runs to the last line of the document");
  }
}
