package org.knooppunt.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * In Utrecht (GM0344, province PV26): library L, partners P1 and P2, and P3 still pending. In
 * Amsterdam (GM0363, PV27): partners X and Y. Confirmed collaborations L–P1, P1–X and X–Y; L–P2 is
 * only proposed. Taalnetwerk N covers Utrecht with members L (regisseren, faciliteren), P1
 * (programmeren) and X (faciliteren); taalnetwerk E covers Nieuwegein (PV26) and has no members.
 */
class HealthServiceTest {

  private static final Account POLICY =
      new Account("b", "beleid", "Beleid", Set.of(Role.POLICY), "nl", null, null, List.of("PV26"));
  private static final Account POLICY_ELSEWHERE =
      new Account("e", "elders", "Elders", Set.of(Role.POLICY), "nl", null, null, List.of("PV27"));
  private static final Account LIBRARIAN =
      new Account("l", "bib", "Bib", Set.of(Role.LIBRARIAN), "nl", "L", null, List.of());

  private static HealthService at(String instant) {
    return new HealthService(
        TestGraph.graph(),
        new HealthRepository(),
        new AuditLog(),
        Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (u:Municipality {id: 'GM0344'}), (a:Municipality {id: 'GM0363'}),
                          (ng:Municipality {id: 'GM0356'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb', status: 'active'})-[:LOCATED_IN]->(u)
                    CREATE (p1:Organisation:Partner {id: 'P1', name: 'P1', status: 'active'})-[:LOCATED_IN]->(u)
                    CREATE (p2:Organisation:Partner {id: 'P2', name: 'P2'})-[:LOCATED_IN]->(u)
                    CREATE (p3:Organisation:Partner {id: 'P3', name: 'P3', status: 'pending'})-[:LOCATED_IN]->(u)
                    CREATE (x:Organisation:Partner {id: 'X', name: 'X', status: 'active'})-[:LOCATED_IN]->(a)
                    CREATE (y:Organisation:Partner {id: 'Y', name: 'Y', status: 'active'})-[:LOCATED_IN]->(a)
                    CREATE (l)-[:COLLABORATES_WITH {status: 'confirmed'}]->(p1)
                    CREATE (x)-[:COLLABORATES_WITH {status: 'confirmed'}]->(p1)
                    CREATE (x)-[:COLLABORATES_WITH {status: 'confirmed'}]->(y)
                    CREATE (l)-[:COLLABORATES_WITH {status: 'proposed'}]->(p2)
                    CREATE (n:Taalnetwerk {id: 'N', name: 'Netwerk'})-[:COVERS]->(u)
                    CREATE (l)-[:MEMBER_OF {roles: ['regisseren', 'faciliteren']}]->(n)
                    CREATE (p1)-[:MEMBER_OF {roles: ['programmeren']}]->(n)
                    CREATE (x)-[:MEMBER_OF {roles: ['faciliteren']}]->(n)
                    CREATE (:Taalnetwerk {id: 'E', name: 'Leeg'})-[:COVERS]->(ng)
                    """)
                .consume());
  }

  private static long population(String query) {
    return TestGraph.graph().read(tx -> tx.run(query).single().get(0).asLong());
  }

  private static HealthSnapshot latest(SubjectKind kind, String id) {
    return at("2025-01-01T00:00:00Z").history(kind, id).getFirst();
  }

  @Test
  void snapshotNumbersOfARegionAndATaalnetwerk() {
    HealthService service = at("2025-03-01T10:00:00Z");
    service.snapshot(POLICY, SubjectKind.REGION, "PV26", Messages.DUTCH);
    service.snapshot(POLICY, SubjectKind.TAALNETWERK, "N", Messages.DUTCH);

    long utrechtProvince =
        population("MATCH (m:Municipality {provinceCode: 'PV26'}) RETURN sum(m.population)");
    HealthSnapshot region = latest(SubjectKind.REGION, "PV26");
    assertEquals(2025, region.year());
    assertEquals(3, region.members(), "L, P1, P2 (no status means active); P3 is pending");
    assertEquals(2, region.partners());
    assertEquals(2, region.confirmedCollaborations(), "L–P1 and P1–X; X–Y lies outside");
    assertEquals(0, region.rolesFilled(), "its weakest taalnetwerk, E, has no roles filled");
    assertEquals(utrechtProvince, region.inhabitants());
    assertEquals(Math.round(2 * 1_000_000.0 / utrechtProvince) / 100.0, region.partnersPer10k());

    long utrecht = population("MATCH (m:Municipality {id: 'GM0344'}) RETURN m.population");
    HealthSnapshot network = latest(SubjectKind.TAALNETWERK, "N");
    assertEquals(3, network.members());
    assertEquals(3, network.rolesFilled(), "intermediëren is missing");
    assertEquals(2, network.partners(), "P1 and X");
    assertEquals(2, network.confirmedCollaborations(), "L–P1 and P1–X; X–Y: Y is no member");
    assertEquals(utrecht, network.inhabitants());
    assertEquals(Math.round(2 * 1_000_000.0 / utrecht) / 100.0, network.partnersPer10k());
    assertEquals(
        HealthSnapshot.per10k(2, utrecht), network.partnersPer10k(), "the same rounding as shown");
  }

  @Test
  void theYearlyRunMakesOnePerSubjectPerYearAndIsIdempotent() {
    long subjects = population("MATCH (r:Region) RETURN count(r)") + 2;
    assertEquals(subjects, at("2025-01-01T03:00:00Z").yearly());
    assertEquals(0, at("2025-01-01T03:00:00Z").yearly(), "a second run the same day");
    HealthSnapshot first = latest(SubjectKind.TAALNETWERK, "N");

    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (n:Taalnetwerk {id: 'N'}), (p:Organisation {id: 'P2'})
                    CREATE (p)-[:MEMBER_OF {roles: ['intermediëren']}]->(n)
                    """)
                .consume());
    assertEquals(0, at("2025-11-30T03:00:00Z").yearly(), "later that year: nothing new");
    assertEquals(first, latest(SubjectKind.TAALNETWERK, "N"), "and nothing changed");

    assertEquals(subjects, at("2026-01-01T03:00:00Z").yearly(), "a new year");
    List<HealthSnapshot> history = at("2026-01-02T00:00:00Z").history(SubjectKind.TAALNETWERK, "N");
    assertEquals(List.of(2026, 2025), history.stream().map(HealthSnapshot::year).toList());
    assertEquals(4, history.getFirst().rolesFilled());
    assertEquals(4, history.getFirst().members());
    assertEquals(3, history.get(1).rolesFilled());
    long count =
        population("MATCH (h:HealthSnapshot)-[:OF]->(:Taalnetwerk {id: 'N'}) RETURN count(h)");
    assertEquals(2, count, "each linked to its subject, one per year");
  }

  @Test
  void anOnDemandSnapshotReplacesOnlyThisYearsNumbers() {
    at("2025-06-01T00:00:00Z").yearly();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (n:Taalnetwerk {id: 'N'}), (p:Organisation {id: 'P2'})
                    CREATE (p)-[:MEMBER_OF {roles: ['intermediëren']}]->(n)
                    """)
                .consume());
    at("2025-06-02T12:00:00Z").snapshot(POLICY, SubjectKind.TAALNETWERK, "N", Messages.DUTCH);
    List<HealthSnapshot> history = at("2025-06-02T12:00:00Z").history(SubjectKind.TAALNETWERK, "N");
    assertEquals(1, history.size(), "still one for 2025");
    assertEquals(4, history.getFirst().members());
    assertEquals(Instant.parse("2025-06-02T12:00:00Z"), history.getFirst().at().toInstant());
  }

  @Test
  void whoMayTakeASnapshot() {
    HealthService service = at("2025-03-01T10:00:00Z");
    for (Account refused : new Account[] {POLICY_ELSEWHERE, LIBRARIAN, null}) {
      DomainException e =
          assertThrows(
              DomainException.class,
              () -> service.snapshot(refused, SubjectKind.TAALNETWERK, "N", Messages.DUTCH));
      assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
    }
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        assertThrows(
                DomainException.class,
                () -> service.snapshot(POLICY, SubjectKind.REGION, "PV27", Messages.DUTCH))
            .kind());
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        assertThrows(
                DomainException.class,
                () -> service.snapshot(POLICY, SubjectKind.TAALNETWERK, "nope", Messages.DUTCH))
            .kind());
    assertEquals(0, population("MATCH (h:HealthSnapshot) RETURN count(h)"), "nothing written");
    Account admin =
        new Account("a", "admin", "Admin", Set.of(Role.ADMIN), "nl", null, null, List.of());
    service.snapshot(admin, SubjectKind.REGION, "PV27", Messages.DUTCH);
    assertEquals(
        Map.of("PV27", 1L),
        Map.of("PV27", population("MATCH (h:HealthSnapshot {subjectId: 'PV27'}) RETURN count(h)")));
  }
}
