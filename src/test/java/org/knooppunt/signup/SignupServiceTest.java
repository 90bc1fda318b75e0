package org.knooppunt.signup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.knooppunt.account.Account;
import org.knooppunt.account.AccountRepository;
import org.knooppunt.account.AccountService;
import org.knooppunt.account.Role;
import org.knooppunt.inbox.InboxRepository;
import org.knooppunt.inbox.InboxService;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationFilter;
import org.knooppunt.organisation.OrganisationForm;
import org.knooppunt.organisation.OrganisationRepository;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;
import org.knooppunt.platform.security.LoginThrottle;
import org.knooppunt.search.SearchRepository;

/**
 * Library L in Utrecht (GM0344, also serving Nieuwegein GM0356) with its librarian "bib"; library M
 * in Amsterdam (GM0363) with its librarian "other"; an admin, a policy account. A clock the tests
 * move, and a throttle of 5 attempts per 10 minutes per address.
 */
class SignupServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final Locale NL = Messages.DUTCH;
  private static final String PASSWORD = "Sterk-Wachtw00rd!";

  private static Account account(String name, Role role, String organisation) {
    return new Account(
        name, name, "Naam " + name, Set.of(role), "nl", organisation, null, List.of());
  }

  private static final Account BIB = account("bib", Role.LIBRARIAN, "L");
  private static final Account OTHER = account("other", Role.LIBRARIAN, "M");
  private static final Account ADMIN = account("admin", Role.ADMIN, null);
  private static final Account POLICY = account("beleid", Role.POLICY, null);

  /** A clock the tests move forward. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-21T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private MovableClock clock;
  private SignupService service;
  private OrganisationService organisations;
  private AccountService accounts;
  private InboxService inbox;
  private int client;

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (utrecht:Municipality {id: 'GM0344'}), (nieuwegein:Municipality {id: 'GM0356'}),
                          (amsterdam:Municipality {id: 'GM0363'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb', version: 1, status: 'active'})
                    CREATE (m:Organisation:Library {id: 'M', name: 'Andere bieb', version: 1, status: 'active'})
                    CREATE (l)-[:LOCATED_IN]->(utrecht), (l)-[:SERVES]->(utrecht), (l)-[:SERVES]->(nieuwegein)
                    CREATE (m)-[:LOCATED_IN]->(amsterdam), (m)-[:SERVES]->(amsterdam)
                    CREATE (:Account {id: 'a1', username: 'bib', displayName: 'Naam bib', roles: ['librarian']})-[:ACTS_FOR]->(l)
                    CREATE (:Account {id: 'a2', username: 'other', displayName: 'Naam other', roles: ['librarian']})-[:ACTS_FOR]->(m)
                    CREATE (:Account {id: 'a3', username: 'admin', displayName: 'Naam admin', roles: ['admin']})
                    CREATE (:Account {id: 'a4', username: 'beleid', displayName: 'Naam beleid', roles: ['policy']})
                    """,
                    Map.of())
                .consume());
    clock = new MovableClock();
    organisations =
        new OrganisationService(TestGraph.graph(), new OrganisationRepository(), VALIDATION);
    inbox = new InboxService(TestGraph.graph(), new InboxRepository());
    service =
        new SignupService(
            TestGraph.graph(),
            new SignupRepository(),
            new OrganisationRepository(),
            organisations,
            inbox,
            new AuditLog(),
            new SignupThrottle(5, Duration.ofMinutes(10), clock),
            VALIDATION,
            clock);
    accounts = new AccountService(TestGraph.graph(), new AccountRepository(), new LoginThrottle());
  }

  /** Each call from a new client address, so only the throttling test meets the limit. */
  private String address() {
    return "10.0.0." + (++client);
  }

  static OrganisationForm organisation(String name, String number, String municipality) {
    OrganisationForm f = new OrganisationForm();
    f.setKind(Kind.PARTNER);
    f.setName(name);
    f.setSector("welzijn");
    f.setMunicipalityCode(municipality);
    f.setRegistrationNumber(number);
    f.setStreet("Straat 1");
    f.setEmail("info@welzijn.example");
    f.setWebsite("https://welzijn.example");
    f.setTopicIds(List.of("taalvaardigheid"));
    f.setTargetGroupIds(List.of("laaggeletterden"));
    return f;
  }

  static ContactForm contact(String username) {
    ContactForm c = new ContactForm();
    c.setUsername(username);
    c.setDisplayName("Contact " + username);
    c.setEmail(username + "@welzijn.example");
    c.setPassword(PASSWORD);
    return c;
  }

  static SignupForm signup(String name, String number, String username) {
    SignupForm f = new SignupForm();
    f.setOrganisation(organisation(name, number, "GM0344"));
    f.setContact(contact(username));
    return f;
  }

  private SignupService.Submitted signUp(String name, String number, String username) {
    return service.signUp(signup(name, number, username), address(), NL);
  }

  /** Everything a refused request could have left behind. */
  private static String snapshot() {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    """
                    RETURN COUNT { (o:Organisation) } AS organisations, COUNT { (a:Account) } AS accounts,
                           COUNT { (r:SignupRequest) } AS requests, COUNT { (i:Invite) } AS invites,
                           COLLECT { MATCH (o:Organisation) RETURN o.id + ':' + coalesce(o.status, '-') } AS statuses,
                           COLLECT { MATCH (a:Account) RETURN a.username + ':' + coalesce(a.status, '-') } AS accountStatuses,
                           COUNT { ()-[:ACTS_FOR]->() } AS actsFor
                    """)
                .single()
                .asMap()
                .toString());
  }

  private static String status(String label, String id) {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    "MATCH (n {id: $id}) WHERE $label IN labels(n) RETURN n.status AS s",
                    Map.of("id", id, "label", label))
                .single()
                .get("s")
                .asString(null));
  }

  private static List<String> audit(String action) {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    "MATCH (e:AuditEntry {action: $action}) RETURN e.actor + '|' + e.subject + '|' + coalesce(e.detail, '') AS x ORDER BY x",
                    Map.of("action", action))
                .list(r -> r.get("x").asString()));
  }

  private static DomainException refusal(Executable e) {
    return assertThrows(DomainException.class, e);
  }

  private static Set<String> fields(DomainException e) {
    return Set.copyOf(e.fieldErrors().stream().map(FieldError::field).toList());
  }

  private long listed(String name) {
    return organisations
        .list(OrganisationFilter.NONE, org.knooppunt.organisation.SortKey.of("name"), false, 0, 200)
        .rows()
        .stream()
        .filter(o -> name.equals(o.name()))
        .count();
  }

  private long searched(String word) {
    return TestGraph.graph().read(tx -> new SearchRepository().search(tx, word, false, 20)).stream()
        .filter(r -> !"municipality".equals(r[0]))
        .count();
  }

  private Account partnerAccount(String username, String organisationId) {
    return accounts.find(username).orElseThrow();
  }

  @Test
  void aSignUpIsPendingInvisibleToOthersAndCannotLogInYet() {
    var done = signUp("Welzijn Oost", "12345678", "WelzijnOost");
    assertEquals("pending", status("Organisation", done.organisationId()));
    assertEquals("pending", status("Account", done.accountId()));
    assertEquals(0, listed("Welzijn Oost"), "a pending profile is in no list");
    assertEquals(0, searched("Oost"), "nor in the search");
    assertEquals(
        AccountService.LoginOutcome.PENDING,
        accounts.check("welzijnoost", PASSWORD.toCharArray()).outcome(),
        "the username is kept in lower case; the account waits for approval");
    assertEquals(
        AccountService.LoginOutcome.PENDING,
        accounts.refusal("welzijnoost", PASSWORD.toCharArray()));
    assertEquals(
        AccountService.LoginOutcome.INVALID,
        accounts.refusal("welzijnoost", "wrong".toCharArray()),
        "the state of an account is told only with its password");

    assertEquals(1, inbox.unread(BIB), "the librarian of a library serving Utrecht is told");
    assertEquals(1, inbox.unread(ADMIN));
    assertEquals(0, inbox.unread(OTHER), "a librarian elsewhere is not");
    assertEquals(
        List.of("welzijnoost|" + done.organisationId() + "|Welzijn Oost"),
        audit("signup.submitted"));

    var queue = service.queue(BIB, null, 0, 50, NL);
    assertEquals(1, queue.total());
    SignupRequest r = queue.rows().getFirst();
    assertEquals("signup", r.kind());
    assertEquals("Welzijn Oost", r.organisationName());
    assertEquals("12345678", r.registrationNumber());
    assertEquals("GM0344", r.municipalityCode());
    assertEquals("welzijnoost", r.username());
    assertEquals(0, service.queue(OTHER, null, 0, 50, NL).total(), "not her area");
    assertEquals(1, service.queue(ADMIN, null, 0, 50, NL).total());
  }

  @Test
  void invalidRegistrationNumbersAreRefusedAndNothingIsStored() {
    String before = snapshot();
    var kvk = refusal(() -> signUp("Welzijn Kort", "1234567", "kort"));
    assertEquals(DomainException.Kind.INVALID, kvk.kind());
    assertTrue(fields(kvk).contains("registrationNumber"), kvk.fieldErrors().toString());

    SignupForm belgian = signup("Welzijn Gent", "0123.456.789", "gent");
    belgian.getOrganisation().setMunicipalityCode("44021");
    var kbo = refusal(() -> service.signUp(belgian, address(), NL));
    assertTrue(fields(kbo).contains("registrationNumber"), "KBO check digits (mod 97)");

    SignupForm tenDigitsInNl = signup("Welzijn Tien", "0123456749", "tien");
    var nl = refusal(() -> service.signUp(tenDigitsInNl, address(), NL));
    assertTrue(fields(nl).contains("registrationNumber"), "a KBO number is no KvK number");

    var missing = refusal(() -> signUp("Welzijn Zonder", null, "zonder"));
    assertTrue(fields(missing).contains("registrationNumber"), "required for a sign-up");
    assertEquals(before, snapshot());

    SignupForm valid = signup("Welzijn Gent", "0123.456.749", "gent");
    valid.getOrganisation().setMunicipalityCode("44021");
    assertNotNull(service.signUp(valid, address(), NL).requestId(), "a valid KBO number passes");
  }

  @Test
  void duplicateSignUpsAreRefusedClearly() {
    signUp("Welzijn Oost", "12345678", "oost");
    String before = snapshot();
    var number = refusal(() -> signUp("Iets Anders", "12345678", "anders"));
    assertEquals(DomainException.Kind.DUPLICATE, number.kind());
    assertTrue(number.getMessage().contains("Welzijn Oost"), number.getMessage());
    assertTrue(fields(number).contains("registrationNumber"));

    var name = refusal(() -> signUp("welzijn oost", "87654321", "anders"));
    assertEquals(DomainException.Kind.DUPLICATE, name.kind());
    assertTrue(fields(name).contains("name"));

    var username = refusal(() -> signUp("Iets Anders", "87654321", "OOST"));
    assertEquals(DomainException.Kind.DUPLICATE, username.kind());
    assertTrue(fields(username).contains("contact.username"));

    var librarian = refusal(() -> signUp("Iets Anders", "87654321", "bib"));
    assertEquals(DomainException.Kind.DUPLICATE, librarian.kind(), "existing accounts too");
    assertEquals(before, snapshot());
  }

  @Test
  void markupAndWeakPasswordsAreRefusedAndNothingIsStored() {
    String before = snapshot();
    SignupForm markup = signup("<script>alert(1)</script>", "12345678", "markup");
    markup.getContact().setDisplayName("<b>Jan</b>");
    var e = refusal(() -> service.signUp(markup, address(), NL));
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertTrue(
        fields(e).containsAll(Set.of("name", "contact.displayName")), e.fieldErrors().toString());

    for (String weak :
        List.of("kort1A!", "alleenkleineletters", "Zwak-zwakker-markup1", "Wachtwoord123")) {
      SignupForm f = signup("Welzijn Zwak", "12345678", "markup");
      f.getContact().setPassword(weak);
      var w = refusal(() -> service.signUp(f, address(), NL));
      assertTrue(fields(w).contains("contact.password"), weak);
    }
    assertEquals(before, snapshot());
  }

  @Test
  void onlyAdminsAndLibrariansOfTheAreaDecide() {
    var done = signUp("Welzijn Oost", "12345678", "oost");
    String id = done.requestId();
    String before = snapshot();
    for (Account outsider : List.of(OTHER, POLICY, account("p", Role.PARTNER, "L"))) {
      assertEquals(
          DomainException.Kind.FORBIDDEN,
          refusal(() -> service.approve(outsider, id, NL)).kind(),
          outsider.username());
      assertEquals(
          DomainException.Kind.FORBIDDEN,
          refusal(() -> service.reject(outsider, id, "nee", NL)).kind());
    }
    assertEquals(
        DomainException.Kind.FORBIDDEN, refusal(() -> service.approve(null, id, NL)).kind());
    assertEquals(
        DomainException.Kind.NOT_FOUND, refusal(() -> service.approve(ADMIN, "nope", NL)).kind());
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refusal(() -> service.queue(POLICY, null, 0, 10, NL)).kind());
    assertEquals(before, snapshot());
    assertEquals(List.of(), audit("signup.approved"));
  }

  @Test
  void approvalMakesAllActiveAndThePartnerEditsItsOwnProfileOnly() {
    var done = signUp("Welzijn Oost", "12345678", "oost");
    var other = signUp("Welzijn West", "87654321", "west");
    SignupRequest approved = service.approve(BIB, done.requestId(), NL);
    assertEquals("approved", approved.status());
    assertEquals("bib", approved.decidedBy());
    assertEquals("active", status("Organisation", done.organisationId()));
    assertEquals("active", status("Account", done.accountId()));
    assertEquals(1, listed("Welzijn Oost"));
    assertEquals(1, searched("Oost"));
    assertEquals(
        AccountService.LoginOutcome.OK, accounts.check("oost", PASSWORD.toCharArray()).outcome());
    assertEquals(List.of("bib|" + done.organisationId() + "|oost"), audit("signup.approved"));
    Account partner = partnerAccount("oost", done.organisationId());
    assertEquals(done.organisationId(), partner.organisationId());
    assertEquals(1, inbox.unread(partner), "the applicant is told");

    assertEquals(
        DomainException.Kind.CONFLICT,
        refusal(() -> service.approve(ADMIN, done.requestId(), NL)).kind(),
        "decided once");
    assertEquals(
        DomainException.Kind.CONFLICT,
        refusal(() -> service.reject(ADMIN, done.requestId(), "toch niet", NL)).kind());

    // Own profile only: its own organisation, and neither another partner nor a library.
    OrganisationForm own =
        OrganisationForm.of(organisations.find(done.organisationId()).orElseThrow());
    own.setDescription("Nu zelf bijgehouden");
    assertEquals(2, organisations.update(partner, done.organisationId(), own, NL));
    assertFalse(
        organisations.mayEdit(BIB, done.organisationId()), "claimed: librarians no longer edit it");
    service.approve(ADMIN, other.requestId(), NL);
    OrganisationForm theirs =
        OrganisationForm.of(organisations.find(other.organisationId()).orElseThrow());
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refusal(() -> organisations.update(partner, other.organisationId(), theirs, NL)).kind());
    assertFalse(organisations.mayEdit(partner, "L"));
  }

  @Test
  void rejectionNeedsAReasonKeepsItAsTextAndLeavesNothingActive() {
    var done = signUp("Welzijn Oost", "12345678", "oost");
    String before = snapshot();
    assertEquals(
        DomainException.Kind.INVALID,
        refusal(() -> service.reject(BIB, done.requestId(), "  ", NL)).kind());
    assertEquals(
        DomainException.Kind.INVALID,
        refusal(() -> service.reject(BIB, done.requestId(), null, NL)).kind());
    assertEquals(
        DomainException.Kind.INVALID,
        refusal(() -> service.reject(BIB, done.requestId(), "x".repeat(1001), NL)).kind());
    assertEquals(before, snapshot());

    String reason = "Geen <script>alert('x')</script> organisatie in Utrecht";
    SignupRequest rejected = service.reject(BIB, done.requestId(), reason, NL);
    assertEquals("rejected", rejected.status());
    assertEquals(reason, rejected.reason(), "stored as text, as sent");
    assertEquals("rejected", status("Organisation", done.organisationId()));
    assertEquals("rejected", status("Account", done.accountId()));
    assertEquals(
        AccountService.LoginOutcome.REJECTED,
        accounts.check("oost", PASSWORD.toCharArray()).outcome());
    assertEquals(0, listed("Welzijn Oost"));
    assertEquals(List.of("bib|" + done.organisationId() + "|" + reason), audit("signup.rejected"));
    assertEquals(0, service.queue(BIB, null, 0, 10, NL).total());
    assertEquals(1, service.queue(BIB, "rejected", 0, 10, NL).total());
    assertNotNull(
        signUp("Welzijn Oost", "12345678", "oost2").requestId(),
        "a rejected sign-up does not block a new one");
  }

  private String librarianPartner(String name, String number) {
    OrganisationForm f = organisation(name, number, "GM0356");
    return organisations.create(BIB, f, NL);
  }

  private static ClaimForm claimForm(String organisationId, String number, String username) {
    ClaimForm f = new ClaimForm();
    f.setOrganisationId(organisationId);
    f.setRegistrationNumber(number);
    f.setContact(contact(username));
    return f;
  }

  @Test
  void aClaimWithTheRightNumberIsApprovedAndLibrariansNoLongerEditTheProfile() {
    String id = librarianPartner("Buurthuis Noord", "11223344");
    assertEquals(1, service.claimable("buurthuis").size());
    String before = snapshot();
    var wrong = refusal(() -> service.claim(claimForm(id, "99999999", "noord"), address(), NL));
    assertTrue(fields(wrong).contains("registrationNumber"));
    var library = refusal(() -> service.claim(claimForm("L", "11223344", "noord"), address(), NL));
    assertTrue(fields(library).contains("organisationId"), "libraries are not claimed");
    assertEquals(before, snapshot());

    var claim = service.claim(claimForm(id, "11223344", "noord"), address(), NL);
    assertEquals(id, claim.organisationId());
    assertEquals("active", status("Organisation", id), "the profile stays as it was");
    assertTrue(organisations.mayEdit(BIB, id), "until approval the librarian still edits it");
    assertEquals(
        AccountService.LoginOutcome.PENDING,
        accounts.check("noord", PASSWORD.toCharArray()).outcome());
    SignupRequest queued = service.queue(BIB, null, 0, 10, NL).rows().getFirst();
    assertEquals("claim", queued.kind());

    service.approve(BIB, claim.requestId(), NL);
    assertFalse(organisations.mayEdit(BIB, id), "claimed by a partner account");
    Account partner = accounts.find("noord").orElseThrow();
    assertEquals(id, partner.organisationId());
    assertTrue(organisations.mayEdit(partner, id));
    assertEquals(List.of("bib|" + id + "|noord"), audit("claim.approved"));
    assertEquals(0, service.claimable("buurthuis").size(), "no longer claimable");
    var again = refusal(() -> service.claim(claimForm(id, "11223344", "noord2"), address(), NL));
    assertEquals(DomainException.Kind.CONFLICT, again.kind());
  }

  @Test
  void twoClaimsForOneProfileCannotBothBeApproved() {
    String id = librarianPartner("Buurthuis Noord", "11223344");
    var first = service.claim(claimForm(id, "11223344", "noord"), address(), NL);
    var second = service.claim(claimForm(id, "11223344", "noord2"), address(), NL);
    service.approve(ADMIN, first.requestId(), NL);
    assertEquals(
        DomainException.Kind.CONFLICT,
        refusal(() -> service.approve(ADMIN, second.requestId(), NL)).kind());
    assertEquals("pending", status("Account", second.accountId()));
  }

  private static InviteAcceptForm acceptForm(String token, String username, OrganisationForm org) {
    InviteAcceptForm f = new InviteAcceptForm();
    f.setToken(token);
    f.setContact(contact(username));
    if (org != null) {
      f.setOrganisation(org);
    }
    return f;
  }

  @Test
  void anInviteForANewPartnerSkipsTheQueueAndIsSingleUse() {
    var made = service.invite(BIB, null, "Voor het taalcafé", null, NL);
    assertEquals("open", made.invite().status());
    assertEquals("2026-12-05 10:00", made.invite().expiresAt(), "14 days by default");
    assertFalse(
        TestGraph.graph()
            .read(tx ->
                tx.run("MATCH (i:Invite) RETURN properties(i) AS p").single().get("p").toString())
            .contains(made.token()),
        "only the token's hash is stored");
    assertEquals(
        List.of(made.invite().id()),
        service.invites(BIB, 0, 10, NL).stream().map(Invite::id).toList());
    assertEquals(List.of(), service.invites(OTHER, 0, 10, NL), "only her own invites");
    assertEquals(made.invite().id(), service.inviteFor(made.token(), NL).id());

    var done =
        service.accept(
            acceptForm(
                made.token(), "taalcafe", organisation("Taalcafé Zuid", "22334455", "GM0344")),
            address(),
            NL);
    assertEquals("active", status("Organisation", done.organisationId()));
    assertEquals("active", status("Account", done.accountId()));
    assertEquals(1, listed("Taalcafé Zuid"));
    assertEquals(
        AccountService.LoginOutcome.OK,
        accounts.check("taalcafe", PASSWORD.toCharArray()).outcome());
    assertEquals(0, service.queue(ADMIN, null, 0, 10, NL).total(), "no queue");
    assertEquals(1, audit("invite.accepted").size());
    assertEquals(1, inbox.unread(BIB), "the librarian who invited is told");
    assertEquals("used", service.invites(BIB, 0, 10, NL).getFirst().status());

    String before = snapshot();
    var reused =
        refusal(() ->
            service.accept(
                acceptForm(made.token(), "taalcafe2", organisation("Ander", "33445566", "GM0344")),
                address(),
                NL));
    assertEquals(DomainException.Kind.CONFLICT, reused.kind());
    assertEquals(Messages.get(NL, "signup.invite.used"), reused.getMessage());
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        refusal(() -> service.accept(acceptForm("x".repeat(43), "iemand", null), address(), NL))
            .kind());
    assertEquals(
        DomainException.Kind.NOT_FOUND, refusal(() -> service.inviteFor("<script>", NL)).kind());
    assertEquals(before, snapshot());
  }

  @Test
  void anExpiredOrRevokedInviteIsRefused() {
    var made = service.invite(ADMIN, null, null, 3, NL);
    clock.now = clock.now.plus(Duration.ofDays(3)).minusSeconds(1);
    assertEquals("open", service.inviteFor(made.token(), NL).status());
    clock.now = clock.now.plusSeconds(1);
    String before = snapshot();
    var expired =
        refusal(() ->
            service.accept(
                acceptForm(made.token(), "laat", organisation("Laat", "22334455", "GM0344")),
                address(),
                NL));
    assertEquals(DomainException.Kind.CONFLICT, expired.kind());
    assertEquals(Messages.get(NL, "signup.invite.expired"), expired.getMessage());
    assertEquals(before, snapshot());

    var revocable = service.invite(BIB, null, null, null, NL);
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        refusal(() -> service.revoke(OTHER, revocable.invite().id(), NL)).kind(),
        "not hers");
    assertEquals("revoked", service.revoke(BIB, revocable.invite().id(), NL).status());
    assertEquals(
        Messages.get(NL, "signup.invite.revoked"),
        refusal(() -> service.inviteFor(revocable.token(), NL)).getMessage());
    assertEquals(2, audit("invite.created").size());
    assertEquals(1, audit("invite.revoked").size());
    assertEquals(
        DomainException.Kind.INVALID,
        refusal(() -> service.invite(BIB, null, null, 61, NL)).kind());
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refusal(() -> service.invite(POLICY, null, null, null, NL)).kind());
  }

  @Test
  void anInviteForAnUnclaimedProfileLinksTheAccountToIt() {
    String id = librarianPartner("Buurthuis Noord", "11223344");
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refusal(() -> service.invite(POLICY, id, null, null, NL)).kind());
    assertEquals(
        DomainException.Kind.CONFLICT,
        refusal(() -> service.invite(BIB, "L", null, null, NL)).kind(),
        "a library is not a partner to invite");
    var made = service.invite(BIB, id, null, null, NL);
    assertEquals("Buurthuis Noord", made.invite().organisationName());
    var done = service.accept(acceptForm(made.token(), "noord", null), address(), NL);
    assertEquals(id, done.organisationId());
    assertEquals(id, accounts.find("noord").orElseThrow().organisationId());
    assertFalse(organisations.mayEdit(BIB, id), "now claimed");
    assertEquals(
        DomainException.Kind.CONFLICT,
        refusal(() -> service.invite(BIB, id, null, null, NL)).kind());
  }

  @Test
  void signUpsAndInviteAcceptsAreThrottledPerClientAddress() {
    for (int i = 0; i < 5; i++) {
      int n = i;
      refusal(() -> service.signUp(signup("X" + n, "1", "u" + n), "192.0.2.1", NL));
    }
    var throttled =
        refusal(() -> service.signUp(signup("Welzijn Oost", "12345678", "oost"), "192.0.2.1", NL));
    assertEquals(DomainException.Kind.THROTTLED, throttled.kind());
    assertEquals(429, throttled.kind().status);
    assertEquals(
        DomainException.Kind.THROTTLED,
        refusal(() -> service.claim(claimForm("x", "12345678", "oost"), "192.0.2.1", NL)).kind(),
        "claims count with sign-ups");
    assertNotNull(
        service.signUp(signup("Welzijn Oost", "12345678", "oost"), "192.0.2.2", NL).requestId(),
        "another address is not affected");
    for (int i = 0; i < 5; i++) {
      refusal(() -> service.accept(acceptForm("y".repeat(43), "iemand", null), "192.0.2.1", NL));
    }
    assertEquals(
        DomainException.Kind.THROTTLED,
        refusal(() -> service.accept(acceptForm("y".repeat(43), "iemand", null), "192.0.2.1", NL))
            .kind());
    clock.now = clock.now.plus(Duration.ofMinutes(10));
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        refusal(() -> service.accept(acceptForm("y".repeat(43), "iemand", null), "192.0.2.1", NL))
            .kind(),
        "after the window the address may try again");
  }

  @Test
  void aPendingProfileIsOnNoMapAndInNoFinderUntilApproved() {
    var done = signUp("Welzijn Oost", "12345678", "oost");
    var map =
        new org.knooppunt.socialmap.SocialMapService(
            TestGraph.graph(), new org.knooppunt.socialmap.SocialMapRepository(), 500, 2000, 0, 0);
    var finder =
        new org.knooppunt.partner.PartnerFinderService(
            TestGraph.graph(),
            new org.knooppunt.partner.PartnerFinderRepository(),
            new org.knooppunt.collaboration.CollaborationService(
                TestGraph.graph(), new org.knooppunt.collaboration.CollaborationRepository()),
            inbox,
            new AuditLog(),
            new org.knooppunt.person.PersonService(
                TestGraph.graph(),
                new org.knooppunt.person.PersonRepository(),
                new org.knooppunt.organisation.OrganisationRepository(),
                null,
                new AuditLog(),
                inbox,
                java.time.Clock.systemUTC()));
    var area = new org.knooppunt.socialmap.MapScope(null, 1, null, List.of("GM0344"), null);
    java.util.function.Supplier<List<String>> onMap =
        () ->
            map.map(area, org.knooppunt.socialmap.MapFilter.NONE, NL).nodes().stream()
                .map(org.knooppunt.socialmap.MapNode::id)
                .toList();
    java.util.function.Supplier<List<String>> found =
        () ->
            finder
                .suggest(BIB, "L", List.of("taalvaardigheid"), List.of(), null, List.of(), 10, NL)
                .stream()
                .map(org.knooppunt.partner.Suggestion::id)
                .toList();
    assertTrue(onMap.get().contains("L"), "the map of Utrecht works: it shows the library");
    assertFalse(onMap.get().contains(done.organisationId()));
    assertFalse(found.get().contains(done.organisationId()));

    service.approve(BIB, done.requestId(), NL);
    assertTrue(onMap.get().contains(done.organisationId()));
    assertTrue(found.get().contains(done.organisationId()));
  }
}
