package org.knooppunt.taalnetwerk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Library L (librarian "bib", branch B in Utrecht, province PV26) and library K (librarian "kib",
 * not in the network); partners P1–P4. Confirmed collaborations L–P1, P1–P2, P2–P3 make a chain, so
 * P1 and P2 each alone connect parts of it; P4 collaborates with nobody.
 */
class TaalnetwerkServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

  private final TaalnetwerkService service =
      new TaalnetwerkService(
          TestGraph.graph(), new TaalnetwerkRepository(), new AuditLog(), VALIDATION);

  private static Account account(String name, Role role, String org, List<String> regions) {
    return new Account(name, name, "Naam " + name, Set.of(role), "nl", org, null, regions);
  }

  private static final Account BIB = account("bib", Role.LIBRARIAN, "L", List.of());
  private static final Account KIB = account("kib", Role.LIBRARIAN, "K", List.of());
  private static final Account PARTNER = account("p1", Role.PARTNER, "P1", List.of());
  private static final Account POLICY = account("beleid", Role.POLICY, null, List.of("PV26"));
  private static final Account POLICY_ELSEWHERE =
      account("elders", Role.POLICY, null, List.of("PV27"));
  private static final Account ADMIN = account("admin", Role.ADMIN, null, List.of());

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
                    MATCH (u:Municipality {id: 'GM0344'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb', status: 'active'})-[:LOCATED_IN]->(u)
                    CREATE (l)-[:HAS_BRANCH]->(:Branch {id: 'B', name: 'Filiaal Oost'})-[:LOCATED_IN]->(u)
                    CREATE (k:Organisation:Library {id: 'K', name: 'Kbieb', status: 'active'})-[:HAS_BRANCH]->(:Branch {id: 'KB', name: 'K-centrum'})
                    CREATE (p1:Organisation:Partner {id: 'P1', name: 'Taalschool', status: 'active'})
                    CREATE (p2:Organisation:Partner {id: 'P2', name: 'Welzijn', status: 'active'})
                    CREATE (p3:Organisation:Partner {id: 'P3', name: 'Huisarts', status: 'active'})
                    CREATE (p4:Organisation:Partner {id: 'P4', name: 'Buurthuis', status: 'active'})
                    CREATE (l)-[:COLLABORATES_WITH {status: 'confirmed'}]->(p1)
                    CREATE (p1)-[:COLLABORATES_WITH {status: 'confirmed'}]->(p2)
                    CREATE (p3)-[:COLLABORATES_WITH {status: 'confirmed'}]->(p2)
                    CREATE (p4)-[:COLLABORATES_WITH {status: 'proposed'}]->(l)
                    """)
                .consume());
  }

  private static TaalnetwerkForm.Member member(String id, String... roles) {
    return new TaalnetwerkForm.Member(id, List.of(roles), LocalDate.of(2024, 1, 1));
  }

  private static TaalnetwerkForm form(String name) {
    TaalnetwerkForm f = new TaalnetwerkForm();
    f.setName(name);
    f.setDescription("Samen tegen laaggeletterdheid.");
    f.setMunicipalityCodes(new ArrayList<>(List.of("GM0344")));
    f.setTaalhuisBranchId("B");
    f.setTaalhuisPhase("in oprichting");
    f.setMembers(
        new ArrayList<>(
            List.of(
                member("L", "regisseren", "faciliteren"),
                member("P1", "programmeren"),
                member("P2", "programmeren", "intermediëren"),
                member("P3", "faciliteren"),
                member("P4"))));
    return f;
  }

  private static String snapshot() {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    """
                    OPTIONAL MATCH (n:Taalnetwerk) WITH n ORDER BY n.id
                    RETURN collect(properties(n)) AS networks,
                           COUNT { ()-[:COVERS|HAS_TAALHUIS]->(:Taalnetwerk) } +
                           COUNT { (:Taalnetwerk)-[:COVERS|HAS_TAALHUIS]->() } +
                           COUNT { ()-[:MEMBER_OF]->(:Taalnetwerk) } AS links,
                           COUNT { (:AuditEntry) } AS audit
                    """)
                .single()
                .toString());
  }

  private void refused(DomainException.Kind kind, Runnable action) {
    String before = snapshot();
    DomainException e = assertThrows(DomainException.class, action::run);
    assertEquals(kind, e.kind(), e.getMessage() + " " + e.fieldErrors());
    assertEquals(before, snapshot(), "nothing written");
  }

  @Test
  void theTaalhuisLibrarianCreatesANetworkThatReadsBackWhole() {
    String id = service.create(BIB, form("Taalnetwerk Oost"), Messages.DUTCH);
    Taalnetwerk n = service.find(id).orElseThrow();
    assertEquals("Taalnetwerk Oost", n.name());
    assertEquals(1, n.version());
    assertEquals(
        List.of("GM0344"), n.municipalities().stream().map(Taalnetwerk.Place::code).toList());
    assertEquals("B", n.taalhuis().branchId());
    assertEquals("L", n.taalhuis().libraryId());
    assertEquals("in oprichting", n.taalhuis().phase());
    assertEquals(5, n.members().size());
    Taalnetwerk.Member p2 =
        n.members().stream().filter(m -> m.organisationId().equals("P2")).findFirst().orElseThrow();
    assertEquals(List.of("programmeren", "intermediëren"), p2.roles());
    assertEquals(LocalDate.of(2024, 1, 1), p2.since());
    assertTrue(n.completeness().isComplete());
    assertEquals(1, service.count(null, null));
    assertEquals(1, service.count("utrecht", null), "found by a covered municipality's name");
    assertEquals(0, service.count("zeist", null));
    assertEquals(1, service.count(null, "GM0344"));
    assertEquals(1, service.page("oost", null, 0, 10).size());
  }

  @Test
  void completenessNamesMissingRolesSoleHoldersAndConnectors() {
    TaalnetwerkForm f = form("Kwetsbaar");
    f.setMembers(
        new ArrayList<>(
            List.of(
                member("L", "faciliteren"),
                member("P1", "programmeren"),
                member("P2", "programmeren"),
                member("P3", "faciliteren"),
                member("P4"))));
    String id = service.create(BIB, f, Messages.DUTCH);
    Completeness c = service.find(id).orElseThrow().completeness();
    assertEquals(List.of(TaalnetwerkRole.REGISSEREN, TaalnetwerkRole.INTERMEDIEREN), c.missing());
    assertEquals(2, c.getRolesFilled());
    assertTrue(c.soleHolders().isEmpty(), "two hold each filled role");
    assertEquals(
        List.of("P1", "P2"),
        c.connectors().stream().map(Completeness.MemberRef::organisationId).toList(),
        "the chain L–P1–P2–P3 falls apart without P1 or P2 (sorted by name: Taalschool, Welzijn)");

    TaalnetwerkSummary row = service.page(null, null, 0, 10).getFirst();
    assertEquals(5, row.memberCount());
    assertEquals(c, row.completeness(), "the list shows the same completeness as the page");
  }

  @Test
  void aRoleHeldByOneIsASinglePointOfFailure() {
    Completeness c =
        Completeness.of(
            List.of(
                new Completeness.Holder("a", "A", List.of("regisseren", "programmeren")),
                new Completeness.Holder("b", "B", List.of("programmeren", "faciliteren")),
                new Completeness.Holder("c", "C", List.of("faciliteren", "intermediëren"))),
            List.of(List.of("a", "b"), List.of("b", "c"), List.of("c", "a")));
    assertTrue(c.isComplete());
    assertEquals(
        List.of(
            new Completeness.SoleHolder(TaalnetwerkRole.REGISSEREN, "a", "A"),
            new Completeness.SoleHolder(TaalnetwerkRole.INTERMEDIEREN, "c", "C")),
        c.soleHolders());
    assertTrue(c.connectors().isEmpty(), "a triangle has no articulation point");
    assertTrue(c.isFragile());
  }

  @Test
  void articulationPointsOfAHandMadeGraph() {
    // Two triangles joined at x, and a tail x–y–z: x and y are articulation points.
    assertEquals(
        Set.of("x", "y"),
        Completeness.articulationPoints(
            Set.of("a", "b", "x", "c", "d", "y", "z", "lonely"),
            List.of(
                List.of("a", "b"),
                List.of("b", "x"),
                List.of("x", "a"),
                List.of("x", "c"),
                List.of("c", "d"),
                List.of("d", "x"),
                List.of("x", "y"),
                List.of("y", "z"),
                List.of("z", "outside"))));
    assertEquals(
        Set.of(),
        Completeness.articulationPoints(Set.of("a", "b"), List.of(List.of("a", "b"))),
        "two members linked: removing one leaves one, nothing is cut apart");
  }

  @Test
  void whoMayCreate() {
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.create(KIB, form("Niet van K"), Messages.DUTCH));
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.create(PARTNER, form("Partner"), Messages.DUTCH));
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.create(POLICY_ELSEWHERE, form("Elders"), Messages.DUTCH));
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.create(null, form("Anoniem"), Messages.DUTCH));
    assertNotNull(service.create(POLICY, form("Van de provincie"), Messages.DUTCH));
    assertNotNull(service.create(ADMIN, form("Van de beheerder"), Messages.DUTCH));
    TaalnetwerkForm withK = form("K is lid");
    withK.getMembers().add(member("K", "faciliteren"));
    assertNotNull(service.create(KIB, withK, Messages.DUTCH), "a member library's librarian");
  }

  @Test
  void whoMayEditAndAStaleVersionIsAConflict() {
    String id = service.create(BIB, form("Oost"), Messages.DUTCH);
    assertTrue(service.mayEdit(BIB, id));
    assertTrue(service.mayEdit(POLICY, id));
    assertFalse(service.mayEdit(KIB, id));
    assertFalse(service.mayEdit(PARTNER, id));
    assertFalse(service.mayEdit(POLICY_ELSEWHERE, id));

    TaalnetwerkForm takeOver = TaalnetwerkForm.of(service.find(id).orElseThrow());
    takeOver.getMembers().add(member("K", "regisseren"));
    refused(
        DomainException.Kind.FORBIDDEN, () -> service.update(KIB, id, takeOver, Messages.DUTCH));

    TaalnetwerkForm mine = TaalnetwerkForm.of(service.find(id).orElseThrow());
    mine.getMembers().add(member("K", "regisseren"));
    mine.setTaalhuisPhase("open");
    assertEquals(2, service.update(BIB, id, mine, Messages.DUTCH));
    Taalnetwerk after = service.find(id).orElseThrow();
    assertEquals("open", after.taalhuis().phase());
    assertEquals(6, after.members().size());
    assertTrue(service.mayEdit(KIB, id), "K is a member library now");

    TaalnetwerkForm stale = form("Oude naam");
    stale.setVersion(1);
    String before = snapshot();
    DomainException e =
        assertThrows(DomainException.class, () -> service.update(KIB, id, stale, Messages.ENGLISH));
    assertEquals(DomainException.Kind.CONFLICT, e.kind());
    assertTrue(e.getMessage().contains("bib"), e.getMessage());
    assertEquals("Oost", ((Taalnetwerk) e.detail()).name());
    assertEquals(before, snapshot());

    TaalnetwerkForm fewer = TaalnetwerkForm.of(service.find(id).orElseThrow());
    fewer.getMembers().removeIf(m -> m.getOrganisationId().startsWith("P"));
    fewer.setTaalhuisBranchId(null);
    fewer.setTaalhuisPhase(null);
    assertEquals(3, service.update(ADMIN, id, fewer, Messages.DUTCH));
    Taalnetwerk last = service.find(id).orElseThrow();
    assertEquals(2, last.members().size(), "members left out are removed");
    assertEquals(null, last.taalhuis(), "the Taalhuis is removed");
    refused(
        DomainException.Kind.NOT_FOUND,
        () -> service.update(ADMIN, "nope", form("x"), Messages.DUTCH));
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndNothingWritten() {
    TaalnetwerkForm role = form("Rol");
    role.getMembers().add(member("K", "koken"));
    assertMessage(role, "koken");
    TaalnetwerkForm phase = form("Fase");
    phase.setTaalhuisPhase("gesloten");
    assertMessage(phase, "gesloten");
    TaalnetwerkForm municipality = form("Gemeente");
    municipality.setMunicipalityCodes(new ArrayList<>(List.of("GM9999")));
    assertMessage(municipality, "GM9999");
    TaalnetwerkForm branch = form("Filiaal");
    branch.setTaalhuisBranchId("no-such-branch");
    assertMessage(branch, "Taalhuis");
    TaalnetwerkForm organisation = form("Lid");
    organisation.getMembers().add(member("no-such-org", "programmeren"));
    assertMessage(organisation, "no-such-org");
    TaalnetwerkForm script = form("<script>alert(1)</script>");
    assertMessage(script, "<");
    TaalnetwerkForm none = form("Geen gemeente");
    none.setMunicipalityCodes(new ArrayList<>());
    assertMessage(none, "gemeente");
    TaalnetwerkForm twice = form("Dubbel");
    twice.getMembers().add(member("P1", "faciliteren"));
    assertMessage(twice, "twee keer");
  }

  private void assertMessage(TaalnetwerkForm form, String expected) {
    String before = snapshot();
    DomainException e =
        assertThrows(DomainException.class, () -> service.create(ADMIN, form, Messages.DUTCH));
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertTrue(
        e.fieldErrors().stream().anyMatch(f -> f.message().contains(expected)),
        expected + " in " + e.fieldErrors());
    assertEquals(before, snapshot(), "nothing written");
  }
}
