package org.specworks.cms.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who a request comes from, for throttling sign-in. Behind a reverse proxy or edge cache every
 * request arrives from the proxy's address, and only the proxy knows the visitor's, which it adds
 * to {@code X-Forwarded-For}. Anyone can write that header, so it is believed only as far as it was
 * written by proxies named in {@code cms.trusted-proxies} (exact addresses, comma-separated; none
 * by default, when the socket's address is the client).
 */
@ApplicationScoped
public class ClientAddresses {

  /** Longest address kept; an IPv6 address with a zone fits. */
  static final int MAX_LENGTH = 64;

  @Inject
  @ConfigProperty(name = "cms.trusted-proxies")
  private Optional<String> trustedProxies;

  /** The client of a request that came from {@code socketAddress} with this header (or null). */
  public String clientOf(String socketAddress, String forwardedFor) {
    return clientOf(socketAddress, forwardedFor, parse(trustedProxies.orElse("")));
  }

  /**
   * Walks {@code X-Forwarded-For} from the right, the hop nearest to us, past trusted proxies: the
   * first address no trusted proxy stands for is the client. Entries further left were written by
   * whoever sent the request, and are never read.
   */
  static String clientOf(String socketAddress, String forwardedFor, Set<String> trusted) {
    String client = socketAddress == null ? "" : socketAddress;
    if (!trusted.contains(client) || forwardedFor == null) {
      return cut(client);
    }
    List<String> hops =
        Arrays.stream(forwardedFor.split(","))
            .map(String::strip)
            .filter(h -> !h.isEmpty())
            .toList();
    for (int i = hops.size() - 1; i >= 0 && trusted.contains(client); i--) {
      client = hops.get(i);
    }
    return cut(client);
  }

  static Set<String> parse(String configured) {
    return Arrays.stream(configured.split(","))
        .map(String::strip)
        .filter(address -> !address.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String cut(String address) {
    return address.length() <= MAX_LENGTH ? address : address.substring(0, MAX_LENGTH);
  }
}
