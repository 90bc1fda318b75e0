package org.knooppunt.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.knooppunt.platform.neo4j.Graph;
import org.knooppunt.platform.security.LoginThrottle;
import org.knooppunt.platform.security.PasswordHasher;
import org.knooppunt.platform.security.VerifiedPasswords;

/**
 * The write path for accounts and the check of a login. Login failures are counted by {@link
 * LoginThrottle}; a throttled account is refused even with the right password.
 */
@ApplicationScoped
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
  static final Set<String> LOCALES = Set.of("nl", "en");

  private final Graph graph;
  private final AccountRepository accounts;
  private final LoginThrottle throttle;

  @Inject
  public AccountService(Graph graph, AccountRepository accounts, LoginThrottle throttle) {
    this.graph = graph;
    this.accounts = accounts;
    this.throttle = throttle;
  }

  protected AccountService() {
    this(null, null, null);
  }

  /** The outcome of a login attempt. */
  public enum LoginOutcome {
    OK,
    INVALID,
    THROTTLED,
    /** The password is right, but the account awaits approval (a sign-up or claim). */
    PENDING,
    /** The password is right, but the sign-up or claim was rejected. */
    REJECTED
  }

  /** The account if the password is right and the account is not throttled. */
  public Optional<Account> login(String username, char[] password) {
    return check(username, password).account();
  }

  /** A login check with its outcome, for screens that explain a refusal. */
  public record LoginResult(LoginOutcome outcome, Optional<Account> account) {}

  public LoginResult check(String username, char[] password) {
    if (username == null || username.isBlank() || username.length() > 200 || password == null) {
      return new LoginResult(LoginOutcome.INVALID, Optional.empty());
    }
    String name = username.strip();
    if (throttle.blocked(name)) {
      return new LoginResult(LoginOutcome.THROTTLED, Optional.empty());
    }
    var found = graph.read(tx -> accounts.findByUsername(tx, name));
    String hash =
        found.map(AccountRepository.Credentials::passwordHash).orElse(PasswordHasher.dummy());
    boolean ok = VerifiedPasswords.verify(password, hash) && found.isPresent();
    if (!ok) {
      throttle.failed(name);
      return new LoginResult(LoginOutcome.INVALID, Optional.empty());
    }
    throttle.succeeded(name);
    AccountRepository.Credentials credentials = found.get();
    if (!credentials.active()) {
      return new LoginResult(
          "pending".equals(credentials.status()) ? LoginOutcome.PENDING : LoginOutcome.REJECTED,
          Optional.empty());
    }
    return new LoginResult(LoginOutcome.OK, Optional.of(credentials.account()));
  }

  /**
   * Why a refused login was refused, for the login page to explain an account awaiting approval: a
   * password check only for accounts that are not active, and without counting a failure (the
   * identity store counted it already).
   */
  public LoginOutcome refusal(String username, char[] password) {
    if (username == null || username.isBlank() || username.length() > 200 || password == null) {
      return LoginOutcome.INVALID;
    }
    var found = graph.read(tx -> accounts.findByUsername(tx, username.strip()));
    if (found.isEmpty() || found.get().active()) {
      return LoginOutcome.INVALID;
    }
    if (!VerifiedPasswords.verify(password, found.get().passwordHash())) {
      return LoginOutcome.INVALID;
    }
    return "pending".equals(found.get().status()) ? LoginOutcome.PENDING : LoginOutcome.REJECTED;
  }

  public Optional<Account> find(String username) {
    return graph
        .read(tx -> accounts.findByUsername(tx, username))
        .map(AccountRepository.Credentials::account);
  }

  /** Creates an account (admin work, demo data and the first admin). */
  public String create(
      String username,
      String displayName,
      char[] password,
      List<Role> roles,
      String organisationId,
      List<String> regionIds,
      boolean demo) {
    String hash = PasswordHasher.hash(password);
    return graph.write(tx ->
        accounts.create(tx, username, displayName, hash, roles, organisationId, regionIds, demo));
  }

  /**
   * Creates the first administrator from configuration when no administrator exists yet. Does
   * nothing when one exists, so a restart (or a changed password in the configuration) never
   * overwrites an account.
   */
  public boolean ensureFirstAdmin(String username, String password) {
    if (username == null || username.isBlank() || password == null || password.isBlank()) {
      return false;
    }
    long admins = graph.read(tx -> accounts.countWithRole(tx, Role.ADMIN));
    if (admins > 0) {
      return false;
    }
    if (find(username.strip()).isPresent()) {
      LOG.warning(() ->
          "No administrator exists, but the configured first administrator '"
              + username
              + "' is already an account without that role; nothing was changed.");
      return false;
    }
    create(
        username, "Beheerder", password.toCharArray(), List.of(Role.ADMIN), null, List.of(), false);
    LOG.info(() -> "Created the first administrator account '" + username + "'");
    return true;
  }

  /** Remembers the user's interface language. Only nl and en exist; anything else is ignored. */
  public void setLocale(String username, String locale) {
    if (username == null || !LOCALES.contains(locale)) {
      return;
    }
    graph.write(tx -> {
      accounts.setLocale(tx, username, locale);
      return null;
    });
  }
}
