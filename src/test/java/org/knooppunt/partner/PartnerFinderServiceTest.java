package org.knooppunt.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.collaboration.CollaborationRepository;
import org.knooppunt.collaboration.CollaborationService;
import org.knooppunt.inbox.InboxRepository;
import org.knooppunt.inbox.InboxService;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Library L (Utrecht, branch B) works with P1. The need: taalvaardigheid for nieuwkomers. Worked
 * out by hand, with the weights topic 2, target group 3, partner in common 1.5, nearness
 * 2·e^(−km/15), taalnetwerk 1, stale ×0.5:
 *
 * <ul>
 *   <li>A: a narrower topic (2), reaches nieuwkomers (3), works with P1 (1.5), 4.0 km (2·e^(−4/15)
 *       = 1.53), programmeert in Taalnetwerk T (1): 9.03;
 *   <li>BC: taalvaardigheid (2), 30 km (0.27): 2.27;
 *   <li>F: taalvaardigheid (2), no location; its collaboration with L ended: 2.00;
 *   <li>C: reaches nieuwkomers (3), never reviewed: stale, 1.50;
 *   <li>left out: D (works with P1 but meets no need), E (a proposed collaboration with L is still
 *       open), P1 (a partner), L itself.
 * </ul>
 */
class PartnerFinderServiceTest {

  private final PartnerFinderService service =
      new PartnerFinderService(
          TestGraph.graph(),
          new PartnerFinderRepository(),
          new CollaborationService(TestGraph.graph(), new CollaborationRepository()),
          new InboxService(TestGraph.graph(), new InboxRepository()),
          new AuditLog(),
          new org.knooppunt.person.PersonService(
              TestGraph.graph(),
              new org.knooppunt.person.PersonRepository(),
              new org.knooppunt.organisation.OrganisationRepository(),
              null,
              new AuditLog(),
              new InboxService(TestGraph.graph(), new InboxRepository()),
              java.time.Clock.systemUTC()));

