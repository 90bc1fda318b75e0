package org.knooppunt.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.inbox.InboxRepository;
import org.knooppunt.inbox.InboxService;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * The review cycle with a clock the test moves: reminders after six months, once; "still correct"
 * resets the cycle and changes nothing else; who may confirm; the stale list of each area.
 */
class FreshnessServiceTest {

  private static final String LIBRARY = "f0000000-0000-4000-8000-000000000001";
  private static final String CLAIMED = "f0000000-0000-4000-8000-000000000002";
  private static final String UNCLAIMED = "f0000000-0000-4000-8000-000000000003";
  private static final String ELSEWHERE = "f0000000-0000-4000-8000-000000000004";
  private static final String COMMUNITY = "f0000000-0000-4000-8000-000000000005";
  private static final String PERSON = "f0000000-0000-4000-8000-000000000006";
  private static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

  private final Graph graph = TestGraph.graph();
  private MutableClock clock;
  private FreshnessService service;
  private Account admin;
  private Account librarian;
  private Account partner;
  private Account policy;
  private Account otherPartner;

  private static Account account(
      String id, Role role, String organisationId, List<String> regions) {
    return new Account(id, id, id, Set.of(role), "nl", organisationId, null, regions);
  }

  @BeforeEach
  void setUp() {
    TestGraph.wipe();
    clock = new MutableClock(START);
    service =
        new FreshnessService(
            graph,
            new FreshnessRepository(),
            new InboxService(graph, new InboxRepository()),
            new AuditLog(),
            clock);
    graph.write(tx -> {
      tx.run(
              """
              MATCH (utrecht:Municipality {id: 'GM0344'}), (amsterdam:Municipality {id: 'GM0363'})
              CREATE (l:Organisation:Library {id: $library, name: 'Bibliotheek Test', version: 1})
              CREATE (p:Organisation:Partner {id: $claimed, name: 'Buurtwerk Geclaimd', version: 1,
                      description: 'Wij helpen', sector: 'welzijn', updatedBy: 'someone'})
              CREATE (q:Organisation:Partner {id: $unclaimed, name: 'Taalschool Open', version: 1})
              CREATE (r:Organisation:Partner {id: $elsewhere, name: 'Amsterdams Werk', version: 1})
              CREATE (c:Community {id: $community, name: 'Samen digitaal', version: 1})
              CREATE (x:Person {id: $person, name: 'Anna Test', version: 1, visibility: 'PLATFORM'})
              CREATE (l)-[:LOCATED_IN]->(utrecht), (l)-[:SERVES]->(utrecht)
              CREATE (p)-[:LOCATED_IN]->(utrecht), (q)-[:LOCATED_IN]->(utrecht)
              CREATE (r)-[:LOCATED_IN]->(amsterdam)
              CREATE (p)-[:HOSTS]->(c), (x)-[:WORKS_FOR]->(p)
              CREATE (:Account {id: 'lib', username: 'lib', roles: ['librarian']})-[:ACTS_FOR]->(l)
              CREATE (:Account {id: 'par', username: 'par', roles: ['partner']})-[:ACTS_FOR]->(p)
              CREATE (:Account {id: 'adm', username: 'adm', roles: ['admin']})
              """,
              Map.of(
                  "library", LIBRARY,
                  "claimed", CLAIMED,
                  "unclaimed", UNCLAIMED,
                  "elsewhere", ELSEWHERE,
                  "community", COMMUNITY,
                  "person", PERSON))
          .consume();
      return null;
    });
    reviewAllAt(START);
    admin = account("adm", Role.ADMIN, null, List.of());
    librarian = account("lib", Role.LIBRARIAN, LIBRARY, List.of());
    partner = account("par", Role.PARTNER, CLAIMED, List.of());
    otherPartner = account("other", Role.PARTNER, ELSEWHERE, List.of());
    policy = account("pol", Role.POLICY, null, List.of("PV26"));
  }

