package org.knooppunt.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a while, that a password matched a stored hash, so that an API client sending HTTP
 * Basic on every request does not pay a deliberately slow PBKDF2 derivation (about 0.2 s of CPU)
 * each time; without it a few busy API clients could keep the server's cores busy hashing.
 *
 * <p>What is remembered is an HMAC, under a random key that lives only in this process's memory, of
 * the stored hash together with the password: never the password, and worthless outside this
 * process. The stored hash is part of the key, so a changed password is a miss at once; account
 * status and roles are read from the graph on every request anyway. Only matches are remembered: a
 * wrong password always costs the full derivation, so guessing gets no faster and timing tells an
 * attacker nothing about wrong guesses.
 */
public final class VerifiedPasswords {

  private static final byte[] KEY = new byte[32];

  static {
    new SecureRandom().nextBytes(KEY);
  }

  private static final Cache<String, Boolean> MATCHES =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(10)).build();

  private VerifiedPasswords() {}

  /** {@link PasswordHasher#verify}, answered from memory when this pair matched recently. */
  public static boolean verify(char[] password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    String key = fingerprint(password, stored);
    if (MATCHES.getIfPresent(key) != null) {
      return true;
    }
    boolean ok = PasswordHasher.verify(password, stored);
    if (ok) {
      MATCHES.put(key, Boolean.TRUE);
    }
    return ok;
  }

  private static String fingerprint(char[] password, String stored) {
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      mac.update(stored.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(bytes));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
