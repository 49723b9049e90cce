package org.specworks.cms.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Purges reach each cache, a refusing cache is asked again for what failed (logged), and giving up
 * is logged as an error. Delayed tasks are run by hand, so no test waits.
 */
class PurgeRequestsTest {

  private record Delayed(Duration delay, Runnable task) {}

  private final Deque<Delayed> queued = new ArrayDeque<>();
  private final AtomicInteger givenUp = new AtomicInteger();
  private final PurgeRequests requests =
      new PurgeRequests((delay, task) -> queued.add(new Delayed(delay, task)), givenUp::addAndGet);
  private final List<String> received = Collections.synchronizedList(new ArrayList<>());
  private final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private HttpServer cache;
  private volatile int refusalsLeft;

  @BeforeEach
  void startCache() throws IOException {
    cache = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    cache.createContext(
        "/",
        exchange -> {
          received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
          int status = refusalsLeft-- > 0 ? 503 : 200;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    cache.start();
    Logger.getLogger(PurgeRequests.class.getName()).addHandler(capture);
  }

  @AfterEach
  void stopCache() {
    cache.stop(0);
    Logger.getLogger(PurgeRequests.class.getName()).removeHandler(capture);
  }

  private URI cacheAddress() {
    return URI.create("http://127.0.0.1:" + cache.getAddress().getPort() + "/");
  }

  private Delayed runNext() {
    Delayed next = queued.removeFirst();
    next.task().run();
    return next;
  }

  @Test
  void sendsOnePurgePerAddressNowAndAgainAfterAPause() {
    requests.send(List.of(cacheAddress()), Set.of("/cms/a", "/cms/api/v1/items"), "/a");

    assertEquals(Duration.ZERO, runNext().delay());
    assertEquals(Set.of("PURGE /cms/a", "PURGE /cms/api/v1/items"), Set.copyOf(received));
    assertEquals(2, received.size());
    assertEquals(PurgeRequests.SECOND_PASS, runNext().delay(), "the second pass");
    assertEquals(4, received.size());
    assertTrue(queued.isEmpty(), "nothing failed, nothing retried");
    assertTrue(logged.stream().noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue()));
    assertEquals(0, givenUp.get());
  }

  @Test
  void aRefusedPurgeIsRetriedWithGrowingDelaysAndLogged() {
    refusalsLeft = 2;
    requests.send(List.of(cacheAddress()), List.of("/a"), "/a");
    queued.removeLast(); // the second pass is not under test here

    runNext();
    Delayed retry = runNext();
    assertEquals(PurgeRequests.RETRY_DELAYS.get(0), retry.delay());
    Delayed secondRetry = runNext();
    assertEquals(PurgeRequests.RETRY_DELAYS.get(1), secondRetry.delay());
    assertTrue(queued.isEmpty(), "the third attempt succeeded");
    assertEquals(0, givenUp.get(), "nothing given up on");
    assertEquals(List.of("PURGE /a", "PURGE /a", "PURGE /a"), received);
    assertEquals(2, logged.stream().filter(r -> r.getLevel() == Level.WARNING).count());
    assertTrue(logged.get(0).getMessage().contains("answered 503"), logged.get(0).getMessage());
  }

  @Test
  void anUnreachableCacheIsGivenUpOnAfterTheLastRetryWithAnError() {
    URI nowhere = cacheAddress();
    cache.stop(0);
    requests.send(List.of(nowhere), List.of("/a", "/b"), "/a");
    queued.removeLast();

    int attempts = 0;
    while (!queued.isEmpty()) {
      runNext();
      attempts++;
    }
    assertEquals(1 + PurgeRequests.RETRY_DELAYS.size(), attempts);
    LogRecord last = logged.get(logged.size() - 1);
    assertEquals(Level.SEVERE, last.getLevel());
    assertTrue(last.getMessage().contains("gave up purging [/a, /b]"), last.getMessage());
    assertEquals(2, givenUp.get(), "both addresses counted for the purge-failure metric");
  }
}
