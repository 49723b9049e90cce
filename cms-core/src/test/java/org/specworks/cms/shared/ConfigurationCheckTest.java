package org.specworks.cms.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigurationCheckTest {

  private static List<ConfigurationCheck.Problem> problemsWith(Map<String, String> values) {
    return new ConfigurationCheck(name -> Optional.ofNullable(values.get(name))).problems();
  }

  @Test
  void acceptsNothingSetSinceEveryDefaultIsValid() {
    assertEquals(List.of(), problemsWith(Map.of()));
  }

  @Test
  void acceptsTheValuesTheReadmeShows() {
    assertEquals(
        List.of(),
        problemsWith(
            Map.ofEntries(
                Map.entry("cms.db.url", "jdbc:postgresql://127.0.0.1:5432/cms"),
                Map.entry("cms.admin.username", "admin"),
                Map.entry("cms.admin.initial-password", "correct horse battery"),
                Map.entry("cms.public-url", "https://www.example.org"),
                Map.entry("cms.upload.max-bytes", "20971520"),
                Map.entry("cms.security.hsts-max-age", "0"),
                Map.entry("cms.security.secure-cookies", "true"),
                Map.entry("cms.checks.spelling-traps", "SpeckWorks=SpecWorks, Teh=The"),
                Map.entry("cms.schedules.poll-seconds", "0"),
                Map.entry("cms.schedules.max-attempts", "3"),
                Map.entry("cms.preview.secret", "x".repeat(32)),
                Map.entry("cms.edge-cache.urls", "http://edge:80, http://edge-2"),
                Map.entry("cms.cluster.safety-net-seconds", "5"),
                Map.entry("CMS_PORT", "8080"))));
  }

  /** One invalid value per setting that can be invalid: the problem names it and says why. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "cms.admin.initial-password | my admin passphrase | CMS_ADMIN_INITIAL_PASSWORD | must not contain the user name",
        "cms.admin.initial-password | short        | CMS_ADMIN_INITIAL_PASSWORD | at least 12",
        "cms.admin.username         | Root User    | CMS_ADMIN_USERNAME         | A user name has 2 to 63",
        "cms.db.url                 | postgres://x | CMS_DB_URL                 | starts with 'jdbc:'",
        "cms.public-url             | example.org  | CMS_PUBLIC_URL             | not an http:// or https:// address",
        "cms.upload.max-bytes       | 20MB         | CMS_UPLOAD_MAX_BYTES       | not a whole number",
        "cms.upload.max-bytes       | 0            | CMS_UPLOAD_MAX_BYTES       | less than 1",
        "cms.security.hsts-max-age  | -1           | CMS_SECURITY_HSTS_MAX_AGE  | less than 0",
        "cms.security.secure-cookies | yes         | CMS_SECURITY_SECURE_COOKIES | neither true nor false",
        "cms.checks.spelling-traps  | SpeckWorks   | CMS_CHECKS_SPELLING_TRAPS  | not a wrong=right pair",
        "cms.schedules.poll-seconds | 30s          | CMS_SCHEDULES_POLL_SECONDS | not a whole number",
        "cms.schedules.first-poll-seconds | -5     | CMS_SCHEDULES_FIRST_POLL_SECONDS | less than 0",
        "cms.schedules.max-attempts | 0            | CMS_SCHEDULES_MAX_ATTEMPTS | less than 1",
        "cms.schedules.retry-delay-seconds | soon  | CMS_SCHEDULES_RETRY_DELAY_SECONDS | not a whole number",
        "cms.preview.secret         | too-short    | CMS_PREVIEW_SECRET         | at least 32 characters",
        "cms.import.archive         | /no/such/archive.zip | CMS_IMPORT_ARCHIVE | no readable file",
        "cms.edge-cache.urls        | http://edge:80,edge-2 | CMS_EDGE_CACHE_URLS | 'edge-2' is not an http://",
        "cms.cluster.safety-net-seconds | often    | CMS_CLUSTER_SAFETY_NET_SECONDS | not a whole number",
        "CMS_PORT                   | 80800        | CMS_PORT                   | not a port",
        "CMS_MANAGEMENT_PORT        | nine         | CMS_MANAGEMENT_PORT        | not a whole number",
      })
  void refusesAnInvalidValueNamingTheSetting(
      String setting, String value, String variable, String reason) {
    List<ConfigurationCheck.Problem> problems = problemsWith(Map.of(setting, value));

    assertEquals(1, problems.size(), () -> problems.toString());
    String line = problems.get(0).line();
    assertTrue(line.startsWith("Invalid configuration: " + variable), line);
    assertTrue(line.contains(reason), line);
  }

  @Test
  void judgesThePasswordAgainstTheConfiguredUserName() {
    List<ConfigurationCheck.Problem> problems =
        problemsWith(
            Map.of(
                "cms.admin.username", "Webmaster",
                "cms.admin.initial-password", "the webmaster's own phrase"));

    assertEquals("cms.admin.initial-password", problems.get(0).property());
  }

  @Test
  void neverPrintsThePasswordItRefuses() {
    String line =
        problemsWith(Map.of("cms.admin.initial-password", "admin passphrase 42")).get(0).line();

    assertTrue(!line.contains("passphrase 42"), line);
  }

  @Test
  void mapsPropertiesToTheirEnvironmentVariables() {
    assertEquals(
        "CMS_ADMIN_INITIAL_PASSWORD", ConfigurationCheck.variableOf("cms.admin.initial-password"));
  }
}
