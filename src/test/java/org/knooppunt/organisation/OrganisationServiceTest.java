package org.knooppunt.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

class OrganisationServiceTest {

  private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
  private static final Locale NL = Messages.DUTCH;

  private OrganisationService service;
  private Account admin;
  private Account librarian;
  private Account policy;
  private String libraryId;

  @AfterAll
  static void closeValidation() {
    VALIDATION.close();
  }

  private static Account account(String name, Role role, String organisationId) {
    return new Account(name, name, name, Set.of(role), "nl", organisationId, null, List.of());
  }

  static OrganisationForm partner(String name) {
    OrganisationForm f = new OrganisationForm();
    f.setKind(Kind.PARTNER);
    f.setName(name);
    f.setSector("welzijn");
    f.setMunicipalityCode("GM0344");
    f.setPostcode("3511 AB");
    f.setEmail("info@voorbeeld.example");
    f.setWebsite("https://voorbeeld.example");
    f.setLatitude(52.09);
    f.setLongitude(5.12);
    f.setTopicIds(List.of("taalvaardigheid"));
    f.setTargetGroupIds(List.of("laaggeletterden"));
    return f;
  }

  @BeforeEach
  void setUp() {
    TestGraph.wipe();
    service = new OrganisationService(TestGraph.graph(), new OrganisationRepository(), VALIDATION);
    admin = account("admin", Role.ADMIN, null);
    OrganisationForm library = partner("Bibliotheek Test");
    library.setKind(Kind.LIBRARY);
    library.setSector(null);
    libraryId = service.create(admin, library, NL);
    librarian = account("lib", Role.LIBRARIAN, libraryId);
    policy = account("pol", Role.POLICY, null);
  }

  private long organisations() {
    return service.count(OrganisationFilter.NONE);
  }

  @Test
  void aLibrarianCreatesAPartnerWithItsTopicsAndMunicipality() {
    String id = service.create(librarian, partner("Stichting Buurtwerk"), NL);
    Organisation o = service.find(id).orElseThrow();
    assertEquals(Kind.PARTNER, o.kind());
    assertEquals("Utrecht", o.municipalityName());
    assertEquals("Utrecht", o.provinceName());
    assertEquals(List.of("taalvaardigheid"), o.topics().stream().map(Ref::id).toList());
    assertEquals(1, o.version());
    assertEquals("lib", o.updatedBy());
    assertNotNull(o.lastReviewedAt());
    assertEquals(52.09, o.latitude(), 1e-9);
  }

  @Test
  void everyLinkRecordsWhoAssertedItAndKeepsThatWhenItStays() {
    String id = service.create(librarian, partner("Stichting Herkomst"), NL);
    String links =
        """
        MATCH (:Organisation {id: $id})-[r]->(x)
        RETURN type(r) + ':' + x.id + ':' + r.assertedBy AS link, toString(r.assertedAt) AS at
        ORDER BY link
        """;
    var before = TestGraph.graph().read(tx -> tx.run(links, java.util.Map.of("id", id)).list());
    assertEquals(
        List.of(
            "LOCATED_IN:GM0344:lib",
            "REACHES:laaggeletterden:lib",
            "SERVES:GM0344:lib",
            "WORKS_ON:taalvaardigheid:lib"),
        before.stream().map(r -> r.get("link").asString()).toList());
    OrganisationForm form = OrganisationForm.of(service.find(id).orElseThrow());
    form.setTopicIds(List.of("taalvaardigheid", "mediawijsheid"));
    form.setTargetGroupIds(List.of());
    service.update(admin, id, form, NL);
    var after = TestGraph.graph().read(tx -> tx.run(links, java.util.Map.of("id", id)).list());
    assertEquals(
        List.of(
            "LOCATED_IN:GM0344:lib",
            "SERVES:GM0344:lib",
            "WORKS_ON:mediawijsheid:admin",
            "WORKS_ON:taalvaardigheid:lib"),
        after.stream().map(r -> r.get("link").asString()).toList());
    assertEquals(
        before.getLast().get("at").asString(),
        after.getLast().get("at").asString(),
        "a link that stays keeps its first assertion");
  }

