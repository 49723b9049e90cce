package org.specworks.cms.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static final Set<String> PROXY = Set.of("10.0.0.5");

  @Test
  void withNoTrustedProxyTheSocketIsTheClientWhateverTheHeaderSays() {
    assertEquals("10.0.0.5", ClientAddresses.clientOf("10.0.0.5", "203.0.113.9", Set.of()));
    assertEquals(
        "198.51.100.1",
        ClientAddresses.clientOf("198.51.100.1", "203.0.113.9", ClientAddresses.parse("")));
  }

  @Test
  void aTrustedProxyIsBelievedAboutTheAddressItAdded() {
    assertEquals("203.0.113.9", ClientAddresses.clientOf("10.0.0.5", "203.0.113.9", PROXY));
    assertEquals("203.0.113.9", ClientAddresses.clientOf("10.0.0.5", " 203.0.113.9 ", PROXY));
  }

  @Test
  void whatTheClientWroteIntoTheHeaderItselfIsIgnored() {
    assertEquals(
        "203.0.113.9", ClientAddresses.clientOf("10.0.0.5", "1.2.3.4, 203.0.113.9", PROXY));
  }

  @Test
  void aHeaderFromAnUntrustedPeerIsIgnored() {
    assertEquals("198.51.100.1", ClientAddresses.clientOf("198.51.100.1", "203.0.113.9", PROXY));
  }

  @Test
  void chainsOfTrustedProxiesAreWalkedToTheFirstUntrustedHop() {
    Set<String> proxies = ClientAddresses.parse("10.0.0.5, 10.0.0.6");
    assertEquals(
        "203.0.113.9",
        ClientAddresses.clientOf("10.0.0.5", "6.6.6.6, 203.0.113.9, 10.0.0.6", proxies));
  }

  @Test
  void aTrustedProxyWithoutTheHeaderIsItselfTheClient() {
    assertEquals("10.0.0.5", ClientAddresses.clientOf("10.0.0.5", null, PROXY));
    assertEquals("10.0.0.5", ClientAddresses.clientOf("10.0.0.5", " , ", PROXY));
  }

  @Test
  void overlongValuesAreCut() {
    String junk = "x".repeat(500);
    assertEquals(64, ClientAddresses.clientOf("10.0.0.5", junk, PROXY).length());
  }
}
