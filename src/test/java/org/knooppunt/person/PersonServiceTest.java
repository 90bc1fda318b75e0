package org.knooppunt.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.inbox.InboxService;
import org.knooppunt.organisation.OrganisationRepository;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Library L (librarian "bib", and "noor", a librarian who is also person N), library M (librarian
 * "other"), partner P claimed by partner account "pa" with a confirmed collaboration with L,
 * partner Q unclaimed with only a proposed collaboration with L, partner R claimed by "ra", a
 * policy account and an admin. P has three people, one per visibility; Q one.
 */
class PersonServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final Locale NL = Messages.DUTCH;
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final PersonService service =
      new PersonService(
          TestGraph.graph(),
          new PersonRepository(),
          new OrganisationRepository(),
          VALIDATION,
          new AuditLog(),
          new InboxService(TestGraph.graph(), new org.knooppunt.inbox.InboxRepository()),
          clock);

  private static Account account(String name, Role role, String organisation) {
    return new Account(
        "acc-" + name, name, "Naam " + name, Set.of(role), "nl", organisation, null, List.of());
  }

  static final Account BIB = account("bib", Role.LIBRARIAN, "L");
  static final Account NOOR = account("noor", Role.LIBRARIAN, "L");
  static final Account OTHER = account("other", Role.LIBRARIAN, "M");
  static final Account PA = account("pa", Role.PARTNER, "P");
  static final Account RA = account("ra", Role.PARTNER, "R");
  static final Account POLICY = account("beleid", Role.POLICY, null);
  static final Account ADMIN = account("admin", Role.ADMIN, null);

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb', version: 1})
                    CREATE (m:Organisation:Library {id: 'M', name: 'Andere bieb', version: 1})
                    CREATE (p:Organisation:Partner {id: 'P', name: 'Welzijn Noord', version: 1})
                    CREATE (q:Organisation:Partner {id: 'Q', name: 'Buurthuis Zuid', version: 1})
                    CREATE (r:Organisation:Partner {id: 'R', name: 'Taalschool', version: 1})
                    CREATE (l)-[:COLLABORATES_WITH {id: 'c1', status: 'confirmed'}]->(p)
                    CREATE (l)-[:COLLABORATES_WITH {id: 'c2', status: 'proposed'}]->(q)
                    CREATE (:Account {id: 'acc-bib', username: 'bib', roles: ['librarian']})-[:ACTS_FOR]->(l)
                    CREATE (noor:Account {id: 'acc-noor', username: 'noor', roles: ['librarian']})-[:ACTS_FOR]->(l)
                    CREATE (:Account {id: 'acc-other', username: 'other', roles: ['librarian']})-[:ACTS_FOR]->(m)
                    CREATE (:Account {id: 'acc-pa', username: 'pa', roles: ['partner']})-[:ACTS_FOR]->(p)
                    CREATE (:Account {id: 'acc-ra', username: 'ra', roles: ['partner']})-[:ACTS_FOR]->(r)
                    CREATE (:Account {id: 'acc-beleid', username: 'beleid', roles: ['policy']})
                    CREATE (:Account {id: 'acc-admin', username: 'admin', roles: ['admin']})
                    CREATE (po:Person {id: 'p-org', name: 'Olga Org', visibility: 'ORGANISATION', version: 1})-[:WORKS_FOR {role: 'medewerker'}]->(p)
                    CREATE (pp:Person {id: 'p-partners', name: 'Piet Partners', visibility: 'PARTNERS', version: 1})-[:WORKS_FOR]->(p)
                    CREATE (pl:Person {id: 'p-platform', name: 'Pia Platform', visibility: 'PLATFORM', version: 1})-[:WORKS_FOR]->(p)
                    CREATE (:Person {id: 'q-org', name: 'Quinten Quiet', version: 1})-[:WORKS_FOR]->(q)
                    CREATE (n:Person {id: 'noor-5b0c6a3e', name: 'Noor van Dijkhuizen', email: 'noor@bieb.example',
                                      visibility: 'ORGANISATION', version: 1})-[:WORKS_FOR {role: 'netwerkbibliothecaris'}]->(l)
                    CREATE (noor)-[:IS]->(n)
                    """)
                .consume());
  }

  static Stream<Arguments> matrix() {
    return Stream.of(
        // person, reader, sees
        Arguments.of("p-org", PA, true),
        Arguments.of("p-org", BIB, false),
        Arguments.of("p-org", RA, false),
        Arguments.of("p-org", POLICY, false),
        Arguments.of("p-org", ADMIN, true),
        Arguments.of("p-partners", PA, true),
        Arguments.of("p-partners", BIB, true),
        Arguments.of("p-partners", OTHER, false),
        Arguments.of("p-partners", RA, false),
        Arguments.of("p-partners", POLICY, false),
        Arguments.of("p-platform", RA, true),
        Arguments.of("p-platform", POLICY, true),
        Arguments.of("p-platform", OTHER, true),
        Arguments.of("p-platform", null, false),
        Arguments.of("q-org", BIB, true),
        Arguments.of("q-org", OTHER, true),
        Arguments.of("q-org", PA, false),
        Arguments.of("q-org", POLICY, false),
        Arguments.of("noor-5b0c6a3e", NOOR, true),
        Arguments.of("noor-5b0c6a3e", BIB, true),
        Arguments.of("noor-5b0c6a3e", PA, false),
        Arguments.of("noor-5b0c6a3e", OTHER, false));
  }

  @ParameterizedTest(name = "{0} seen by {1}: {2}")
  @MethodSource("matrix")
  void visibilityDecidesWhoSeesAPerson(String person, Account reader, boolean sees) {
    assertEquals(sees, service.find(reader, person).isPresent());
    if (!sees && reader != null) {
      var e = assertThrows(DomainException.class, () -> service.get(reader, person, NL));
      assertEquals(DomainException.Kind.NOT_FOUND, e.kind());
    }
  }

  @Test
  void theOrganisationListShowsOnlyThePeopleTheReaderMaySee() {
    assertEquals(
        List.of("Olga Org", "Pia Platform", "Piet Partners"),
        names(service.ofOrganisation(PA, "P", 0, 50)));
    assertEquals(
        List.of("Pia Platform", "Piet Partners"), names(service.ofOrganisation(BIB, "P", 0, 50)));
    assertEquals(List.of("Pia Platform"), names(service.ofOrganisation(RA, "P", 0, 50)));
    assertEquals(List.of(), names(service.ofOrganisation(null, "P", 0, 50)));
    assertEquals(List.of("Olga Org"), names(service.ofOrganisation(PA, "P", 0, 1)));
  }

  @Test
  void peopleTheReaderMayNotSeeAreNamedAsAContactOfTheirOrganisation() {
    Map<String, String> hidden = service.hidden(RA, List.of("p-org", "p-platform", "q-org"), NL);
    assertEquals(
        Map.of(
            "p-org", "een contactpersoon van Welzijn Noord",
            "q-org", "een contactpersoon van Buurthuis Zuid"),
        hidden);
    assertEquals(
        "a contact person of Welzijn Noord",
        service.hidden(RA, List.of("p-org"), Messages.ENGLISH).get("p-org"));
    assertEquals(Map.of(), service.hidden(ADMIN, List.of("p-org", "q-org"), NL));
  }

  @Test
  void consentsAreStoredWithTheDateGivenAndTheWordingVersionAndWithdrawnAsEasily() {
    PersonForm form = form("P", "Sanne Smit", "sanne@welzijn.example");
    form.setConsentIntroductions(true);
    String id = service.create(PA, form, NL);
    Person created = service.get(PA, id, NL);
    assertTrue(created.introductions().given());
    assertEquals(T0, created.introductions().at().toInstant());
    assertEquals("v1", created.introductions().version());
    assertEquals("consent.introductions.v1", created.introductions().wordingKey());
    assertFalse(created.maps().given());
    assertNull(created.maps().at());
    assertEquals(Visibility.ORGANISATION, created.visibility());
    assertEquals(
        true, property(id, "consentIntroductions"), "the partner finder's property name is kept");

    clock.set(T0.plusSeconds(3600));
    service.setConsents(
        PA, id, new PersonService.Consents("PLATFORM", true, false, false, created.version()), NL);
    Person changed = service.get(RA, id, NL);
    assertEquals(Visibility.PLATFORM, changed.visibility());
    assertTrue(changed.maps().given());
    assertEquals(T0.plusSeconds(3600), changed.maps().at().toInstant());
    assertFalse(changed.introductions().given());
    assertNull(changed.introductions().at());
    assertNull(changed.introductions().version());
    assertEquals(T0.plusSeconds(3600), changed.introductions().withdrawnAt().toInstant());
    assertEquals(false, property(id, "consentIntroductions"));
  }

  @Test
  void aPartnerAccountManagesOnlyThePeopleOfItsOwnOrganisation() {
    String id = service.create(PA, form("P", "Sanne Smit", null), NL);
    assertNotNull(service.find(PA, id).orElse(null));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN, () -> service.create(PA, form("R", "Xander X", null), NL));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN, () -> service.create(RA, form("P", "Xander X", null), NL));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN,
        () -> service.update(RA, "p-platform", edit("p-platform", f -> f.setName("Gekaapt")), NL));
    refusedAndUnchanged(
        DomainException.Kind.NOT_FOUND,
        () -> service.update(RA, "p-org", edit("p-org", f -> f.setName("Gekaapt")), NL));
    refusedAndUnchanged(DomainException.Kind.FORBIDDEN, () -> service.delete(RA, "p-platform", NL));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN,
        () -> service.setConsents(RA, "p-platform", consents("p-platform", true), NL));
    service.update(PA, "p-org", edit("p-org", f -> f.setName("Olga Orgel")), NL);
    assertEquals("Olga Orgel", service.get(PA, "p-org", NL).name());
    service.delete(PA, "p-org", NL);
    assertTrue(service.find(ADMIN, "p-org").isEmpty());
  }

  @Test
  void aLibrarianManagesHerLibraryAndUnclaimedPartnersOnly() {
    assertNotNull(service.create(BIB, form("L", "Lies Lezer", null), NL));
    assertNotNull(service.create(BIB, form("Q", "Quirine Q", null), NL));
    assertTrue(service.mayManage(BIB, "Q"));
    assertFalse(service.mayManage(BIB, "P"));
    assertFalse(service.mayManage(POLICY, "P"));
    assertTrue(service.mayManage(ADMIN, "R"));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN, () -> service.create(BIB, form("P", "Xander X", null), NL));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN, () -> service.create(BIB, form("M", "Xander X", null), NL));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN,
        () -> service.update(BIB, "p-partners", edit("p-partners", f -> f.setName("X")), NL));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN,
        () -> service.create(POLICY, form("P", "Xander X", null), NL));
    service.update(OTHER, "q-org", edit("q-org", f -> f.setJobTitle("Opbouwwerker")), NL);
    assertEquals("Opbouwwerker", service.get(BIB, "q-org", NL).jobTitle());
  }

  @Test
  void aLinkedPersonChangesHerOwnConsentsAndVisibilityButNothingElse() {
    service.setConsents(
        NOOR, "noor-5b0c6a3e", new PersonService.Consents("PARTNERS", true, true, true, 1), NL);
    Person n = service.get(NOOR, "noor-5b0c6a3e", NL);
    assertEquals(Visibility.PARTNERS, n.visibility());
    assertTrue(n.introductions().given());
    assertTrue(service.isSelf(NOOR, "noor-5b0c6a3e"));
    assertTrue(service.find(PA, "noor-5b0c6a3e").isPresent(), "now visible to a confirmed partner");
    assertEquals("noor", property("noor-5b0c6a3e", "consentIntroductionsBy"));

    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN,
        () -> service.setConsents(PA, "noor-5b0c6a3e", consents("noor-5b0c6a3e", false), NL));
    var mine = PersonForm.of(n);
    mine.setName("Noor de Grote");
    // Noor is also a librarian of L: as such she manages her own details too.
    service.update(NOOR, "noor-5b0c6a3e", mine, NL);
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN,
        () -> service.setConsents(NOOR, "p-partners", consents("p-partners", false), NL));
  }

  @Test
  void aSaveOverAnOlderVersionIsAConflict() {
    PersonForm first = edit("p-org", f -> f.setName("Eerste"));
    PersonForm second = edit("p-org", f -> f.setName("Tweede"));
    service.update(PA, "p-org", first, NL);
    var e = assertThrows(DomainException.class, () -> service.update(PA, "p-org", second, NL));
    assertEquals(DomainException.Kind.CONFLICT, e.kind());
    assertTrue(e.detail() instanceof Person p && p.name().equals("Eerste"));
    assertEquals("Eerste", service.get(PA, "p-org", NL).name());
    refusedAndUnchanged(
        DomainException.Kind.CONFLICT,
        () ->
            service.setConsents(
                PA, "p-org", new PersonService.Consents("PLATFORM", true, true, true, 1), NL));
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndNothingIsStored() {
    assertInvalid("email", form("P", "Sanne Smit", "geen-adres"));
    assertInvalid("name", form("P", "  ", null));
    assertInvalid("name", form("P", "<script>alert(1)</script>", null));
    assertInvalid("name", form("P", "Sanne\u0000Smit", null));
    assertInvalid("name", form("P", "x".repeat(121), null));
    assertInvalid("jobTitle", edit("p-org", f -> f.setJobTitle("<b>baas</b>")));
    assertInvalid("phone", form("P", "Sanne Smit", null), f -> f.setPhone("bel me"));
    assertInvalid("visibility", form("P", "Sanne Smit", null), f -> f.setVisibility("IEDEREEN"));
    var e =
        assertThrows(
            DomainException.class,
            () -> service.create(PA, form("P", "Sanne Smit", "x@"), Messages.ENGLISH));
    assertEquals("email", e.fieldErrors().getFirst().field());
    assertEquals("is not a valid e-mail address", e.fieldErrors().getFirst().message());
    refusedAndUnchanged(
        DomainException.Kind.INVALID,
        () ->
            service.setConsents(
                PA, "p-org", new PersonService.Consents("nope", true, true, true, 1), NL));
    refusedAndUnchanged(
        DomainException.Kind.INVALID,
        () -> service.requestErasure(PA, "p-org", "weg\u0007ermee", NL));
  }

  @Test
  void hostileTextInAnErasureRequestIsKeptAsInertText() {
    String reason = "<script>alert('x')</script> MATCH (n) DETACH DELETE n";
    String request = service.requestErasure(PA, "p-org", reason, NL);
    var pending = service.pendingErasures(ADMIN, NL);
    assertEquals(1, pending.size());
    assertEquals(request, pending.getFirst().id());
    assertEquals(reason, pending.getFirst().reason());
    assertEquals("Olga Org", pending.getFirst().personName());
    assertTrue(service.find(ADMIN, "p-platform").isPresent(), "the graph is untouched");
  }

  @Test
  void everyWriteIsAudited() {
    String id = service.create(PA, form("P", "Sanne Smit", "sanne@welzijn.example"), NL);
    service.update(PA, id, edit(id, f -> f.setEmail("s.smit@welzijn.example")), NL);
    service.setConsents(PA, id, consents(id, true), NL);
    service.requestErasure(PA, id, null, NL);
    service.delete(PA, id, NL);
    List<String> actions =
        TestGraph.graph()
            .read(tx ->
                tx.run(
                        "MATCH (e:AuditEntry {subject: $id}) RETURN e.action AS a, e.actor AS actor,"
                            + " e.detail AS d ORDER BY e.at, e.action",
                        Map.of("id", id))
                    .list(r ->
                        r.get("a").asString()
                            + "/"
                            + r.get("actor").asString()
                            + "/"
                            + r.get("d").asString("")));
    assertEquals(
        Set.of(
            "person.created/pa/organisation=P",
            "person.updated/pa/email",
            "person.consents/pa/consentMaps,consentIntroductions,consentRecommendations",
            "person.deleted/pa/"),
        Set.copyOf(
            actions.stream().filter(a -> !a.startsWith("person.erasureRequested")).toList()));
    assertTrue(actions.stream().anyMatch(a -> a.startsWith("person.erasureRequested/pa/")));
    assertFalse(actions.stream().anyMatch(a -> a.contains("welzijn.example")), "no values audited");
  }

  @Test
  void theExportHoldsEverythingStoredAboutThePersonForHerAndForAdminsOnly() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (n:Person {id: 'noor-5b0c6a3e'}), (o:Person {id: 'p-platform'})
                    CREATE (n)-[:KNOWS {since: date('2021-03-01')}]->(o)
                    CREATE (n)-[:MEMBER_OF {role: 'organisator'}]->(:Community {id: 'C', name: 'Samen digitaal'})
                    """)
                .consume());
    service.setConsents(
        NOOR,
        "noor-5b0c6a3e",
        new PersonService.Consents("ORGANISATION", false, true, false, 1),
        NL);

    Map<String, Object> export = service.export(NOOR, "noor-5b0c6a3e", NL);
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) export.get("properties");
    assertEquals("Noor van Dijkhuizen", props.get("name"));
    assertEquals("noor@bieb.example", props.get("email"));
    assertEquals("2026-03-01T10:00Z", props.get("consentIntroductionsAt"));
    String relations = export.get("relationships").toString();
    assertTrue(relations.contains("type=WORKS_FOR"), relations);
    assertTrue(relations.contains("otherName=Bieb"), relations);
    assertTrue(relations.contains("role=netwerkbibliothecaris"), relations);
    assertTrue(
        relations.contains("type=KNOWS") && relations.contains("otherId=p-platform"), relations);
    assertTrue(
        relations.contains("type=MEMBER_OF") && relations.contains("otherName=Samen digitaal"),
        relations);
    assertTrue(
        relations.contains("type=IS") && relations.contains("direction=incoming"), relations);
    assertEquals(List.of("noor"), export.get("accounts"));
    String consents = export.get("consents").toString();
    assertTrue(consents.contains("consent=consentIntroductions, given=true"), consents);
    assertTrue(consents.contains("version=v1"), consents);
    assertTrue(consents.contains(Messages.get(NL, "consent.introductions.v1")), consents);
    assertTrue(
        export.get("audit").toString().contains("action=person.consents"), export.toString());

    assertNotNull(service.export(ADMIN, "noor-5b0c6a3e", NL));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN, () -> service.export(BIB, "noor-5b0c6a3e", NL));
    refusedAndUnchanged(
        DomainException.Kind.NOT_FOUND, () -> service.export(PA, "noor-5b0c6a3e", NL));
  }

  @Test
  void anErasureCompletedByAnAdminLeavesNothingThatRefersToThePerson() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (n:Person {id: 'noor-5b0c6a3e'}), (o:Person {id: 'p-platform'}), (l:Organisation {id: 'L'}),
                          (p:Organisation {id: 'P'})
                    CREATE (n)-[:KNOWS]->(o)
                    CREATE (n)-[:MEMBER_OF {role: 'organisator'}]->(:Community {id: 'C', name: 'Samen digitaal'})
                    CREATE (:Account {id: 'acc-x', username: 'x', roles: ['partner']})-[:RECEIVED]->
                           (:InboxItem {id: 'nt', args: ['Noor van Dijkhuizen', 'Bieb'], fromName: 'Noor van Dijkhuizen',
                                     refId: 'noor-5b0c6a3e', message: 'Groet van NOOR@BIEB.EXAMPLE'})
                    CREATE (:SavedMap {id: 'sm', name: 'Kaart', positions: '{"noor-5b0c6a3e": {"x": 1, "y": 2}, "L": {"x": 0, "y": 0}}'})
                    WITH l, p
                    MATCH (l)-[c:COLLABORATES_WITH {id: 'c1'}]->(p)
                    SET c.note = 'Geregeld door Noor van Dijkhuizen', c.assertedBy = 'Noor van Dijkhuizen'
                    """)
                .consume());
    service.setConsents(NOOR, "noor-5b0c6a3e", consents("noor-5b0c6a3e", true), NL);
    List<String> terms = List.of("noor-5b0c6a3e", "Noor van Dijkhuizen", "noor@bieb.example");
    assertTrue(references(List.of("Noor van Dijkhuizen", "noor@bieb.example")) > 0);

    String request = service.requestErasure(NOOR, "noor-5b0c6a3e", "Ik ga met pensioen", NL);
    assertEquals(
        (Long) 1L,
        TestGraph.graph()
            .<Long>read(tx ->
                tx.run(
                        "MATCH (:Account {username: 'admin'})--(n) WHERE n.refId = $r RETURN count(n) AS c",
                        Map.of("r", request))
                    .single()
                    .get("c")
                    .asLong()),
        "the admins get a notice");
    var duplicate =
        assertThrows(
            DomainException.class, () -> service.requestErasure(NOOR, "noor-5b0c6a3e", null, NL));
    assertEquals(DomainException.Kind.CONFLICT, duplicate.kind());
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN, () -> service.completeErasure(BIB, request, NL));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN, () -> service.completeErasure(NOOR, request, NL));

    String pseudonym = service.completeErasure(ADMIN, request, NL);

    assertTrue(pseudonym.startsWith("verwijderd-"));
    assertTrue(service.find(ADMIN, "noor-5b0c6a3e").isEmpty());
    assertEquals(0, references(terms));
    assertEquals(
        (Long) 0L,
        TestGraph.graph()
            .<Long>read(tx ->
                tx.run(
                        """
                        CALL () {
                          MATCH (n) WHERE any(k IN keys(n) WHERE n[k] = 'noor-5b0c6a3e' OR (n[k] IS :: LIST<ANY> AND 'noor-5b0c6a3e' IN n[k]))
                          RETURN count(n) AS c
                          UNION ALL
                          MATCH ()-[n]->() WHERE any(k IN keys(n) WHERE n[k] = 'noor-5b0c6a3e') RETURN count(n) AS c
                        } RETURN sum(c) AS c
                        """)
                    .single()
                    .get("c")
                    .asLong()),
        "no property anywhere holds her id");
    assertTrue(
        TestGraph.graph()
                .read(tx ->
                    tx.run(
                            "MATCH (e:AuditEntry) WHERE e.subject = $p RETURN count(e) AS c",
                            Map.of("p", pseudonym))
                        .single()
                        .get("c")
                        .asLong())
            >= 2,
        "audit entries about her are kept, pseudonymised");
    String positions =
        TestGraph.graph()
            .read(tx ->
                tx.run("MATCH (m:SavedMap {id: 'sm'}) RETURN m.positions AS p")
                    .single()
                    .get("p")
                    .asString());
    assertTrue(
        positions.contains("\"L\": {\"x\": 0"), "the rest of the saved map is kept: " + positions);
    assertTrue(service.find(ADMIN, "p-platform").isPresent(), "other people stay");
    assertTrue(service.pendingErasures(ADMIN, NL).isEmpty());
  }

  @Test
  void onlyAdminsSeeTheErasureQueue() {
    service.requestErasure(PA, "p-org", null, NL);
    refusedAndUnchanged(DomainException.Kind.FORBIDDEN, () -> service.pendingErasures(PA, NL));
    refusedAndUnchanged(
        DomainException.Kind.FORBIDDEN, () -> service.requestErasure(RA, "p-platform", null, NL));
    var unknown =
        assertThrows(DomainException.class, () -> service.completeErasure(ADMIN, "no-such", NL));
    assertEquals(DomainException.Kind.NOT_FOUND, unknown.kind());
  }

  // --- helpers ---

  private static List<String> names(List<Person> people) {
    return people.stream().map(Person::name).toList();
  }

  private static PersonForm form(String organisation, String name, String email) {
    PersonForm f = new PersonForm();
    f.setOrganisationId(organisation);
    f.setName(name);
    f.setEmail(email);
    f.setJobTitle("Coördinator");
    f.setRole("contactpersoon");
    return f;
  }

  private PersonForm edit(String id, Consumer<PersonForm> change) {
    PersonForm f = PersonForm.of(service.get(ADMIN, id, NL));
    change.accept(f);
    return f;
  }

  private PersonService.Consents consents(String id, boolean all) {
    Person p = service.get(ADMIN, id, NL);
    return new PersonService.Consents(p.visibility().name(), all, all, all, p.version());
  }

  private void assertInvalid(String field, PersonForm form) {
    assertInvalid(field, form, f -> {});
  }

  private void assertInvalid(String field, PersonForm form, Consumer<PersonForm> change) {
    change.accept(form);
    String before = snapshot();
    Executable save =
        form.getVersion() == 0
            ? () -> service.create(PA, form, NL)
            : () -> service.update(PA, "p-org", form, NL);
    var e = assertThrows(DomainException.class, save);
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertTrue(
        e.fieldErrors().stream().anyMatch(f -> f.field().equals(field)),
        field + " in " + e.fieldErrors());
    assertEquals(before, snapshot());
  }

  private static void refusedAndUnchanged(DomainException.Kind kind, Executable action) {
    String before = snapshot();
    var e = assertThrows(DomainException.class, action);
    assertEquals(kind, e.kind(), e.getMessage());
    assertEquals(before, snapshot());
  }

  /** Every person and erasure request with all properties and relationships. */
  private static String snapshot() {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    """
                    MATCH (p) WHERE p:Person OR p:ErasureRequest
                    RETURN p.id AS id, properties(p) AS props,
                           [(p)-[r]-(x) | [type(r), x.id, properties(r)]] AS rels
                    ORDER BY id
                    """)
                .list(r -> r.asMap().toString())
                .toString());
  }

  private static Object property(String id, String key) {
    return TestGraph.graph()
        .read(tx ->
            tx.run("MATCH (p:Person {id: $id}) RETURN p[$key] AS v", Map.of("id", id, "key", key))
                .single()
                .get("v")
                .asObject());
  }

  private static long references(List<String> terms) {
    return TestGraph.graph().read(tx -> new PersonRepository().references(tx, terms));
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