  @Test
  void onlyAnAdminCreatesLibrariesAndAPolicyCellWritesNothing() {
    OrganisationForm library = partner("Bibliotheek Twee");
    library.setKind(Kind.LIBRARY);
    long before = organisations();
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        assertThrows(DomainException.class, () -> service.create(librarian, library, NL)).kind());
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        assertThrows(DomainException.class, () -> service.create(policy, partner("X"), NL)).kind());
    assertEquals(before, organisations());
  }

  @Test
  void aPartnerAccountEditsItsOwnOrganisationAndNothingElse() {
    String own = service.create(librarian, partner("Eigen Partner"), NL);
    String other = service.create(librarian, partner("Andere Partner"), NL);
    Account partnerAccount = account("p", Role.PARTNER, own);

    OrganisationForm mine = OrganisationForm.of(service.find(own).orElseThrow());
    mine.setDescription("Wij doen taalcafés.");
    assertEquals(2, service.update(partnerAccount, own, mine, NL));

    OrganisationForm theirs = OrganisationForm.of(service.find(other).orElseThrow());
    theirs.setDescription("Overgenomen!");
    var e =
        assertThrows(
            DomainException.class, () -> service.update(partnerAccount, other, theirs, NL));
    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
    assertEquals(null, service.find(other).orElseThrow().description());
    assertFalse(service.mayEdit(partnerAccount, libraryId));
    assertTrue(service.mayEdit(librarian, libraryId));
    assertFalse(service.mayEdit(policy, own));
  }

  @Test
  void aSecondSaveOnAStaleVersionIsAConflictThatCarriesTheOtherChanges() {
    String id = service.create(librarian, partner("Buurthuis De Brug"), NL);
    OrganisationForm first = OrganisationForm.of(service.find(id).orElseThrow());
    OrganisationForm second = OrganisationForm.of(service.find(id).orElseThrow());
    first.setDescription("Eerste wijziging");
    service.update(admin, id, first, NL);
    second.setDescription("Tweede wijziging");
    var e = assertThrows(DomainException.class, () -> service.update(librarian, id, second, NL));
    assertEquals(DomainException.Kind.CONFLICT, e.kind());
    assertEquals("Eerste wijziging", ((Organisation) e.detail()).description());
    assertTrue(e.getMessage().contains("admin"), e.getMessage());
    assertEquals("Eerste wijziging", service.find(id).orElseThrow().description());
    second.setVersion(((Organisation) e.detail()).version());
    service.update(librarian, id, second, NL);
    assertEquals("Tweede wijziging", service.find(id).orElseThrow().description());
  }

  @Test
  void aDuplicateNameInTheSameMunicipalityIsRefusedWithALinkToTheExistingOne() {
    String id = service.create(librarian, partner("Taalhuis Centrum"), NL);
    long before = organisations();
    var e =
        assertThrows(
            DomainException.class,
            () -> service.create(librarian, partner("taalhuis centrum "), NL));
    assertEquals(DomainException.Kind.DUPLICATE, e.kind());
    assertEquals(id, ((Ref) e.detail()).id());
    assertEquals(before, organisations());
    OrganisationForm elsewhere = partner("Taalhuis Centrum");
    elsewhere.setMunicipalityCode("GM0363");
    assertNotNull(service.create(librarian, elsewhere, NL), "same name elsewhere is fine");
  }

  static List<Object[]> badInput() {
    return List.<Object[]>of(
        new Object[] {"empty name", "name", (Consumer<OrganisationForm>) f -> f.setName("  ")},
        new Object[] {
          "10,000 characters",
          "name",
          (Consumer<OrganisationForm>) f -> f.setName("x".repeat(10_000))
        },
        new Object[] {
          "script", "name", (Consumer<OrganisationForm>) f -> f.setName("<script>alert(1)</script>")
        },
        new Object[] {
          "cypher",
          "name",
          (Consumer<OrganisationForm>) f -> f.setName("x'}) MATCH (n) DETACH DELETE n //")
        },
        new Object[] {
          "cypher in description",
          "description",
          (Consumer<OrganisationForm>) f -> f.setDescription("\"}) DETACH DELETE n; //")
        },
        new Object[] {
          "e-mail", "email", (Consumer<OrganisationForm>) f -> f.setEmail("not-an-email")
        },
        new Object[] {
          "url", "website", (Consumer<OrganisationForm>) f -> f.setWebsite("javascript:alert(1)")
        },
        new Object[] {
          "postcode", "postcode", (Consumer<OrganisationForm>) f -> f.setPostcode("ABC")
        },
        new Object[] {
          "postcode of the wrong country",
          "postcode",
          (Consumer<OrganisationForm>) f -> f.setPostcode("9000")
        },
        new Object[] {
          "latitude", "latitude", (Consumer<OrganisationForm>) f -> f.setLatitude(91.0)
        },
        new Object[] {
          "longitude", "longitude", (Consumer<OrganisationForm>) f -> f.setLongitude(-120.0)
        },
        new Object[] {
          "half coordinates", "latitude", (Consumer<OrganisationForm>) f -> f.setLongitude(null)
        },
        new Object[] {
          "municipality format",
          "municipalityCode",
          (Consumer<OrganisationForm>) f -> f.setMunicipalityCode("Utrecht")
        },
        new Object[] {
          "unknown municipality",
          "municipalityCode",
          (Consumer<OrganisationForm>) f -> f.setMunicipalityCode("GM9999")
        },
        new Object[] {
          "unknown topic",
          "topicIds",
          (Consumer<OrganisationForm>) f -> f.setTopicIds(List.of("bestaat-niet"))
        },
        new Object[] {"sector", "sector", (Consumer<OrganisationForm>) f -> f.setSector("'; DROP")},
        new Object[] {
          "KBO check",
          "registrationNumber",
          (Consumer<OrganisationForm>)
              f -> {
                f.setMunicipalityCode("44021");
                f.setPostcode("9000");
                f.setRegistrationNumber("0123456789");
              }
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void badInputIsRefusedWithAMessageForItsFieldAndStoredNowhere(
      String what, String field, Consumer<OrganisationForm> spoil) {
    long nodes =
        TestGraph.graph().read(tx -> tx.run("MATCH (n) RETURN count(n)").single().get(0).asLong());
    OrganisationForm form = partner("Goede Naam " + what.hashCode());
    spoil.accept(form);
    for (Locale locale : List.of(Messages.DUTCH, Messages.ENGLISH)) {
      var e = assertThrows(DomainException.class, () -> service.create(librarian, form, locale));
      assertEquals(DomainException.Kind.INVALID, e.kind(), what);
      assertTrue(
          e.fieldErrors().stream().anyMatch(f -> f.field().equals(field)),
          what + " should be reported on " + field + ": " + e.fieldErrors());
      assertFalse(
          e.fieldErrors().stream().anyMatch(f -> f.message().contains("knooppunt.validation")),
          "messages are interpolated: " + e.fieldErrors());
    }
    long after =
        TestGraph.graph().read(tx -> tx.run("MATCH (n) RETURN count(n)").single().get(0).asLong());
    assertEquals(nodes, after, "nothing is stored");
  }

  @Test
  void messagesComeInTheUsersLanguage() {
    OrganisationForm form = partner("Naam");
    form.setEmail("fout");
    var nl =
        assertThrows(DomainException.class, () -> service.create(librarian, form, Messages.DUTCH));
    var en =
        assertThrows(
            DomainException.class, () -> service.create(librarian, form, Messages.ENGLISH));
    assertEquals("is geen geldig e-mailadres", nl.fieldErrors().getFirst().message());
    assertEquals("is not a valid e-mail address", en.fieldErrors().getFirst().message());
  }

  @Test
  void kboNumbersAreCheckedWithModulo97AndKvkNumbersHaveEightDigits() {
    assertTrue(OrganisationService.registrationValid("0417.497.106", "BE"));
    assertFalse(OrganisationService.registrationValid("0417.497.107", "BE"));
    assertTrue(OrganisationService.registrationValid("12345678", "NL"));
    assertFalse(OrganisationService.registrationValid("1234567", "NL"));
  }

  @Test
  void theListFiltersByKindProvinceTopicIncludingNarrowerTopicsAndPages() {
    for (int i = 0; i < 30; i++) {
      service.create(librarian, partner("Partner " + i), NL);
    }
    OrganisationForm gent = partner("Vzw Gent");
    gent.setMunicipalityCode("44021");
    gent.setPostcode("9000");
    gent.setTopicIds(List.of("nederlands-oefenen"));
    service.create(librarian, gent, NL);

    var all = service.list(OrganisationFilter.NONE, SortKey.NAME, false, 0, 10);
    assertEquals(32, all.total());
    assertEquals(10, all.rows().size());
    var partners =
        service.list(
            new OrganisationFilter(Kind.PARTNER, null, null, null, null, null, null),
            SortKey.NAME,
            false,
            0,
            100);
    assertEquals(31, partners.total());
    var flemish =
        service.list(
            new OrganisationFilter(null, null, null, "BE-40000", null, null, null),
            SortKey.NAME,
            false,
            0,
            100);
    assertEquals(
        List.of("Vzw Gent"), flemish.rows().stream().map(OrganisationSummary::name).toList());
    var language =
        service.list(
            new OrganisationFilter(null, null, null, "BE-40000", "taalvaardigheid", null, null),
            SortKey.NAME,
            false,
            0,
            100);
    assertEquals(1, language.total(), "a narrower topic counts for its broader topic");
    var byName =
        service.list(
            new OrganisationFilter(null, null, null, null, null, null, "PARTNER 1"),
            SortKey.NAME,
            true,
            0,
            100);
    assertEquals(11, byName.total());
    assertEquals("Partner 19", byName.rows().getFirst().name());
  }
}
