package org.specworks.cms.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first: a list shipped with the application ({@code
 * identity/common-passwords.txt}), so the check works offline and tells no third party anything.
 */
final class CommonPasswords {

  static final String RESOURCE = "/identity/common-passwords.txt";

  private CommonPasswords() {}

  /** Whether {@code candidate}, in any letter case, is on the list. */
  static boolean contains(String candidate) {
    return Loaded.LIST.contains(candidate.toLowerCase(Locale.ROOT));
  }

  static int size() {
    return Loaded.LIST.size();
  }

  /** Read on first use only: most requests never set a password. */
  private static final class Loaded {
    static final Set<String> LIST = read();

    private static Set<String> read() {
      Set<String> list = new HashSet<>(40_000);
      try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The common-password list " + RESOURCE + " is missing");
        }
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            list.add(line.strip().toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(list);
    }
  }
}
