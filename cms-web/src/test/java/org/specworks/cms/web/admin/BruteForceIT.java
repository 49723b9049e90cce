package org.specworks.cms.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.specworks.cms.testing.CmsIntegrationTest;
import org.specworks.cms.testing.SiteClient;
import org.specworks.cms.testing.StaffHttpSession;

/**
 * Password guessing over HTTP, as a script would do it, from clients told apart by a trusted
 * proxy's {@code X-Forwarded-For}: the guesser is made to wait, with a plain "try again in N
 * seconds", but cannot lock the real person out, who signs in from elsewhere at once and from the
 * guesser's own address once the wait is over; and administrators see the guessing on the
 * dashboard.
 */
@CmsIntegrationTest
@RunAsClient
class BruteForceIT {

  private static final String PASSWORD = "the right password 77";
  private static final Pattern TRY_AGAIN = Pattern.compile("try again in (\\d+) seconds?");

  @ArquillianResource private URL deployment;

  @Test
  void aGuesserIsMadeToWaitButTheOwnerStillSignsIn() throws InterruptedException {
    SiteClient site = new SiteClient(deployment);
    String target = newAccount(site);
    String guesser = "198.51.100." + (int) (Math.random() * 250);

    for (int guess = 1; guess <= 3; guess++) {
      String answer = text(attempt(site, guesser, target, "wrong guess number " + guess));
      assertTrue(answer.contains(LoginView.FAILED), "guess " + guess + ": " + answer);
    }
    HttpResponse<String> rightButWaiting = attempt(site, guesser, target, PASSWORD);
    assertEquals(200, rightButWaiting.statusCode(), "not signed in while waiting");
    Matcher wait = TRY_AGAIN.matcher(text(rightButWaiting));
    assertTrue(wait.find(), "the wait is said plainly: " + text(rightButWaiting));

    assertEquals(
        302,
        attempt(site, "203.0.113.10", target, PASSWORD).statusCode(),
        "the owner, elsewhere, signs in at once");

    Thread.sleep(Long.parseLong(wait.group(1)) * 1000 + 500);
    assertEquals(
        302,
        attempt(site, guesser, target, PASSWORD).statusCode(),
        "after the wait the right password works from the guesser's address too");

    StaffHttpSession admin =
        StaffHttpSession.signIn(site, "admin", System.getProperty("cms.it.adminPassword"));
    String dashboard = Jsoup.parse(admin.get("admin/index.xhtml").body()).text();
    assertTrue(dashboard.matches(".*\\d+ failed sign-ins in the last 24 hours.*"), dashboard);
  }

  @Test
  void anUnknownNameWaitsExactlyLikeARealOne() {
    SiteClient site = new SiteClient(deployment);
    String guesser = "198.51.100." + (int) (Math.random() * 250);
    String nobody = "no-such-" + UUID.randomUUID().toString().substring(0, 8);
    for (int guess = 1; guess <= 3; guess++) {
      assertTrue(
          text(attempt(site, guesser, nobody, "whatever it is " + guess))
              .contains(LoginView.FAILED));
    }
    assertTrue(TRY_AGAIN.matcher(text(attempt(site, guesser, nobody, "one more try 4"))).find());
  }

  @Test
  void manyFailuresFromOneAddressLockNobodyElseOutOfIt() {
    SiteClient site = new SiteClient(deployment);
    String shared = "192.0.2." + (int) (Math.random() * 250);
    for (int guess = 1; guess <= 21; guess++) {
      String answer =
          text(attempt(site, shared, "name-" + guess + "-" + UUID.randomUUID(), "x y z w 1 2"));
      assertFalse(TRY_AGAIN.matcher(answer).find(), "guess " + guess + " checked: " + answer);
    }

    assertEquals(
        302,
        attempt(site, shared, "admin", System.getProperty("cms.it.adminPassword")).statusCode(),
        "an administrator behind the same address signs in");
  }

  /** One sign-in attempt from {@code client} in a fresh session. */
  private static HttpResponse<String> attempt(
      SiteClient site, String client, String username, String password) {
    return StaffHttpSession.from(site, client).attemptSignIn(username, password);
  }

  private static String text(HttpResponse<String> answer) {
    assertEquals(200, answer.statusCode(), "a refused sign-in shows the form again");
    return Jsoup.parse(answer.body()).text();
  }

  private static String newAccount(SiteClient site) {
    String name = "brute-" + UUID.randomUUID().toString().substring(0, 8);
    StaffHttpSession.signIn(site, "admin", System.getProperty("cms.it.adminPassword"))
        .createEditor(name, PASSWORD);
    return name;
  }
}