  private void reviewAllAt(Instant at) {
    graph.write(tx ->
        tx.run(
                "MATCH (n) WHERE n:Organisation OR n:Community OR n:Person"
                    + " SET n.lastReviewedAt = $at",
                Map.of("at", at.atZone(ZoneOffset.UTC)))
            .consume());
  }

  private void reviewedAt(String id, ZonedDateTime at) {
    graph.write(tx ->
        tx.run("MATCH (n {id: $id}) SET n.lastReviewedAt = $at", Map.of("id", id, "at", at))
            .consume());
  }

  /** How many review notices about {@code refId} the account {@code username} received. */
  private long reminders(String username, String refId) {
    return graph.read(tx ->
        tx.run(
                """
                MATCH (:Account {username: $u})-[:RECEIVED]->(i:InboxItem {kind: 'REVIEW', refId: $ref})
                RETURN count(i) AS n
                """,
                Map.of("u", username, "ref", refId))
            .single()
            .get("n")
            .asLong());
  }

  private long version(String id) {
    return graph.read(tx ->
        tx.run("MATCH (n {id: $id}) RETURN n.version AS v", Map.of("id", id))
            .single()
            .get("v")
            .asLong());
  }

  private Map<String, Object> properties(String id) {
    return graph.read(tx ->
        new HashMap<>(
            tx.run(
                    "MATCH (n {id: $id}) RETURN properties(n) AS p, COUNT { (n)--() } AS rels",
                    Map.of("id", id))
                .single()
                .asMap()));
  }

  @Test
  void ownersAreRemindedOnceAfterSixMonthsAndConfirmingStartsANewCycle() {
    assertEquals(0, service.remind(), "nothing is due on the day of review");

    clock.advanceMonths(5);
    assertEquals(0, service.remind(), "five months on, nothing is due yet");

    clock.advanceMonths(1);
    clock.advance(Duration.ofDays(1));
    assertEquals(6, service.remind(), "six months on, every profile is due");
    assertEquals(1, reminders("par", CLAIMED), "the partner account hears about its profile");
    assertEquals(1, reminders("par", COMMUNITY), "and about the community it hosts");
    assertEquals(1, reminders("par", PERSON), "and about its person");
    assertEquals(1, reminders("lib", LIBRARY));
    assertEquals(
        1, reminders("lib", UNCLAIMED), "an unclaimed partner's reminder goes to the librarian");
    assertEquals(0, reminders("lib", CLAIMED), "a claimed one's does not");

    assertEquals(0, service.remind(), "running it again sends nothing twice");
    clock.advance(Duration.ofDays(30));
    assertEquals(0, service.remind(), "nor a month later");
    assertEquals(1, reminders("par", CLAIMED));

    service.confirm(partner, ProfileKind.ORGANISATION, CLAIMED, version(CLAIMED), Messages.DUTCH);
    clock.advanceMonths(4);
    service.remind();
    assertEquals(
        1, reminders("par", CLAIMED), "confirmed four months ago: not due, the cycle restarted");
    assertEquals(1, reminders("par", COMMUNITY), "reminded five months ago: not yet again");

    clock.advanceMonths(2);
    clock.advance(Duration.ofDays(1));
    assertTrue(service.remind() >= 1);
    assertEquals(2, reminders("par", CLAIMED), "six months after the confirmation: a new one");
    assertEquals(2, reminders("par", COMMUNITY), "ignored for six more months: asked again");
    assertEquals(0, service.remind());
  }

