package org.specworks.cms.testing;

import org.jboss.arquillian.container.test.spi.TestDeployment;
import org.jboss.arquillian.container.test.spi.client.deployment.ProtocolArchiveProcessor;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Keeps the test deployment distributable, as the CMS is: a web application is distributable only
 * if every web fragment in it says so too, and the fragment Arquillian's servlet protocol adds (its
 * test runner) does not, so the test server kept sessions in memory, not in the data grid ("Invalid
 * Session Management Configuration for non-distributable app"). This marks that fragment
 * distributable; registered in {@code META-INF/services} of the test classpath.
 */
public final class DistributableTestDeployment implements LoadableExtension {

  private static final ArchivePath FRAGMENT = ArchivePaths.create("META-INF/web-fragment.xml");

  @Override
  public void register(ExtensionBuilder builder) {
    builder.service(ProtocolArchiveProcessor.class, MarkFragmentsDistributable.class);
  }

  /**
   * Marks every web fragment of the protocol's archive (or of the WAR's libraries) distributable.
   */
  public static final class MarkFragmentsDistributable implements ProtocolArchiveProcessor {

    /** Receives the WAR after the protocol added its library (arquillian-protocol-servlet 10). */
    @Override
    public void process(TestDeployment deployment, Archive<?> archive) {
      if (!(archive instanceof WebArchive war)) {
        return;
      }
      for (ArchivePath library : war.getContent().keySet()) {
        String path = library.get();
        if (path.startsWith("/WEB-INF/lib/arquillian") && path.endsWith(".jar")) {
          markIn(war.getAsType(JavaArchive.class, library));
        }
      }
    }

    private static void markIn(Archive<?> archive) {
      Node fragment = archive.get(FRAGMENT);
      if (fragment == null || fragment.getAsset() == null) {
        return;
      }
      String xml = new String(readAll(fragment), java.nio.charset.StandardCharsets.UTF_8);
      if (xml.contains("<distributable")) {
        return;
      }
      archive.delete(FRAGMENT);
      archive.add(
          new StringAsset(xml.replaceFirst("(<web-fragment[^>]*>)", "$1\n  <distributable/>")),
          FRAGMENT);
    }

    private static byte[] readAll(Node node) {
      try (java.io.InputStream in = node.getAsset().openStream()) {
        return in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
