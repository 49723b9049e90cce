package org.specworks.cms.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeCacheAddressesTest {

  @Test
  void readsACommaSeparatedListAndLeavesOutWhatIsNoWebAddress() {
    assertEquals(List.of(), EdgeCacheAddresses.parse(""));
    assertEquals(
        List.of(URI.create("http://edge:80/"), URI.create("https://10.0.0.2/")),
        EdgeCacheAddresses.parse(
            " http://edge:80 , ,https://10.0.0.2/, ftp://x, edge:80, http://"));
  }
}