  @Test
  void stillCorrectChangesOnlyTheReviewDateReviewerAndVersion() {
    clock.advanceMonths(7);
    Map<String, Object> before = properties(CLAIMED);
    long v = version(CLAIMED);

    var result = service.confirm(partner, ProfileKind.ORGANISATION, CLAIMED, v, Messages.DUTCH);

    Map<String, Object> after = properties(CLAIMED);
    assertEquals(v + 1, result.version());
    assertEquals(v + 1, version(CLAIMED));
    @SuppressWarnings("unchecked")
    Map<String, Object> b = new HashMap<>((Map<String, Object>) before.get("p"));
    @SuppressWarnings("unchecked")
    Map<String, Object> a = new HashMap<>((Map<String, Object>) after.get("p"));
    assertEquals(
        ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toInstant(),
        ((ZonedDateTime) a.remove("lastReviewedAt")).toInstant());
    assertEquals("par", a.remove("reviewedBy"));
    a.remove("version");
    b.remove("lastReviewedAt");
    b.remove("version");
    assertEquals(b, a, "nothing else on the profile changed");
    assertEquals(before.get("rels"), after.get("rels"), "no relation added or removed");
    assertFalse(a.containsKey("_lock"), "the lock leaves no trace");
  }

  @Test
  void aStaleVersionIsAConflictAndNothingIsWritten() {
    long v = version(COMMUNITY);
    service.confirm(librarian, ProfileKind.ORGANISATION, LIBRARY, 1, Messages.ENGLISH);
    var e =
        assertThrows(
            DomainException.class,
            () ->
                service.confirm(
                    partner, ProfileKind.COMMUNITY, COMMUNITY, v + 5, Messages.ENGLISH));
    assertEquals(DomainException.Kind.CONFLICT, e.kind());
    assertTrue(e.getMessage().contains("changed"), e.getMessage());
    assertEquals(v, version(COMMUNITY));
    var missing =
        assertThrows(
            DomainException.class,
            () -> service.confirm(admin, ProfileKind.PERSON, "no-such-id", 1, Messages.DUTCH));
    assertEquals(DomainException.Kind.NOT_FOUND, missing.kind());
  }

  @Test
  void onlyThoseWhoMayEditAProfileConfirmIt() {
    assertTrue(service.mayConfirm(partner, ProfileKind.ORGANISATION, CLAIMED));
    assertTrue(service.mayConfirm(partner, ProfileKind.COMMUNITY, COMMUNITY), "it hosts it");
    assertTrue(service.mayConfirm(partner, ProfileKind.PERSON, PERSON), "she works for it");
    assertFalse(service.mayConfirm(partner, ProfileKind.ORGANISATION, UNCLAIMED));
    assertFalse(service.mayConfirm(otherPartner, ProfileKind.COMMUNITY, COMMUNITY));
    assertTrue(service.mayConfirm(librarian, ProfileKind.ORGANISATION, LIBRARY));
    assertTrue(service.mayConfirm(librarian, ProfileKind.ORGANISATION, UNCLAIMED));
    assertFalse(service.mayConfirm(librarian, ProfileKind.ORGANISATION, CLAIMED));
    assertFalse(service.mayConfirm(librarian, ProfileKind.PERSON, PERSON));
    assertFalse(service.mayConfirm(policy, ProfileKind.ORGANISATION, LIBRARY));
    assertTrue(service.mayConfirm(admin, ProfileKind.PERSON, PERSON));

    long v = version(CLAIMED);
    for (Account refused : List.of(librarian, policy, otherPartner)) {
      var e =
          assertThrows(
              DomainException.class,
              () -> service.confirm(refused, ProfileKind.ORGANISATION, CLAIMED, v, Messages.DUTCH));
      assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
    }
    assertEquals(v, version(CLAIMED), "a refusal writes nothing");
    var e =
        assertThrows(
            DomainException.class,
            () -> service.confirm(otherPartner, ProfileKind.PERSON, PERSON, 1, Messages.DUTCH));
    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
    assertEquals(
        2, service.confirm(partner, ProfileKind.PERSON, PERSON, 1, Messages.DUTCH).version());
  }

