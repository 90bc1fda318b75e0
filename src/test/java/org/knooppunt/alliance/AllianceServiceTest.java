package org.knooppunt.alliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Libraries L (Utrecht) and M (Zeist), partner P, library A in Amsterdam; a librarian of L and of
 * M, the policy cell of the province of Utrecht (PV26), one of Noord-Holland (PV27), an admin.
 */
class AllianceServiceTest {

  private final AllianceService service =
      new AllianceService(
          TestGraph.graph(),
          new AllianceRepository(),
          new AuditLog(),
          Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

  private static Account account(
      String name, Role role, String organisation, List<String> regions) {
    return new Account(name, name, "Naam " + name, Set.of(role), "nl", organisation, null, regions);
  }

  private static final Account ADMIN = account("admin", Role.ADMIN, null, List.of());
  private static final Account UTRECHT = account("beleid", Role.POLICY, null, List.of("PV26"));
  private static final Account HOLLAND = account("nh", Role.POLICY, null, List.of("PV27"));
  private static final Account BIB_L = account("bibl", Role.LIBRARIAN, "L", List.of());
  private static final Account BIB_M = account("bibm", Role.LIBRARIAN, "M", List.of());
  private static final Account PARTNER = account("pa", Role.PARTNER, "P", List.of());

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    CREATE (:Organisation:Library {id: 'L', name: 'Bieb Utrecht', status: 'active'})
                    CREATE (:Organisation:Library {id: 'M', name: 'Bieb Zeist', status: 'active'})
                    CREATE (:Organisation:Library {id: 'A', name: 'Bieb Amsterdam', status: 'active'})
                    CREATE (:Organisation:Partner {id: 'P', name: 'Welzijn', status: 'active'})
                    """)
                .consume());
  }

  private static AllianceForm form(String name, List<String> municipalities, long version) {
    return new AllianceForm(
        name,
        "Samen aan taal",
        "2026-01-01",
        List.of(
            new AllianceForm.MemberForm("L", "penvoerder", null, null),
            new AllianceForm.MemberForm("P", "kernpartner", "2026-03-01", null)),
        municipalities,
        List.of("taalvaardigheid"),
        version);
  }

  private static String snapshot() {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    """
                    OPTIONAL MATCH (a:Alliance)
                    WITH a ORDER BY a.id
                    RETURN collect([a.id, a.name, a.version, a.status, toString(a.until),
                      COUNT { (a)--() }]) AS s
                    """)
                .single()
                .get("s")
                .toString());
  }

  private static void refused(DomainException.Kind kind, Executable call) {
    String before = snapshot();
    DomainException e = assertThrows(DomainException.class, call);
    assertEquals(kind, e.kind(), e.getMessage());
    assertEquals(before, snapshot(), "nothing written");
  }

  @Test
  void adminCreatesAnAllianceWithMembersMunicipalitiesAndTopics() {
    String id =
        service.create(ADMIN, form("Taal Utrecht", List.of("GM0344", "GM0355"), 0), Messages.DUTCH);
    Alliance a = service.get(id, Messages.DUTCH);
    assertEquals("Taal Utrecht", a.name());
    assertEquals("active", a.status());
    assertEquals("2026-01-01", a.since());
    assertEquals(1, a.version());
    assertEquals(
        List.of("L", "P"), a.members().stream().map(Alliance.Member::organisationId).toList());
    assertEquals("penvoerder", a.members().get(0).role());
    assertEquals(
        "2026-01-01", a.members().get(0).since(), "a member without a date joins when it starts");
    assertEquals("2026-03-01", a.members().get(1).since());
    assertEquals("partner", a.members().get(1).kind());
    assertEquals(
        Set.of("GM0344", "GM0355"),
        Set.copyOf(a.municipalities().stream().map(Alliance.Place::id).toList()));
    assertEquals("PV26", a.municipalities().get(0).regionId());
    assertEquals(List.of("taalvaardigheid"), a.topics().stream().map(Alliance.Topic::id).toList());
    AllianceService.Page page = service.list(null, 0, 10);
    assertEquals(1, page.total());
    assertEquals(2, page.rows().get(0).members());
  }

  @Test
  void policyCellCreatesOnlyInItsOwnProvince() {
    String id = service.create(UTRECHT, form("Taal Utrecht", List.of("GM0344"), 0), Messages.DUTCH);
    assertTrue(service.find(id).isPresent());
    refused(
        DomainException.Kind.FORBIDDEN,
        () ->
            service.create(
                UTRECHT, form("Over de grens", List.of("GM0344", "GM0363"), 0), Messages.DUTCH));
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.create(HOLLAND, form("Niet van ons", List.of("GM0344"), 0), Messages.DUTCH));
  }

  @Test
  void librariansAndPartnersDoNotCreate() {
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.create(BIB_L, form("Eigen", List.of("GM0344"), 0), Messages.DUTCH));
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.create(PARTNER, form("Eigen", List.of("GM0344"), 0), Messages.DUTCH));
  }

  @Test
  void librarianOfAMemberEditsAndOthersMayNot() {
    String id = service.create(UTRECHT, form("Taal Utrecht", List.of("GM0344"), 0), Messages.DUTCH);
    long version =
        service.update(BIB_L, id, form("Taal Utrecht e.o.", List.of("GM0344"), 1), Messages.DUTCH);
    assertEquals(2, version);
    assertEquals("Taal Utrecht e.o.", service.get(id, Messages.DUTCH).name());
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.update(BIB_M, id, form("Overgenomen", List.of("GM0344"), 2), Messages.DUTCH));
    refused(
        DomainException.Kind.FORBIDDEN,
        () ->
            service.update(HOLLAND, id, form("Overgenomen", List.of("GM0344"), 2), Messages.DUTCH));
    refused(
        DomainException.Kind.FORBIDDEN,
        () ->
            service.update(PARTNER, id, form("Overgenomen", List.of("GM0344"), 2), Messages.DUTCH));
    refused(
        DomainException.Kind.FORBIDDEN,
        () ->
            service.update(
                UTRECHT,
                id,
                form("Naar Amsterdam", List.of("GM0344", "GM0363"), 2),
                Messages.DUTCH));
    assertTrue(AllianceService.mayEdit(BIB_L, service.get(id, Messages.DUTCH)));
    assertFalse(AllianceService.mayEdit(BIB_M, service.get(id, Messages.DUTCH)));
  }

  @Test
  void aStaleVersionIsAConflictWithTheStoredAlliance() {
    String id = service.create(ADMIN, form("Taal Utrecht", List.of("GM0344"), 0), Messages.DUTCH);
    service.update(UTRECHT, id, form("Eerste", List.of("GM0344"), 1), Messages.DUTCH);
    String before = snapshot();
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                service.update(BIB_L, id, form("Tweede", List.of("GM0344"), 1), Messages.ENGLISH));
    assertEquals(DomainException.Kind.CONFLICT, e.kind());
    assertTrue(e.getMessage().contains("beleid"), e.getMessage());
    assertEquals("Eerste", ((Alliance) e.detail()).name());
    assertEquals(before, snapshot());
  }

  @Test
  void endingKeepsTheAllianceReadableAndStopsEdits() {
    String id = service.create(UTRECHT, form("Taal Utrecht", List.of("GM0344"), 0), Messages.DUTCH);
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.end(BIB_L, id, "2026-12-31", 1, Messages.DUTCH));
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.end(HOLLAND, id, "2026-12-31", 1, Messages.DUTCH));
    refused(
        DomainException.Kind.INVALID,
        () -> service.end(UTRECHT, id, "2025-12-31", 1, Messages.DUTCH));
    refused(
        DomainException.Kind.INVALID,
        () -> service.end(UTRECHT, id, "31-12-2026", 1, Messages.DUTCH));
    refused(
        DomainException.Kind.CONFLICT,
        () -> service.end(UTRECHT, id, "2026-12-31", 7, Messages.DUTCH));
    assertEquals(2, service.end(UTRECHT, id, "", 1, Messages.DUTCH));
    Alliance ended = service.get(id, Messages.DUTCH);
    assertEquals("ended", ended.status());
    assertEquals("2026-11-21", ended.until(), "today by the clock");
    assertEquals("2026-11-21", ended.members().get(0).until(), "members leave with it");
    assertEquals(
        1, service.list(new AllianceRepository.Filter(null, "ended", null), 0, 10).total());
    refused(
        DomainException.Kind.INVALID,
        () -> service.update(ADMIN, id, form("Weer open", List.of("GM0344"), 2), Messages.DUTCH));
    refused(DomainException.Kind.INVALID, () -> service.end(ADMIN, id, null, 2, Messages.DUTCH));
    assertFalse(AllianceService.mayEdit(ADMIN, ended));
  }

  @Test
  void badInputIsRefusedPerFieldAndNothingIsWritten() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                service.create(
                    ADMIN,
                    new AllianceForm("  ", null, "gisteren", List.of(), List.of(), List.of(), 0),
                    Messages.ENGLISH));
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertEquals(
        Set.of("name", "since", "members", "municipalityIds"),
        Set.copyOf(e.fieldErrors().stream().map(f -> f.field()).toList()));
    refused(
        DomainException.Kind.INVALID,
        () ->
            service.create(
                ADMIN,
                new AllianceForm(
                    "X",
                    null,
                    null,
                    List.of(new AllianceForm.MemberForm("NOPE", "deelnemer", null, null)),
                    List.of("GM0344"),
                    List.of(),
                    0),
                Messages.DUTCH));
    refused(
        DomainException.Kind.INVALID,
        () ->
            service.create(
                ADMIN,
                new AllianceForm(
                    "X",
                    null,
                    null,
                    List.of(new AllianceForm.MemberForm("L", "baas", null, null)),
                    List.of("GM0344"),
                    List.of(),
                    0),
                Messages.DUTCH));
    refused(
        DomainException.Kind.INVALID,
        () ->
            service.create(
                ADMIN,
                new AllianceForm(
                    "X",
                    null,
                    null,
                    List.of(
                        new AllianceForm.MemberForm("L", null, null, null),
                        new AllianceForm.MemberForm("L", null, null, null)),
                    List.of("GM0344"),
                    List.of(),
                    0),
                Messages.DUTCH));
    refused(
        DomainException.Kind.INVALID,
        () -> service.create(ADMIN, form("X", List.of("GM9999"), 0), Messages.DUTCH));
    refused(
        DomainException.Kind.INVALID,
        () -> service.create(ADMIN, form("Naam\u0007", List.of("GM0344"), 0), Messages.DUTCH));
    refused(
        DomainException.Kind.NOT_FOUND,
        () -> service.update(ADMIN, "nope", form("X", List.of("GM0344"), 1), Messages.DUTCH));
  }

  @Test
  void markupIsStoredAsText() {
    String id =
        service.create(ADMIN, form("<b>Taal</b> & co", List.of("GM0344"), 0), Messages.DUTCH);
    assertEquals("<b>Taal</b> & co", service.get(id, Messages.DUTCH).name());
    assertNull(service.get(id, Messages.DUTCH).until());
    long audited =
        TestGraph.graph()
            .read(tx ->
                tx.run(
                        "MATCH (e:AuditEntry {subject: $id, action: 'alliance.created'}) RETURN count(e) AS n",
                        Map.of("id", id))
                    .single()
                    .get("n")
                    .asLong());
    assertEquals(1L, audited);
  }
}
