package org.specworks.cms.shared;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.specworks.cms.identity.PasswordPolicy;
import org.specworks.cms.identity.StaffAccount;

/**
 * Checks the configuration before the server starts: {@code ./run.sh} and the production image run
 * {@link #main} first, so a value the application would refuse at deployment (a first password
 * containing the user name, say) stops the start with one line naming the setting, instead of a
 * server that prints "ready" with nothing deployed. The rules are the application's own ({@link
 * PasswordPolicy}, {@link StaffAccount#normaliseUsername}) or the ones the code reading each
 * setting assumes.
 *
 * <p>Values are looked up as MicroProfile Config does: system property, then the environment
 * variable ({@code cms.admin.initial-password} → {@code CMS_ADMIN_INITIAL_PASSWORD}); unset
 * settings keep their defaults, which are valid.
 */
public final class ConfigurationCheck {

  /** Exit status of an invalid configuration (as {@code ./run.sh} uses for its own refusals). */
  public static final int INVALID = 2;

  /** One invalid setting: its property, its environment variable and what is wrong. */
  public record Problem(String property, String variable, String reason) {
    public String line() {
      return "Invalid configuration: "
          + (property.isEmpty() ? variable : variable + " (" + property + ")")
          + ": "
          + reason;
    }
  }

  private final Function<String, Optional<String>> lookUp;

  /**
   * {@code lookUp} takes a property name ({@code cms.db.url}) or a bare variable ({@code
   * CMS_PORT}).
   */
  public ConfigurationCheck(Function<String, Optional<String>> lookUp) {
    this.lookUp = lookUp;
  }

  /** Reads system properties and environment variables as MicroProfile Config does. */
  public static ConfigurationCheck ofProcess() {
    Map<String, String> env = System.getenv();
    return new ConfigurationCheck(
        name ->
            Optional.ofNullable(System.getProperty(name))
                .or(() -> Optional.ofNullable(env.get(name)))
                .or(() -> Optional.ofNullable(env.get(variableOf(name)))));
  }

  public static void main(String[] args) {
    System.exit(run(ofProcess(), System.err));
  }

  /** Prints one line per invalid setting to {@code out}; the exit status ({@code 0} when valid). */
  public static int run(ConfigurationCheck check, PrintStream out) {
    List<Problem> problems = check.problems();
    problems.forEach(problem -> out.println(problem.line()));
    return problems.isEmpty() ? 0 : INVALID;
  }

  /** {@code cms.admin.initial-password} → {@code CMS_ADMIN_INITIAL_PASSWORD}. */
  static String variableOf(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** Every invalid setting, in the order of README's table; empty when all are valid. */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    check(problems, "cms.db.url", ConfigurationCheck::jdbcUrl);
    check(problems, "cms.admin.username", ConfigurationCheck::username);
    String username =
        value("cms.admin.username")
            .map(String::strip)
            .map(name -> name.toLowerCase(Locale.ROOT))
            .orElse("admin");
    check(
        problems,
        "cms.admin.initial-password",
        password ->
            password.isBlank()
                ? Optional.empty()
                : PasswordPolicy.problemWith(password.toCharArray(), username));
    check(problems, "cms.public-url", ConfigurationCheck::webAddress);
    check(problems, "cms.upload.max-bytes", text -> number(text, 1));
    check(problems, "cms.security.hsts-max-age", text -> number(text, 0));
    check(problems, "cms.security.secure-cookies", ConfigurationCheck::trueOrFalse);
    check(problems, "cms.checks.spelling-traps", ConfigurationCheck::spellingTraps);
    check(problems, "cms.schedules.poll-seconds", text -> number(text, 0));
    check(problems, "cms.schedules.first-poll-seconds", text -> number(text, 0));
    check(problems, "cms.schedules.max-attempts", text -> number(text, 1));
    check(problems, "cms.schedules.retry-delay-seconds", text -> number(text, 0));
    check(problems, "cms.preview.secret", ConfigurationCheck::secret);
    check(problems, "cms.import.archive", ConfigurationCheck::readableFile);
    check(problems, "cms.edge-cache.urls", ConfigurationCheck::webAddresses);
    check(problems, "cms.cluster.safety-net-seconds", text -> number(text, 0));
    checkVariable(problems, "CMS_PORT", ConfigurationCheck::port);
    checkVariable(problems, "CMS_MANAGEMENT_PORT", ConfigurationCheck::port);
    return problems;
  }

