package org.specworks.cms.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gzip | true",
        "gzip, deflate, br | true",
        "GZIP | true",
        "x-gzip | true",
        "br;q=1.0, gzip;q=0.8 | true",
        "gzip;q=0 | false",
        "gzip; q=0.000 | false",
        "gzip;q=0, *;q=1 | false",
        "*;q=0.1 | true",
        "* | true",
        "*;q=0 | false",
        "deflate, br | false",
        "identity | false",
        "gzip;q=abc | false",
        "gzip;q=2 | false",
        "' ' | false",
      })
  void decidesWhetherGzipMayBeSent(String header, boolean allowed) {
    assertEquals(allowed, AcceptEncoding.allowsGzip(header), header);
  }

  @org.junit.jupiter.api.Test
  void noHeaderMeansNoCompression() {
    assertEquals(false, AcceptEncoding.allowsGzip(null));
  }
}
