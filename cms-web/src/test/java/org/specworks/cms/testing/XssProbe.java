package org.specworks.cms.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens pages in headless Chromium that is instrumented before any page script could run, and
 * reports every sign of injected script: calls to alert/confirm/prompt/print, scripts the
 * Content-Security-Policy had to block, and event handlers, script URLs or active elements in the
 * DOM.
 */
public final class XssProbe {

  public static final String SKIP_REASON =
      "skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver); "
          + ".ci/run installs them";

  /** Runs in every page before its own content: records what a payload would do if it ran. */
  private static final String TRAPS =
      """
      window.__xss = [];
      for (const name of ['alert', 'confirm', 'prompt', 'print']) {
        window[name] = (...args) => window.__xss.push(name + '(' + args.join(',') + ')');
      }
      document.addEventListener('securitypolicyviolation', e => {
        if (!e.effectiveDirective.startsWith('img-src') && !e.effectiveDirective.startsWith('media-src')) {
          window.__xss.push('blocked by CSP ' + e.effectiveDirective + ': ' + (e.sample || e.blockedURI));
        }
      });
      """;

  /** Collects what must never be in a published page's DOM. */
  private static final String INSPECT_DOM =
      """
      const found = [...window.__xss];
      const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster',
          'srcset', 'dynsrc', 'lowsrc', 'code'];
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          const name = attr.name.toLowerCase();
          const value = attr.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
          if (name.startsWith('on')) found.push(el.tagName + ' has handler ' + name);
          if (name === 'srcdoc') found.push(el.tagName + ' has srcdoc');
          if (urlAttributes.includes(name) && /(^|,)(javascript:|vbscript:|data:text\\/html|data:image\\/svg)/.test(value)) {
            found.push(el.tagName + ' ' + name + '=' + attr.value);
          }
          if (name === 'style' && el.closest('main')) found.push(el.tagName + ' has inline style');
        }
      }
      for (const el of document.querySelectorAll('script, iframe, frame, frameset, object, embed, applet, base, '
          + 'form, input, button, textarea, select, svg, math, style:not(head style), link:not(head link), '
          + 'meta:not(head meta), template, video, audio, marquee, details')) {
        const ours = el.closest('form.site-search'); // the declarations table's own search form
        if (!ours && (el.closest('main') || el.tagName === 'SCRIPT' || el.tagName === 'BASE')) {
          found.push('element ' + el.tagName);
        }
      }
      return found;
      """;

  private XssProbe() {}

  public static boolean canRun() {
    return Browser.isInstalled();
  }

  /** Every problem found, as "page: problem"; empty when no payload did or could do anything. */
  public static List<String> problemsOn(URI base, List<String> paths, String screenshotsName) {
    List<String> problems = new ArrayList<>();
    try (Browser browser = Browser.start(screenshotsName, "noPayloadRuns")) {
      ChromeDriver driver = (ChromeDriver) browser.driver();
      driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAPS));
      for (String path : paths) {
        driver.get(base.resolve(path.substring(1)).toString());
        if (driver.getTitle().contains("not found")) {
          problems.add(path + ": not published, so nothing was tested");
          continue;
        }
        pause(); // lets error, load and focus handlers fire, as they would for a reader
        @SuppressWarnings("unchecked")
        List<Object> found =
            (List<Object>) ((JavascriptExecutor) driver).executeScript(INSPECT_DOM);
        found.forEach(problem -> problems.add(path + ": " + problem));
      }
      browser.screenshot("last-page");
    }
    return problems;
  }

  /**
   * What the probe reports for two pages that are known to be unsafe, served from a throwaway
   * server on loopback: one runs an event handler (no CSP), one has an inline script that a CSP
   * blocks. A probe that reports nothing here would prove nothing elsewhere.
   */
  public static List<String> problemsOnKnownBadPages() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve(server, "/handler", "<img src=x onerror=alert('handler')>", null);
    serve(server, "/inline", "<main><script>alert('inline')</script></main>", "default-src 'none'");
    server.start();
    try {
      URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
      return problemsOn(base, List.of("/handler", "/inline"), "XssProbeSelfTest");
    } finally {
      server.stop(0);
    }
  }

  private static void serve(HttpServer server, String path, String body, String csp) {
    server.createContext(
        path,
        exchange -> {
          byte[] page =
              ("<!doctype html><title>known bad</title>" + body).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          if (csp != null) {
            exchange.getResponseHeaders().set("Content-Security-Policy", csp);
          }
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