  private Optional<String> value(String property) {
    return lookUp.apply(property);
  }

  private void check(
      List<Problem> problems, String property, Function<String, Optional<String>> rule) {
    value(property)
        .flatMap(rule)
        .ifPresent(reason -> problems.add(new Problem(property, variableOf(property), reason)));
  }

  private void checkVariable(
      List<Problem> problems, String variable, Function<String, Optional<String>> rule) {
    lookUp
        .apply(variable)
        .flatMap(rule)
        .ifPresent(reason -> problems.add(new Problem("", variable, reason)));
  }

  private static Optional<String> jdbcUrl(String text) {
    return text.strip().startsWith("jdbc:")
        ? Optional.empty()
        : Optional.of("a JDBC URL starts with 'jdbc:' (e.g. jdbc:postgresql://host:5432/cms)");
  }

  private static Optional<String> username(String text) {
    try {
      StaffAccount.normaliseUsername(text);
      return Optional.empty();
    } catch (IllegalArgumentException refused) {
      return Optional.of(refused.getMessage());
    }
  }

  private static Optional<String> number(String text, long minimum) {
    try {
      long value = Long.parseLong(text.strip());
      return value >= minimum
          ? Optional.empty()
          : Optional.of("'" + text + "' is less than " + minimum);
    } catch (NumberFormatException notANumber) {
      return Optional.of("'" + text + "' is not a whole number");
    }
  }

  private static Optional<String> trueOrFalse(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    return value.equals("true") || value.equals("false")
        ? Optional.empty()
        : Optional.of("'" + text + "' is neither true nor false");
  }

  private static Optional<String> webAddress(String text) {
    try {
      URI address = URI.create(text.strip());
      boolean web = "http".equals(address.getScheme()) || "https".equals(address.getScheme());
      if (web && address.getHost() != null) {
        return Optional.empty();
      }
    } catch (IllegalArgumentException malformed) {
      // reported below
    }
    return Optional.of("'" + text + "' is not an http:// or https:// address with a host");
  }

  private static Optional<String> webAddresses(String text) {
    for (String entry : text.split(",")) {
      if (!entry.isBlank()) {
        Optional<String> problem = webAddress(entry);
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    return Optional.empty();
  }

  /** Pairs ContentChecks would silently leave out are refused here. */
  private static Optional<String> spellingTraps(String text) {
    for (String pair : text.split(",")) {
      if (!pair.isBlank() && !pair.strip().matches("[^=]+=[^=]+")) {
        return Optional.of("'" + pair.strip() + "' is not a wrong=right pair");
      }
    }
    return Optional.empty();
  }

  /** A shorter secret would be ignored (SigningKeys), which nobody who set one expects. */
  private static Optional<String> secret(String text) {
    return text.isEmpty() || text.length() >= SigningKeys.MINIMUM_SECRET_LENGTH
        ? Optional.empty()
        : Optional.of(
            "a secret needs at least "
                + SigningKeys.MINIMUM_SECRET_LENGTH
                + " characters, this one has "
                + text.length());
  }

  private static Optional<String> readableFile(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    Path file = Path.of(text.strip());
    return Files.isRegularFile(file) && Files.isReadable(file)
        ? Optional.empty()
        : Optional.of("no readable file at '" + text + "'");
  }

  private static Optional<String> port(String text) {
    Optional<String> problem = number(text, 1);
    if (problem.isPresent()) {
      return problem;
    }
    return Long.parseLong(text.strip()) <= 65535
        ? Optional.empty()
        : Optional.of("'" + text + "' is not a port (1 to 65535)");
  }
}
