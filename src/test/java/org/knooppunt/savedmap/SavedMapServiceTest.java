package org.knooppunt.savedmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Library L with two librarians ("bib" and her colleague "bib2"), library M with its librarian
 * "other", partner P with its account "pa", a policy account without an organisation and an admin.
 */
class SavedMapServiceTest {

  private final SavedMapService service =
      new SavedMapService(TestGraph.graph(), new SavedMapRepository());

  private static Account account(String name, Role role, String organisation) {
    return new Account(
        name, name, "Naam " + name, Set.of(role), "nl", organisation, null, List.of());
  }

  private static final Account BIB = account("bib", Role.LIBRARIAN, "L");
  private static final Account COLLEAGUE = account("bib2", Role.LIBRARIAN, "L");
  private static final Account OTHER = account("other", Role.LIBRARIAN, "M");
  private static final Account PARTNER = account("pa", Role.PARTNER, "P");
  private static final Account POLICY = account("beleid", Role.POLICY, null);
  private static final Account ADMIN = account("admin", Role.ADMIN, null);

  private static final String POSITIONS =
      "{\"L\": {\"x\": 10.5, \"y\": -20}, \"P\": {\"x\": 0, \"y\": 3}}";

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb', version: 1})
                    CREATE (m:Organisation:Library {id: 'M', name: 'Andere bieb', version: 1})
                    CREATE (p:Organisation:Partner {id: 'P', name: 'Welzijn', version: 1})
                    CREATE (:Branch {id: 'B', name: 'Vestiging'})
                    CREATE (:Account {id: 'a1', username: 'bib', displayName: 'Naam bib', roles: ['librarian']})-[:ACTS_FOR]->(l)
                    CREATE (:Account {id: 'a2', username: 'bib2', displayName: 'Naam bib2', roles: ['librarian']})-[:ACTS_FOR]->(l)
                    CREATE (:Account {id: 'a3', username: 'other', displayName: 'Naam other', roles: ['librarian']})-[:ACTS_FOR]->(m)
                    CREATE (:Account {id: 'a4', username: 'pa', displayName: 'Naam pa', roles: ['partner']})-[:ACTS_FOR]->(p)
                    CREATE (:Account {id: 'a5', username: 'beleid', displayName: 'Naam beleid', roles: ['policy']})
                    CREATE (:Account {id: 'a6', username: 'admin', displayName: 'Naam admin', roles: ['admin']})
                    """,
                    Map.of())
                .consume());
  }

  private SavedMap save(Account actor, String name, boolean shared) {
    return service.save(
        actor,
        new SavedMapForm(
            name, "Voor het overleg", "L", "depth=2&topic=taalvaardigheid", POSITIONS, shared),
        Messages.DUTCH);
  }

  /** Everything stored about saved maps, to prove a refused request changed nothing. */
  private static String snapshot() {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    """
                    OPTIONAL MATCH (m:SavedMap)
                    WITH m ORDER BY m.id
                    RETURN collect(properties(m)) AS maps,
                           COUNT { ()-[:OWNS|SHARED_WITH]->(:SavedMap) } + COUNT { (:SavedMap)-[:SHARED_WITH]->() } AS rels
                    """)
                .single()
                .toString());
  }

  private static DomainException.Kind refused(Executable e) {
    return assertThrows(DomainException.class, e).kind();
  }

  private static DomainException refusal(Executable e) {
    return assertThrows(DomainException.class, e);
  }

  @Test
  void aSavedMapKeepsCentreDepthFiltersAndPositionsForItsOwner() {
    SavedMap saved = save(POLICY, "  Taal in De Vaart ", false);
    assertEquals("Taal in De Vaart", saved.name());
    assertEquals("Voor het overleg", saved.description());
    assertEquals("L", saved.centre());
    assertEquals("Bieb", saved.centreName());
    assertEquals("depth=2&topic=taalvaardigheid", saved.query());
    assertEquals(10.5, saved.positions().getJsonObject("L").getJsonNumber("x").doubleValue());
    assertEquals(-20, saved.positions().getJsonObject("L").getJsonNumber("y").doubleValue());
    assertEquals("beleid", saved.ownerUsername());
    assertEquals("Naam beleid", saved.ownerDisplayName());
    assertFalse(saved.shared());
    assertEquals(16, saved.createdAt().length());
    assertEquals("centre=L&depth=2&topic=taalvaardigheid&saved=" + saved.id(), saved.viewQuery());

    SavedMap opened = service.open(POLICY, saved.id(), Messages.DUTCH);
    assertEquals(saved, opened);
    List<SavedMap> list = service.list(POLICY, 0, 100);
    assertEquals(1, list.size());
    assertEquals(saved.id(), list.getFirst().id());
    assertNull(list.getFirst().positions(), "lists leave the positions out");
  }

  @Test
  void theListHoldsOwnAndSharedMapsNewestFirstAndCanBePaged() {
    SavedMap first = save(BIB, "Eerste", true);
    SavedMap second = save(COLLEAGUE, "Tweede", false);
    SavedMap third = save(COLLEAGUE, "Derde", true);
    save(OTHER, "Elders", true);

    assertEquals(
        List.of(third.id(), first.id()),
        service.list(BIB, 0, 100).stream().map(SavedMap::id).toList(),
        "own maps and the colleague's shared one, not her private one");
    assertEquals(
        List.of(third.id(), second.id(), first.id()),
        service.list(COLLEAGUE, 0, 100).stream().map(SavedMap::id).toList());
    assertEquals(
        List.of(second.id()), service.list(COLLEAGUE, 1, 1).stream().map(SavedMap::id).toList());
    assertEquals(List.of(), service.list(PARTNER, 0, 100));
    assertEquals("Bieb", third.libraryName());
    assertEquals("L", third.libraryId());
  }

  @Test
  void aColleagueOpensASharedMapButOnlyTheOwnerOrAnAdminChangesOrDeletesIt() {
    SavedMap map = save(BIB, "Gedeeld", true);
    assertEquals("Gedeeld", service.open(COLLEAGUE, map.id(), Messages.DUTCH).name());
    assertFalse(SavedMapService.mayChange(COLLEAGUE, map));
    String before = snapshot();
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refused(() -> service.update(COLLEAGUE, map.id(), "Gekaapt", null, false, Messages.DUTCH)));
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refused(() -> service.delete(COLLEAGUE, map.id(), Messages.DUTCH)));
    assertEquals(before, snapshot(), "nothing changed");

    SavedMap renamed =
        service.update(BIB, map.id(), "Nieuwe naam", "Andere uitleg", false, Messages.DUTCH);
    assertEquals("Nieuwe naam", renamed.name());
    assertEquals("Andere uitleg", renamed.description());
    assertFalse(renamed.shared());
    assertEquals(map.positions(), renamed.positions(), "renaming keeps the layout");
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        refused(() -> service.open(COLLEAGUE, map.id(), Messages.DUTCH)),
        "no longer shared");

    SavedMap byAdmin = service.update(ADMIN, map.id(), "Door beheer", null, true, Messages.DUTCH);
    assertEquals("L", byAdmin.libraryId(), "shared with the owner's organisation");
    assertNull(byAdmin.description());
    service.delete(ADMIN, map.id(), Messages.DUTCH);
    assertEquals(List.of(), service.list(BIB, 0, 100));
  }

  @Test
  void theOwnerDeletesHerMap() {
    SavedMap map = save(PARTNER, "Weg ermee", true);
    service.delete(PARTNER, map.id(), Messages.DUTCH);
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        refused(() -> service.open(PARTNER, map.id(), Messages.DUTCH)));
    long left =
        TestGraph.graph()
            .read(tx ->
                tx.run("MATCH (m:SavedMap) RETURN count(m) + COUNT { ()-[:SHARED_WITH]->() } AS n")
                    .single()
                    .get("n")
                    .asLong());
    assertEquals(0, left, "the map and its relationships are gone");
  }

  @Test
  void someoneElseGetsNotFoundSoThatIdsRevealNothing() {
    SavedMap shared = save(BIB, "Gedeeld", true);
    SavedMap own = save(BIB, "Eigen", false);
    String before = snapshot();
    for (Account stranger : List.of(OTHER, PARTNER, POLICY)) {
      for (SavedMap map : List.of(shared, own)) {
        assertEquals(
            DomainException.Kind.NOT_FOUND,
            refused(() -> service.open(stranger, map.id(), Messages.DUTCH)));
        assertEquals(
            DomainException.Kind.NOT_FOUND,
            refused(() -> service.update(stranger, map.id(), "X", null, false, Messages.DUTCH)));
        assertEquals(
            DomainException.Kind.NOT_FOUND,
            refused(() -> service.delete(stranger, map.id(), Messages.DUTCH)));
      }
    }
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        refused(() -> service.open(OTHER, "bestaat-niet", Messages.DUTCH)),
        "the same answer as for a map that does not exist");
    assertEquals(before, snapshot(), "nothing changed");
  }

  @Test
  void badInputIsRefusedWithReasonsAndChangesNothing() {
    SavedMap existing = save(BIB, "Bestaand", false);
    String before = snapshot();
    Map<String, SavedMapForm> bad =
        Map.of(
            "name",
            new SavedMapForm("   ", null, "L", "depth=1", null, false),
            "name ",
            new SavedMapForm("x".repeat(10_000), null, "L", "depth=1", null, false),
            "name  ",
            new SavedMapForm("a\u0000b", null, "L", "depth=1", null, false),
            "description",
            new SavedMapForm("Goed", "y".repeat(1001), "L", "depth=1", null, false),
            "positions",
            new SavedMapForm("Goed", null, "L", "depth=1", "{\"L\": {\"x\": \"1\"}}", false),
            "positions ",
            new SavedMapForm("Goed", null, "L", "depth=1", "[1, 2]", false),
            "positions  ",
            new SavedMapForm("Goed", null, "L", "depth=1", "{\"L\": {\"x\": 1, \"y\": 2}", false),
            "centre",
            new SavedMapForm("Goed", null, "bestaat-niet", "depth=1", null, false),
            "centre ",
            new SavedMapForm("Goed", null, "L' OR 1=1 //", "depth=1", null, false),
            "query",
            new SavedMapForm("Goed", null, "L", "depth=9", null, false));
    for (var e : bad.entrySet()) {
      DomainException refusal = refusal(() -> service.save(BIB, e.getValue(), Messages.ENGLISH));
      assertEquals(DomainException.Kind.INVALID, refusal.kind(), e.getKey());
      assertEquals(
          e.getKey().strip(),
          refusal.fieldErrors().getFirst().field(),
          refusal.fieldErrors().toString());
      assertFalse(refusal.fieldErrors().getFirst().message().isBlank());
    }
    assertEquals(
        "too many positions: at most 2,000 nodes and 200 kB",
        refusal(() ->
                service.save(
                    BIB,
                    new SavedMapForm(
                        "Goed", null, "L", null, "{" + " ".repeat(200_001) + "}", false),
                    Messages.ENGLISH))
            .fieldErrors()
            .getFirst()
            .message());
    assertEquals(
        "shared",
        refusal(() ->
                service.save(
                    POLICY, new SavedMapForm("Goed", null, "L", null, null, true), Messages.DUTCH))
            .fieldErrors()
            .getFirst()
            .field(),
        "no organisation to share with");
    assertEquals(
        DomainException.Kind.INVALID,
        refused(() ->
            service.update(BIB, existing.id(), "z".repeat(121), null, false, Messages.DUTCH)));
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refused(() ->
            service.save(
                null, new SavedMapForm("Goed", null, "L", null, null, false), Messages.DUTCH)));
    assertEquals(before, snapshot(), "nothing was written");
  }

  @Test
  void aMapOfAnAreaOfMunicipalitiesNeedsNoCentre() {
    String codes = String.join(",", java.util.Collections.nCopies(50, "GM0344")).substring(0, 349);
    SavedMap area =
        service.save(
            BIB,
            new SavedMapForm(
                "Utrecht en omgeving",
                null,
                "",
                "depth=1&centre=&municipalities=" + codes + "&relationTypes=collaboration",
                null,
                false),
            Messages.DUTCH);
    assertNull(area.centre());
    assertNull(area.centreName());
    assertEquals(
        "depth=1&relationTypes=collaboration&municipalities=" + codes.replace(",", "%2C"),
        area.query());
    assertEquals(area.query() + "&saved=" + area.id(), area.viewQuery());
    assertEquals(area, service.open(BIB, area.id(), Messages.DUTCH));
    assertEquals(
        "centre",
        refusal(() ->
                service.save(
                    BIB,
                    new SavedMapForm("Zonder", null, null, "depth=1", null, false),
                    Messages.DUTCH))
            .fieldErrors()
            .getFirst()
            .field(),
        "without municipalities a map needs a centre");
  }

  @Test
  void hostileQueryKeysAreDroppedAndValuesStoredAsEncodedText() {
    SavedMap map =
        service.save(
            BIB,
            new SavedMapForm(
                "<script>alert(1)</script>",
                "MATCH (n) DETACH DELETE n",
                "B",
                "?centre=X&depth=3&topic=a%26b%3Dc&evil=%3Cscript%3E&sector=zorg"
                    + "&javascript:alert(1)=1&saved=abc&topic=&municipalities=GM0344"
                    + "&municipalities=GM0363&radiusKm=5",
                null,
                false),
            Messages.DUTCH);
    assertEquals("<script>alert(1)</script>", map.name(), "stored as text, escaped on screens");
    assertEquals("MATCH (n) DETACH DELETE n", map.description());
    assertEquals(
        "depth=3&topic=a%26b%3Dc&sector=zorg&municipalities=GM0344&municipalities=GM0363"
            + "&radiusKm=5",
        map.query());
    assertEquals("Vestiging", map.centreName());
    assertNull(map.positions());
    assertTrue(
        TestGraph.graph()
                .read(tx -> tx.run("MATCH (n:Organisation) RETURN count(n) AS n").single())
                .get("n")
                .asLong()
            == 3,
        "the graph is untouched");

    assertEquals(
        "savedmap.queryInvalid",
        assertThrows(MapQuery.Invalid.class, () -> MapQuery.normalise("topic=" + "x".repeat(201)))
            .messageKey);
    assertEquals(
        "savedmap.queryInvalid",
        assertThrows(MapQuery.Invalid.class, () -> MapQuery.normalise("topic=%zz")).messageKey);
    assertEquals("", MapQuery.normalise("evil=1&other=2"));
  }
}
