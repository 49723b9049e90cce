package org.specworks.cms.identity;

import java.security.SecureRandom;

/** Random passwords for accounts whose holder must choose their own at first sign-in. */
public final class InitialPassword {

  // No 0/O, 1/l/I: the password is read off a console and typed by a person.
  private static final char[] ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private InitialPassword() {}

  /** 20 characters from a 57-letter alphabet: about 116 bits. */
  public static char[] generate() {
    char[] password = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return password;
  }
}