  @Test
  void theStaleListShowsEachAreaItsOwnProfilesOldestFirst() {
    ZonedDateTime now = START.atZone(ZoneOffset.UTC);
    reviewedAt(CLAIMED, now.minusMonths(30));
    reviewedAt(UNCLAIMED, now.minusMonths(40));
    reviewedAt(ELSEWHERE, now.minusMonths(50));
    reviewedAt(COMMUNITY, now.minusMonths(26));
    reviewedAt(PERSON, now.minusMonths(8));

    var mine = service.stale(librarian, 24, StaleSort.LAST_REVIEWED, false, 0, 50, Messages.DUTCH);
    assertEquals(List.of(UNCLAIMED, CLAIMED, COMMUNITY), ids(mine.rows()));
    assertEquals(3, mine.total());
    assertTrue(mine.rows().stream().allMatch(ReviewItem::stale));
    assertEquals("Utrecht", mine.rows().get(2).municipalityName(), "the host's place");

    var due = service.stale(librarian, 6, StaleSort.LAST_REVIEWED, true, 0, 50, Messages.DUTCH);
    assertEquals(List.of(PERSON, COMMUNITY, CLAIMED, UNCLAIMED), ids(due.rows()));
    assertFalse(due.rows().getFirst().stale(), "eight months: due, not yet stale");
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    "MATCH (p:Person {id: $id}) SET p.visibility = 'ORGANISATION'",
                    java.util.Map.of("id", PERSON))
                .consume());
    assertEquals(
        List.of(COMMUNITY, CLAIMED, UNCLAIMED),
        ids(
            service
                .stale(librarian, 6, StaleSort.LAST_REVIEWED, true, 0, 50, Messages.DUTCH)
                .rows()),
        "a person visible to her own organisation only is not listed to others");
    assertEquals(
        3,
        service.stale(librarian, 6, StaleSort.LAST_REVIEWED, true, 0, 50, Messages.DUTCH).total());
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    "MATCH (p:Person {id: $id}) SET p.visibility = 'PLATFORM'",
                    java.util.Map.of("id", PERSON))
                .consume());

    var province = service.stale(policy, 24, StaleSort.NAME, false, 0, 50, Messages.DUTCH);
    assertEquals(List.of(CLAIMED, COMMUNITY, UNCLAIMED), ids(province.rows()));

    var everything = service.stale(admin, 24, StaleSort.LAST_REVIEWED, false, 0, 2, Messages.DUTCH);
    assertEquals(List.of(ELSEWHERE, UNCLAIMED), ids(everything.rows()));
    assertEquals(4, everything.total());

    var elsewhere =
        service.stale(
            account("pol2", Role.POLICY, null, List.of("PV27")),
            24,
            StaleSort.LAST_REVIEWED,
            false,
            0,
            50,
            Messages.DUTCH);
    assertEquals(List.of(ELSEWHERE), ids(elsewhere.rows()));

    var e =
        assertThrows(
            DomainException.class,
            () ->
                service.stale(partner, 24, StaleSort.LAST_REVIEWED, false, 0, 50, Messages.DUTCH));
    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
  }

  @Test
  void theHomePageListsTheProfilesAnAccountLooksAfterThatAreDue() {
    assertEquals(List.of(), service.mine(partner));
    ZonedDateTime now = START.atZone(ZoneOffset.UTC);
    reviewedAt(COMMUNITY, now.minusMonths(9));
    reviewedAt(CLAIMED, now.minusMonths(7));
    reviewedAt(UNCLAIMED, now.minusMonths(30));
    assertEquals(List.of(COMMUNITY, CLAIMED), ids(service.mine(partner)));
    assertEquals(List.of(), ids(service.mine(librarian)), "an unclaimed partner is not hers");
    reviewedAt(LIBRARY, now.minusMonths(7));
    assertEquals(List.of(LIBRARY), ids(service.mine(librarian)));
    assertEquals(List.of(), service.mine(admin));
  }

  private static List<String> ids(List<ReviewItem> items) {
    return items.stream().map(ReviewItem::id).toList();
  }
}
