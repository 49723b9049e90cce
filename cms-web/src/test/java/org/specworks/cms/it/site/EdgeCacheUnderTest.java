package org.specworks.cms.it.site;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.specworks.cms.web.site.EdgeCacheAddresses;

/**
 * The edge caches the CMS purges, in tests: none until {@code EdgeCacheIT} points the CMS at its
 * Varnish, so other tests' publications send nothing. The Varnish port is chosen when the
 * deployment is built ({@link #reservePort}) and travels inside it as a resource, since the test
 * client and the server are two processes.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class EdgeCacheUnderTest extends EdgeCacheAddresses {

  public static final String PORT_RESOURCE = "edge-cache-it.port";
  public static final String PORT_PROPERTY = "cms.it.edgeCachePort";

  private volatile List<URI> caches = List.of();

  @Override
  public List<URI> all() {
    return caches;
  }

  /** Purges go to the test's Varnish from now on. */
  public void useTestCache() {
    caches = List.of(URI.create("http://127.0.0.1:" + packagedPort() + "/"));
  }

  public void useNone() {
    caches = List.of();
  }

  private int packagedPort() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(PORT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(PORT_RESOURCE + " is not in the deployment");
      }
      return Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A free loopback port for the test's Varnish, also kept as a system property for the client. */
  public static int reservePort() {
    try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int port = probe.getLocalPort();
      System.setProperty(PORT_PROPERTY, Integer.toString(port));
      return port;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
