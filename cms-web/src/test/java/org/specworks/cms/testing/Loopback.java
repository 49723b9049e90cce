package org.specworks.cms.testing;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * Payara Micro reports the machine's interface address; the server listens on loopback only, and
 * tests address it there.
 */
public final class Loopback {

  private Loopback() {}

  /** The deployment's base URI on 127.0.0.1, always ending in a slash. */
  public static URI base(URL reported) {
    try {
      URI uri = reported.toURI();
      String path = uri.getPath().endsWith("/") ? uri.getPath() : uri.getPath() + "/";
      return new URI(uri.getScheme(), null, "127.0.0.1", uri.getPort(), path, null, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Not a usable URL: " + reported, e);
    }
  }
}
