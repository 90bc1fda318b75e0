package org.knooppunt.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

  @Test
  void aRememberedMatchStillRefusesEveryOtherPassword() {
    String stored = PasswordHasher.hash("juist-wachtwoord".toCharArray());
    assertTrue(VerifiedPasswords.verify("juist-wachtwoord".toCharArray(), stored));
    assertTrue(VerifiedPasswords.verify("juist-wachtwoord".toCharArray(), stored), "remembered");
    assertFalse(VerifiedPasswords.verify("juist-wachtwoorD".toCharArray(), stored));
    assertFalse(VerifiedPasswords.verify("".toCharArray(), stored));
    assertFalse(VerifiedPasswords.verify(null, stored));
    assertFalse(VerifiedPasswords.verify("juist-wachtwoord".toCharArray(), null));
  }

  @Test
  void aChangedPasswordIsNotAnsweredFromMemory() {
    String before = PasswordHasher.hash("oud-wachtwoord".toCharArray());
    assertTrue(VerifiedPasswords.verify("oud-wachtwoord".toCharArray(), before));
    String after = PasswordHasher.hash("nieuw-wachtwoord".toCharArray());
    assertFalse(VerifiedPasswords.verify("oud-wachtwoord".toCharArray(), after));
    assertTrue(VerifiedPasswords.verify("nieuw-wachtwoord".toCharArray(), after));
  }

  @Test
  void aForgedStoredHashIsNotTrusted() {
    assertFalse(VerifiedPasswords.verify("x".toCharArray(), "garbage"));
    assertFalse(VerifiedPasswords.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:1:AAAA:AAAA"));
  }
}