  private static final Account LIBRARIAN =
      new Account("bib", "bib", "bib", Set.of(Role.LIBRARIAN), "nl", "L", null, List.of());
  private static final Account OTHER =
      new Account("x", "x", "x", Set.of(Role.LIBRARIAN), "nl", "P1", null, List.of());

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (u:Municipality {id: 'GM0344'})
                    MATCH (tv:Topic {id: 'taalvaardigheid'}), (no:Topic {id: 'nederlands-oefenen'})
                    MATCH (nk:TargetGroup {id: 'nieuwkomers-anderstaligen'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb', version: 1,
                            location: point({latitude: 52.0907, longitude: 5.1214})})-[:LOCATED_IN]->(u)
                    CREATE (l)-[:HAS_BRANCH]->(:Branch {id: 'B', name: 'Filiaal'})
                    CREATE (p1:Organisation:Partner {id: 'P1', name: 'Partner Een', version: 1})
                    CREATE (l)-[:COLLABORATES_WITH {status: 'confirmed'}]->(p1)
                    CREATE (a:Organisation:Partner {id: 'A', name: 'Alfa', version: 1,
                            lastReviewedAt: datetime() - duration('P1M'),
                            location: point({latitude: 52.1267, longitude: 5.1214})})
                    CREATE (a)-[:WORKS_ON]->(no)
                    CREATE (a)-[:REACHES]->(nk)
                    CREATE (p1)-[:COLLABORATES_WITH {status: 'confirmed'}]->(a)
                    CREATE (a)-[:MEMBER_OF {roles: ['programmeren']}]->(:Taalnetwerk {id: 'T', name: 'Taalnetwerk T'})
                    CREATE (bc:Organisation:Partner {id: 'BC', name: 'Bravo', version: 1,
                            lastReviewedAt: datetime() - duration('P1M'),
                            location: point({latitude: 52.3605, longitude: 5.1214})})
                    CREATE (bc)-[:WORKS_ON]->(tv)
                    CREATE (c:Organisation:Partner {id: 'C', name: 'Charlie', version: 1})
                    CREATE (c)-[:REACHES]->(nk)
                    CREATE (d:Organisation:Partner {id: 'D', name: 'Delta', version: 1})
                    CREATE (p1)-[:COLLABORATES_WITH {status: 'confirmed'}]->(d)
                    CREATE (e:Organisation:Partner {id: 'E', name: 'Echo', version: 1,
                            lastReviewedAt: datetime()})
                    CREATE (e)-[:WORKS_ON]->(tv)
                    CREATE (e)-[:COLLABORATES_WITH {status: 'proposed'}]->(l)
                    CREATE (f:Organisation:Partner {id: 'F', name: 'Foxtrot', version: 1,
                            lastReviewedAt: datetime()})
                    CREATE (f)-[:WORKS_ON]->(tv)
                    CREATE (f)-[:COLLABORATES_WITH {status: 'ended'}]->(l)
                    """,
                    Map.of())
                .consume());
  }

  private List<Suggestion> suggest(String forId, Integer radiusKm) {
    return service.suggest(
        LIBRARIAN,
        forId,
        List.of("taalvaardigheid"),
        List.of("nieuwkomers-anderstaligen"),
        radiusKm,
        List.of(),
        10,
        Messages.DUTCH);
  }

  @Test
  void ranksByWhatCandidatesShareWithTheNeedAndWithUsAndSaysWhy() {
    var found = suggest("L", null);
    assertEquals(List.of("A", "BC", "F", "C"), found.stream().map(Suggestion::id).toList());
    Suggestion a = found.getFirst();
    assertEquals(9.03, a.score(), 0.011);
    assertEquals(List.of("Nederlandse taal oefenen"), a.topics());
    assertEquals(List.of("Nieuwkomers en anderstaligen"), a.targetGroups());
    assertEquals(List.of("Partner Een"), a.commonPartners());
    assertEquals(List.of("programmeren · Taalnetwerk T"), a.taalnetwerkRoles());
    assertEquals(4.0, a.distanceKm(), 0.05);
    assertFalse(a.stale());
    assertEquals(2.27, found.get(1).score(), 0.011);
    assertEquals(2.0, found.get(2).score(), 0.011);
    Suggestion c = found.get(3);
    assertEquals(1.5, c.score(), 0.011);
    assertTrue(c.stale(), "never reviewed: ranked lower and marked");
  }

  @Test
  void aBranchSearchesForItsLibraryAndAnAreaNarrowsTheCandidates() {
    assertEquals(
        List.of("A", "BC", "F", "C"), suggest("B", null).stream().map(Suggestion::id).toList());
    assertEquals(List.of("A"), suggest("L", 10).stream().map(Suggestion::id).toList());
  }

  /**
   * X works on taalvaardigheid (2), reaches nieuwkomers (3), works with five of L's partners (5 ×
   * 1.5 = 7.5) and sits where L is (2): 14.5. Nobody without a partner in common can score more
   * than 2 topics × 2 + 3 + 2 + 1 taalnetwerk role = 10, so the partners of L's partners decide the
   * top 1 on their own. Y reaches that 10 without a partner in common (both topics, nieuwkomers, at
   * L, in Taalnetwerk T): in the top 2 it beats A (9.03), the second of the partners of partners,
   * so there everyone is ranked.
   */
  @Test
  void thePartnersOfOurPartnersDecideTheTopOnlyWhenNobodyElseCouldOutscoreThem() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (l:Library {id: 'L'}), (p1:Organisation {id: 'P1'})
                    MATCH (tv:Topic {id: 'taalvaardigheid'})
                    MATCH (nk:TargetGroup {id: 'nieuwkomers-anderstaligen'})
                    CREATE (x:Organisation:Partner {id: 'X', name: 'Xray', version: 1,
                            lastReviewedAt: datetime() - duration('P1M'), location: l.location})
                    CREATE (x)-[:WORKS_ON]->(tv)
                    CREATE (x)-[:REACHES]->(nk)
                    CREATE (p1)-[:COLLABORATES_WITH {status: 'confirmed'}]->(x)
                    WITH l, x, tv, nk
                    MATCH (no:Topic {id: 'nederlands-oefenen'}), (t:Taalnetwerk {id: 'T'})
                    CREATE (y:Organisation:Partner {id: 'Y', name: 'Yankee', version: 1,
                            lastReviewedAt: datetime() - duration('P1M'), location: l.location})
                    CREATE (y)-[:WORKS_ON]->(tv)
                    CREATE (y)-[:WORKS_ON]->(no)
                    CREATE (y)-[:REACHES]->(nk)
                    CREATE (y)-[:MEMBER_OF {roles: ['lesgeven']}]->(t)
                    WITH DISTINCT l, x
                    UNWIND range(2, 5) AS i
                    CREATE (p:Organisation:Partner {id: 'P' + i, name: 'Partner ' + i, version: 1})
                    CREATE (l)-[:COLLABORATES_WITH {status: 'confirmed'}]->(p)
                    CREATE (p)-[:COLLABORATES_WITH {status: 'confirmed'}]->(x)
                    """,
                    Map.of())
                .consume());
    var repository = new PartnerFinderRepository();
    var top1 = query(1);
    var shortlist = TestGraph.graph().read(tx -> repository.shortlist(tx, top1));
    assertTrue(shortlist.complete(), "14.5 beats the ceiling of 10");
    assertEquals(List.of("X"), shortlist.top().stream().map(Suggestion::id).toList());
    assertEquals(TestGraph.graph().read(tx -> repository.find(tx, top1)), shortlist.top());
    Suggestion x = service.ranked(top1).getFirst();
    assertEquals(14.5, x.score(), 0.001);
    assertEquals(
        List.of("Partner 2", "Partner 3", "Partner 4", "Partner 5", "Partner Een"),
        x.commonPartners());

    var top2 = query(2);
    var tooShort = TestGraph.graph().read(tx -> repository.shortlist(tx, top2));
    assertEquals(List.of("X", "A"), tooShort.top().stream().map(Suggestion::id).toList());
    assertFalse(tooShort.complete(), "A's 9.03 does not beat the ceiling of 10");
    // Without a partner in common a candidate scores at most 8 (2 topics, the group, one
    // taalnetwerk role) plus nearness 2·e^(−km/15): only within 15·ln(2/1.032) = 9.94 km can it
    // reach A's 9.032. Y (0 km, 10.0) is such a one; BC (30 km) is not.
    assertEquals(15 * Math.log(2 / (tooShort.scores().getLast() - 8)), tooShort.nearbyKm(), 1e-3);
    assertEquals(9.94, tooShort.nearbyKm(), 0.01);
    assertEquals(
        List.of("X", "Y"),
        TestGraph.graph().read(tx -> repository.nearby(tx, top2, tooShort)).stream()
            .map(Suggestion::id)
            .toList());
    assertEquals(TestGraph.graph().read(tx -> repository.find(tx, top2)), service.ranked(top2));
    var top5 = query(5);
    var fiveShort = TestGraph.graph().read(tx -> repository.shortlist(tx, top5));
    assertFalse(fiveShort.complete());
    assertEquals(null, fiveShort.nearbyKm(), "two partners of partners do not fill five places");
    assertEquals(TestGraph.graph().read(tx -> repository.find(tx, top5)), service.ranked(top5));
    assertEquals(List.of("X", "Y"), service.ranked(top2).stream().map(Suggestion::id).toList());
    assertEquals(10.0, service.ranked(top2).get(1).score(), 0.001);
    assertEquals(
        List.of("X", "Y", "A", "BC", "F", "C"),
        suggest("L", null).stream().map(Suggestion::id).toList());
  }

  /**
   * The fast paths (the partners of our partners, pruned by what a candidate could still score;
   * then the few close enough) must rank exactly as ranking everyone does. On a seeded random
   * network with more partners of partners than the shortlist samples, for several limits and
   * areas.
   */
  @Test
  void onARandomNetworkTheFastPathsRankExactlyLikeRankingEveryone() {
    var random = new java.util.Random(20261122);
    List<Map<String, Object>> partners = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      partners.add(Map.of("id", "RP" + i, "status", i % 10 == 0 ? "ended" : "confirmed"));
    }
    List<Map<String, Object>> candidates = new java.util.ArrayList<>();
    List<String> topics = List.of("taalvaardigheid", "nederlands-oefenen", "leesbevordering");
    List<String> groups = List.of("nieuwkomers-anderstaligen", "laaggeletterden");
    for (int i = 0; i < 500; i++) {
      // A quarter scores exactly what the shortlist's bound allows (all of the first need, at the
      // library's own place, a taalnetwerk role, five or more partners in common): ties that only
      // the name breaks, so a bound that prunes a hair too much loses one of them.
      boolean perfect = random.nextInt(4) == 0;
      Map<String, Object> c = new java.util.HashMap<>();
      c.put("id", "RC" + i);
      c.put("name", String.format("Kandidaat %03d", i));
      c.put("lat", perfect ? 52.0907 : 52.0907 + (random.nextDouble() - 0.5) * 0.7);
      c.put("lon", perfect ? 5.1214 : 5.1214 + (random.nextDouble() - 0.5) * 1.0);
      c.put("months", perfect ? 1 : random.nextInt(36));
      c.put("status", !perfect && random.nextInt(20) == 0 ? "inactive" : "active");
      c.put("perfect", perfect); // works on taalvaardigheid and every narrower topic
      c.put(
          "topics",
          perfect ? List.of() : topics.stream().filter(t -> random.nextInt(3) == 0).toList());
      c.put(
          "groups",
          perfect
              ? groups.subList(0, 1)
              : groups.stream().filter(g -> random.nextInt(3) == 0).toList());
      c.put("taal", perfect || random.nextInt(6) == 0 ? 1 : 0);
      c.put("community", random.nextInt(8) == 0);
      List<Map<String, Object>> works = new java.util.ArrayList<>();
      int n = perfect ? 5 + random.nextInt(8) : random.nextInt(13);
      for (int k = 0; k < n; k++) {
        works.add(
            Map.of(
                // Every tenth partner's collaboration with L has ended: not a partner of ours.
                "partner",
                "RP"
                    + (perfect
                        ? 10 * random.nextInt(6) + 1 + random.nextInt(9)
                        : random.nextInt(partners.size())),
                "status",
                !perfect && random.nextInt(6) == 0 ? "ended" : "confirmed"));
      }
      c.put("works", works);
      candidates.add(c);
    }
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (l:Library {id: 'L'})
                    UNWIND $partners AS p
                    CREATE (o:Organisation:Partner {id: p.id, name: 'Partner ' + p.id, version: 1})
                    CREATE (l)-[:COLLABORATES_WITH {status: p.status}]->(o)
                    WITH DISTINCT l
                    UNWIND range(1, 3) AS i
                    CREATE (:Taalnetwerk {id: 'RT' + i, name: 'Netwerk ' + i})
                    WITH DISTINCT l
                    CREATE (:Community {id: 'RCOM', name: 'Gemeenschap'})
                    WITH DISTINCT l
                    UNWIND $candidates AS c
                    CREATE (o:Organisation:Partner {id: c.id, name: c.name, version: 1, status: c.status,
                            lastReviewedAt: datetime() - duration({months: c.months}),
                            location: point({latitude: c.lat, longitude: c.lon})})
                    WITH o, c
                    CALL (o, c) {
                      UNWIND c.topics AS t MATCH (x:Topic {id: t}) CREATE (o)-[:WORKS_ON]->(x)
                    }
                    CALL (o, c) {
                      MATCH (:Topic {id: 'taalvaardigheid'})<-[:BROADER*0..4]-(x:Topic) WHERE c.perfect
                      CREATE (o)-[:WORKS_ON]->(x)
                    }
                    CALL (o, c) {
                      UNWIND c.groups AS g MATCH (x:TargetGroup {id: g}) CREATE (o)-[:REACHES]->(x)
                    }
                    CALL (o, c) {
                      UNWIND range(1, c.taal) AS i MATCH (n:Taalnetwerk {id: 'RT' + i})
                      CREATE (o)-[:MEMBER_OF {roles: ['lesgeven']}]->(n)
                    }
                    CALL (o, c) {
                      MATCH (m:Community {id: 'RCOM'}) WHERE c.community
                      CREATE (o)-[:MEMBER_OF]->(m)
                    }
                    CALL (o, c) {
                      UNWIND c.works AS w MATCH (p:Organisation {id: w.partner})
                      CREATE (p)-[:COLLABORATES_WITH {status: w.status}]->(o)
                    }
                    """,
                    Map.of("partners", partners, "candidates", candidates))
                .consume());

    var repository = new PartnerFinderRepository();
    for (Integer radius : new Integer[] {null, 25}) {
      for (int limit : new int[] {1, 5, 10, 20}) {
        for (var need :
            List.of(
                List.of(List.of("taalvaardigheid"), List.of("nieuwkomers-anderstaligen")),
                List.of(List.of("leesbevordering"), List.<String>of()))) {
          var q =
              new PartnerFinderRepository.Query(
                  "L", need.get(0), need.get(1), radius, List.of(), false, limit);
          var everyone = TestGraph.graph().read(tx -> repository.find(tx, q));
          assertEquals(everyone, service.ranked(q), "limit " + limit + ", radius " + radius);
          assertEquals(limit, everyone.size());
          var shortlist = TestGraph.graph().read(tx -> repository.shortlist(tx, q));
          if (shortlist.complete()) {
            assertEquals(everyone, shortlist.top(), "the shortlist alone, limit " + limit);
          }
          if (need.get(0).contains("taalvaardigheid")) {
            // The perfect ones (17.5) beat anyone outside the partners of partners (at most
            // 10): the shortlist must find them itself, pruning none that ties with its last.
            assertTrue(shortlist.complete(), "limit " + limit + ", radius " + radius);
          }
        }
      }
    }
  }

  private static PartnerFinderRepository.Query query(int limit) {
    return new PartnerFinderRepository.Query(
        "L",
        List.of("taalvaardigheid"),
        List.of("nieuwkomers-anderstaligen"),
        null,
        List.of(),
        false,
        limit);
  }

  @Test
  void aCommunitySearchesForItsHostFromWhereItMeetsAndATaalnetwerkForItsTaalhuisLibrary() {
    // Community K, hosted by L, meets at L's branch B2 in the north, where Bravo is (0 km) and
    // Alfa is 26 km away; Taalnetwerk T has its Taalhuis at branch B, which has no location.
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (l:Organisation {id: 'L'}), (b:Branch {id: 'B'}), (t:Taalnetwerk {id: 'T'})
                    CREATE (l)-[:HAS_BRANCH]->(b2:Branch {id: 'B2', name: 'Noord',
                            location: point({latitude: 52.3605, longitude: 5.1214})})
                    CREATE (l)-[:HOSTS]->(k:Community {id: 'K', name: 'Taalcafé'})-[:MEETS_AT]->(b2)
                    CREATE (t)-[:HAS_TAALHUIS]->(b)
                    """,
                    Map.of())
                .consume());
    assertEquals(
        List.of("A", "BC", "F", "C"),
        suggest("K", null).stream().map(Suggestion::id).toList(),
        "the host's partners and needs, the host itself left out");
    assertEquals(
        List.of("BC"),
        suggest("K", 10).stream().map(Suggestion::id).toList(),
        "the radius is around where the community meets");
    assertEquals(0.0, suggest("K", 10).getFirst().distanceKm(), 0.05);
    assertEquals(
        List.of("A"),
        suggest("T", 10).stream().map(Suggestion::id).toList(),
        "a taalnetwerk searches for its Taalhuis's library, around the library");
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        assertThrows(
                DomainException.class,
                () ->
                    service.suggest(
                        OTHER,
                        "K",
                        List.of("taalvaardigheid"),
                        List.of(),
                        null,
                        List.of(),
                        10,
                        Messages.DUTCH))
            .kind(),
        "only who speaks for the host");
  }

  @Test
  void onlySomeoneWhoMaySpeakForItAsksAndBadInputIsExplained() {
    var e =
        assertThrows(
            DomainException.class,
            () ->
                service.suggest(
                    OTHER,
                    "L",
                    List.of("taalvaardigheid"),
                    List.of(),
                    null,
                    List.of(),
                    10,
                    Messages.DUTCH));
    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
    var noNeed =
        assertThrows(
            DomainException.class,
            () ->
                service.suggest(
                    LIBRARIAN, "L", List.of(), List.of(), null, List.of(), 10, Messages.ENGLISH));
    assertEquals("need", noNeed.fieldErrors().getFirst().field());
    assertEquals(
        DomainException.Kind.INVALID,
        assertThrows(
                DomainException.class,
                () ->
                    service.suggest(
                        LIBRARIAN,
                        "L",
                        List.of("x') DETACH DELETE n //"),
                        List.of(),
                        1000,
                        List.of("DROP"),
                        10,
                        Messages.DUTCH))
            .kind());
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        assertThrows(
                DomainException.class,
                () ->
                    service.suggest(
                        LIBRARIAN,
                        "bestaat-niet",
                        List.of("taalvaardigheid"),
                        List.of(),
                        null,
                        List.of(),
                        10,
                        Messages.DUTCH))
            .kind());
  }

  @Test
  void anIntroductionGoesThroughConsentingPeopleOnly() {
    // L ← Anna (consents) — knows — Bas (consents) → BC, 3 hops; and a 2-hop chain through
    // Carla, who does not consent: L ← Carla → BC.
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (l:Organisation {id: 'L'}), (bc:Organisation {id: 'BC'})
                    CREATE (anna:Person {id: 'anna', name: 'Anna', jobTitle: 'Netwerkbibliothecaris',
                            consentIntroductions: true})-[:WORKS_FOR]->(l)
                    CREATE (bas:Person {id: 'bas', name: 'Bas', consentIntroductions: true})-[:WORKS_FOR]->(bc)
                    CREATE (anna)-[:KNOWS]->(bas)
                    CREATE (carla:Person {id: 'carla', name: 'Carla', consentIntroductions: false})
                    CREATE (carla)-[:WORKS_FOR]->(l)
                    CREATE (carla)-[:WORKS_FOR]->(bc)
                    """,
                    Map.of())
                .consume());
    var path = service.introduction(LIBRARIAN, "B", "BC", Messages.DUTCH).orElseThrow();
    assertEquals(
        List.of("L", "anna", "bas", "BC"),
        path.steps().stream().map(IntroductionPath.Step::id).toList(),
        "not the shorter chain through Carla, who did not consent");
    assertEquals(List.of("WORKS_FOR", "KNOWS", "WORKS_FOR"), path.relations());
    assertEquals("Anna", path.firstPerson().name());

    TestGraph.graph()
        .write(tx ->
            tx.run("MATCH (p:Person {id: 'bas'}) SET p.consentIntroductions = false", Map.of())
                .consume());
    assertTrue(
        service.introduction(LIBRARIAN, "L", "BC", Messages.DUTCH).isEmpty(),
        "without Bas's consent there is no chain");
    assertEquals(
        List.of("L", "P1", "A"),
        service.introduction(LIBRARIAN, "L", "A", Messages.DUTCH).orElseThrow().steps().stream()
            .map(IntroductionPath.Step::id)
            .toList(),
        "organisations introduce too: through a partner of ours");
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        assertThrows(
                DomainException.class, () -> service.introduction(OTHER, "L", "BC", Messages.DUTCH))
            .kind());
  }

  @Test
  void askingForAnIntroductionReachesTheFirstOtherPersonOnTheChain() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (l:Organisation {id: 'L'}), (bc:Organisation {id: 'BC'})
                    CREATE (anna:Person {id: 'anna', name: 'Anna', consentIntroductions: true})-[:WORKS_FOR]->(l)
                    CREATE (bas:Person {id: 'bas', name: 'Bas', consentIntroductions: true})-[:WORKS_FOR]->(bc)
                    CREATE (anna)-[:KNOWS]->(bas)
                    CREATE (:Account {id: 'acc-anna', username: 'anna', roles: ['librarian']})-[:IS]->(anna)
                    CREATE (:Account {id: 'acc-bc', username: 'bc', roles: ['partner']})-[:ACTS_FOR]->(bc)
                    """,
                    Map.of())
                .consume());
    var inbox = new InboxService(TestGraph.graph(), new InboxRepository());
    Account anna =
        new Account("acc-anna", "anna", "Anna", Set.of(Role.LIBRARIAN), "nl", "L", null, List.of());
    Account bc =
        new Account("acc-bc", "bc", "BC", Set.of(Role.PARTNER), "nl", "BC", null, List.of());

    var refused =
        assertThrows(
            DomainException.class,
            () -> service.askIntroduction(LIBRARIAN, "L", "BC", "<b>hallo</b>", Messages.DUTCH));
    assertEquals("message", refused.fieldErrors().getFirst().field());
    assertEquals(0, inbox.unread(anna) + inbox.unread(bc), "nothing sent");

    assertEquals(
        "Anna",
        service.askIntroduction(LIBRARIAN, "L", "BC", "Wil je ons voorstellen?", Messages.DUTCH));
    var item = inbox.list(anna, null, false, 0, 10, Messages.DUTCH).rows().getFirst();
    assertEquals(org.knooppunt.inbox.Notice.Kind.INTRODUCTION, item.kind());
    assertEquals("Wil je ons voorstellen?", item.message());
    assertTrue(item.subject().contains("Anna") && item.subject().contains("Bieb"), item.subject());

    assertEquals(
        "een contactpersoon van " + nameOf("BC"),
        service.askIntroduction(anna, "L", "BC", null, Messages.DUTCH),
        "Anna herself asks the next person, through his organisation's account; Bas is visible"
            + " to his own organisation only, so Anna is not told his name");
    assertEquals(1, inbox.unread(bc));
    assertEquals(
        2,
        (long)
            TestGraph.graph()
                .read(tx ->
                    tx.run(
                            "MATCH (e:AuditEntry {action: 'introduction.asked'}) RETURN count(e) AS n")
                        .single()
                        .get("n")
                        .asLong()),
        "audited");
  }

  @Test
  void peopleTheUserMayNotSeeAreShownOnThePathAsAContactOfTheirOrganisation() {
    // Bas works for BC, which its own partner account speaks for; he is visible only to BC.
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (l:Organisation {id: 'L'}), (bc:Organisation {id: 'BC'})
                    CREATE (anna:Person {id: 'anna', name: 'Anna', consentIntroductions: true})-[:WORKS_FOR]->(l)
                    CREATE (bas:Person {id: 'bas', name: 'Bas Geheim', jobTitle: 'Directeur',
                            visibility: 'ORGANISATION', consentIntroductions: true})-[:WORKS_FOR]->(bc)
                    CREATE (anna)-[:KNOWS]->(bas)
                    CREATE (:Account {id: 'acc-bc', username: 'bc', roles: ['partner']})-[:ACTS_FOR]->(bc)
                    """,
                    Map.of())
                .consume());
    var path = service.introduction(LIBRARIAN, "L", "BC", Messages.DUTCH).orElseThrow();
    var bas = path.steps().get(2);
    assertEquals("een contactpersoon van " + nameOf("BC"), bas.name());
    assertTrue(bas.jobTitle() == null && !bas.id().equals("bas"), bas.toString());
    assertEquals("Anna", path.steps().get(1).name(), "a colleague stays visible");
    assertTrue(
        path.toString().indexOf("Bas Geheim") < 0 && path.toString().indexOf("Directeur") < 0);
  }

  private static String nameOf(String id) {
    return TestGraph.graph()
        .read(tx ->
            tx.run("MATCH (o:Organisation {id: $id}) RETURN o.name AS n", Map.of("id", id))
                .single()
                .get("n")
                .asString());
  }
}
