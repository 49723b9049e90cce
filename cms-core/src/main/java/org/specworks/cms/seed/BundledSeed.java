package org.specworks.cms.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.specworks.cms.content.ContentPath;

/**
 * The site's initial content as shipped inside the application. The seed document is a copy of the
 * site's source document; the product never reads it from outside its own classpath.
 */
public final class BundledSeed {

  /** The classpath resource holding the seed document. */
  public static final String RESOURCE = "seed/about.md";

  /** The About page: the whole seed document, all its sections. */
  public static final ContentPath ABOUT = ContentPath.of(SiteSeed.ABOUT_PATH);

  private BundledSeed() {}

  public static FrontMatterDocument document() {
    try (InputStream in = BundledSeed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Seed resource missing from the build: " + RESOURCE);
      }
      return FrontMatterDocument.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read seed resource " + RESOURCE, e);
    }
  }

  /** Every item of the seed, in import order. */
  public static List<SeedItem> items() {
    return SiteSeed.itemsOf(document());
  }
}
