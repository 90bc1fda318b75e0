package org.knooppunt.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.platform.neo4j.TestGraph;
import org.knooppunt.platform.security.LoginThrottle;

class AccountServiceTest {

  private AccountService service;

  @BeforeEach
  void setUp() {
    TestGraph.wipe();
    service = new AccountService(TestGraph.graph(), new AccountRepository(), new LoginThrottle());
  }

  @Test
  void storesOnlyAPasswordHashAndAcceptsTheRightPassword() {
    service.create(
        "anna",
        "Anna",
        "geheim-genoeg".toCharArray(),
        List.of(Role.LIBRARIAN),
        null,
        List.of(),
        false);
    String stored =
        TestGraph.graph()
            .read(tx ->
                tx.run("MATCH (a:Account {username: 'anna'}) RETURN a.passwordHash")
                    .single()
                    .get(0)
                    .asString());
    assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:"));
    assertFalse(stored.contains("geheim-genoeg"));
    var account = service.login("anna", "geheim-genoeg".toCharArray());
    assertTrue(account.isPresent());
    assertTrue(account.get().has(Role.LIBRARIAN));
    assertTrue(service.login("anna", "fout".toCharArray()).isEmpty());
    assertTrue(service.login("nobody", "geheim-genoeg".toCharArray()).isEmpty());
  }

  @Test
  void refusesEvenTheRightPasswordAfterFiveFailuresInAMinute() {
    service.create(
        "bert",
        "Bert",
        "juist-wachtwoord".toCharArray(),
        List.of(Role.ADMIN),
        null,
        List.of(),
        false);
    for (int i = 0; i < 5; i++) {
      assertEquals(
          AccountService.LoginOutcome.INVALID,
          service.check("bert", "fout".toCharArray()).outcome());
    }
    assertEquals(
        AccountService.LoginOutcome.THROTTLED,
        service.check("bert", "juist-wachtwoord".toCharArray()).outcome());
  }

  @Test
  void createsTheFirstAdminFromConfigurationOnlyOnce() {
    assertTrue(service.ensureFirstAdmin("root", "een-lang-wachtwoord"));
    assertFalse(service.ensureFirstAdmin("root2", "ander-wachtwoord"));
    assertTrue(service.login("root", "een-lang-wachtwoord".toCharArray()).isPresent());
    assertTrue(service.find("root2").isEmpty());
    assertFalse(service.ensureFirstAdmin(null, null));
  }

  @Test
  void neverTurnsAnExistingAccountIntoTheFirstAdmin() {
    service.create(
        "eva",
        "Eva",
        "wachtwoord-123".toCharArray(),
        List.of(Role.PARTNER),
        null,
        List.of(),
        false);
    assertFalse(service.ensureFirstAdmin("eva", "iets-anders"));
    assertFalse(service.find("eva").orElseThrow().has(Role.ADMIN));
    assertTrue(service.login("eva", "wachtwoord-123".toCharArray()).isPresent());
  }

  @Test
  void remembersOnlySupportedLanguages() {
    service.create(
        "cas",
        "Cas",
        "wachtwoord-123".toCharArray(),
        List.of(Role.POLICY),
        null,
        List.of("PV26"),
        false);
    service.setLocale("cas", "en");
    assertEquals("en", service.find("cas").orElseThrow().locale());
    service.setLocale("cas", "fr'; DROP");
    assertEquals("en", service.find("cas").orElseThrow().locale());
    assertEquals(List.of("PV26"), service.find("cas").orElseThrow().regionIds());
  }
}
