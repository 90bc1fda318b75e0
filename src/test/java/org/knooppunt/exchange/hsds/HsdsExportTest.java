package org.knooppunt.exchange.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.exchange.ImportSet;
import org.knooppunt.platform.neo4j.TestGraph;

/** The HSDS export of a small fixture: valid against the schemas, contacts only with consent. */
class HsdsExportTest {

  static final String LIB = "00000000-0000-4000-8000-00000000a101";
  static final String PARTNER = "00000000-0000-4000-8000-00000000a201";
  static final String BRANCH = "00000000-0000-4000-8000-00000000a111";
  static final String SERVICE = "00000000-0000-4000-8000-00000000a301";
  static final String NET = "00000000-0000-4000-8000-00000000a401";
  static final String VISIBLE = "00000000-0000-4000-8000-00000000a501";
  static final String NO_CONSENT = "00000000-0000-4000-8000-00000000a502";
  static final String COLLEAGUES_ONLY = "00000000-0000-4000-8000-00000000a503";
  static final String WITHDRAWN = "00000000-0000-4000-8000-00000000a504";

  @TempDir Path tmp;

  private final HsdsExporter exporter =
      new HsdsExporter(new HsdsExportRepository(TestGraph.graph()));

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (m:Municipality {id: 'GM0344'})
                    CREATE (l:Organisation:Library {id: $lib, name: 'Bibliotheek <b>Test</b>',
                            description: 'Leest & schrijft', website: 'www.bieb-test.nl',
                            email: 'info@bieb-test.nl', phone: '030 123 4567',
                            registrationNumber: '12345678', street: 'Lijnbaan 1',
                            postcode: '3512 AA', place: 'Utrecht', status: 'active',
                            location: point({latitude: 52.09, longitude: 5.12}),
                            updatedAt: datetime('2026-01-10T10:00:00Z')})
                    CREATE (l)-[:LOCATED_IN]->(m)
                    CREATE (p:Organisation:Partner {id: $partner, name: 'Taalcafé Oost',
                            status: 'active', website: 'not a url at all',
                            updatedAt: datetime('2026-03-01T10:00:00Z')})
                    CREATE (b:Branch {id: $branch, name: 'Vestiging Oost', street: 'Oostweg 2',
                            postcode: '3561 KA', place: 'Utrecht', status: 'active',
                            location: point({latitude: 52.11, longitude: 5.11})})
                    CREATE (l)-[:HAS_BRANCH]->(b), (b)-[:LOCATED_IN]->(m)
                    CREATE (s:Service {id: $service, name: 'Taalspreekuur',
                            description: 'Hulp bij lezen'})
                    CREATE (l)-[:OFFERS]->(s), (s)-[:AT]->(b)
                    WITH l, p, s
                    MATCH (t:Topic {id: 'taalvaardigheid'}), (g:TargetGroup {id: 'senioren'})
                    CREATE (l)-[:WORKS_ON]->(t), (l)-[:REACHES]->(g), (s)-[:WORKS_ON]->(t)
                    CREATE (l)-[:COLLABORATES_WITH {id: randomUUID(), topic: 'taalvaardigheid',
                            status: 'confirmed'}]->(p)
                    CREATE (n:Taalnetwerk {id: $net, name: 'Taalnetwerk Test'})
                    CREATE (p)-[:MEMBER_OF {roles: ['programmeren', 'intermediëren']}]->(n)
                    CREATE (:Person {id: $visible, name: 'Ans Zichtbaar', email: 'ans@bieb-test.nl',
                            phone: '06 1234 5678', visibility: 'PLATFORM', consentMaps: true})
                            -[:WORKS_FOR {role: 'coördinator'}]->(l)
                    CREATE (:Person {id: $noConsent, name: 'Bob Geentoestemming',
                            visibility: 'PLATFORM', consentMaps: false})-[:WORKS_FOR]->(l)
                    CREATE (:Person {id: $colleagues, name: 'Cor Collega',
                            visibility: 'ORGANISATION', consentMaps: true})-[:WORKS_FOR]->(l)
                    CREATE (:Person {id: $withdrawn, name: 'Dirk Zonder',
                            consentMaps: true})-[:WORKS_FOR]->(p)
                    """,
                    java.util.Map.of(
                        "lib",
                        LIB,
                        "partner",
                        PARTNER,
                        "branch",
                        BRANCH,
                        "service",
                        SERVICE,
                        "net",
                        NET,
                        "visible",
                        VISIBLE,
                        "noConsent",
                        NO_CONSENT,
                        "colleagues",
                        COLLEAGUES_ONLY,
                        "withdrawn",
                        WITHDRAWN))
                .consume());
  }

  @Test
  void jsonExportValidatesAgainstTheHsdsSchemas() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.writeJson(out);
    JsonNode list = HsdsExporter.JSON.readTree(out.toByteArray());

    assertEquals(List.of(), HsdsSchemas.validate("organization_list", list));
    assertEquals(2, list.get("total_items").asInt());
    JsonNode lib = list.get("contents").get(0);
    assertEquals("Bibliotheek <b>Test</b>", lib.get("name").asText());
    assertEquals("https://www.bieb-test.nl", lib.get("website").asText());
    assertEquals("NL-KVK", lib.at("/organization_identifiers/0/identifier_scheme").asText());
    assertEquals("3512 AA", lib.at("/locations/0/addresses/0/postal_code").asText());
    assertEquals("Utrecht", lib.at("/locations/0/addresses/0/region").asText());
    assertEquals("NL", lib.at("/locations/0/addresses/0/country").asText());
    assertEquals(BRANCH, lib.at("/locations/1/id").asText());
    assertEquals(BRANCH, lib.at("/services/0/service_at_locations/0/location_id").asText());
    assertEquals("taalvaardigheid", lib.at("/attributes/0/taxonomy_term/code").asText());
    JsonNode partner = list.get("contents").get(1);
    assertTrue(partner.path("website").isMissingNode(), "an unusable website is left out");
    for (JsonNode o : list.get("contents")) {
      assertEquals(List.of(), HsdsSchemas.validate("organization", o));
    }
  }

  @Test
  void contactsAreOnlyPeopleVisibleToEveryoneWhoConsentedToMaps() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.writeJson(out);
    JsonNode list = HsdsExporter.JSON.readTree(out.toByteArray());
    List<String> contacts = new ArrayList<>();
    for (JsonNode o : list.get("contents")) {
      o.get("contacts").forEach(c -> contacts.add(c.get("id").asText()));
    }
    assertEquals(List.of(VISIBLE), contacts);
    assertEquals("coördinator", list.at("/contents/0/contacts/0/title").asText());

    String csv = entry(datapackage(), "contacts.csv");
    assertTrue(csv.contains(VISIBLE));
    for (String hidden : List.of(NO_CONSENT, COLLEAGUES_ONLY, WITHDRAWN)) {
      assertTrue(!csv.contains(hidden), hidden);
    }
    assertTrue(!csv.contains("Bob") && !csv.contains("Cor") && !csv.contains("Dirk"));
  }

  @Test
  void datapackageExportIsValidAndReadsBackIntoTheSameRows() throws IOException {
    byte[] zip = datapackage();
    Path file = tmp.resolve("export.zip");
    Files.write(file, zip);

    JsonNode dp = HsdsExporter.JSON.readTree(entry(zip, "datapackage.json"));
    assertEquals("3.0.0", dp.get("version").asText());
    assertTrue(dp.toString().contains("x_knooppunt_collaborations.csv"));

    ImportSet set = new HsdsDatapackageReader().read("export.zip", file);

    assertEquals(List.of(), set.problems());
    assertEquals(2, set.organisations().size());
    ImportSet.OrganisationRow lib =
        set.organisations().stream()
            .filter(o -> o.externalId().equals(LIB))
            .findFirst()
            .orElseThrow();
    assertEquals("Bibliotheek <b>Test</b>", lib.name());
    assertEquals("12345678", lib.registrationNumber());
    assertEquals("Lijnbaan 1", lib.street());
    assertEquals("Utrecht", lib.municipality());
    assertEquals(52.09, lib.latitude());
    assertEquals("030 123 4567", lib.phone());
    assertEquals(List.of("taalvaardigheid"), lib.topics());
    assertEquals(List.of("senioren"), lib.targetGroups());
    assertEquals(1, set.locations().size(), "the organisation's own address is no branch");
    assertEquals(BRANCH, set.locations().getFirst().externalId());
    assertEquals(LIB, set.locations().getFirst().organisationExternalId());
    ImportSet.ServiceRow s = set.services().getFirst();
    assertEquals(List.of(BRANCH), s.locationExternalIds());
    assertEquals(List.of("taalvaardigheid"), s.topics());
    assertEquals(LIB, set.relations().getFirst().fromExternalId());
    assertEquals(PARTNER, set.relations().getFirst().to());
    assertEquals(NET, set.memberships().getFirst().taalnetwerk());
    assertEquals(List.of("programmeren", "intermediëren"), set.memberships().getFirst().roles());
  }

  @Test
  void pagesHaveTheHsdsShapeAndModifiedAfterFilters() {
    JsonNode first = exporter.organisationPage(null, 1, 1);
    assertEquals(List.of(), HsdsSchemas.validate("organization_list", first));
    assertEquals(2, first.get("total_items").asInt());
    assertEquals(2, first.get("total_pages").asInt());
    assertTrue(first.get("first_page").asBoolean());
    assertTrue(!first.get("last_page").asBoolean());
    assertEquals(1, first.get("size").asInt());

    JsonNode recent =
        exporter.organisationPage(ZonedDateTime.of(2026, 2, 1, 0, 0, 0, 0, ZoneOffset.UTC), 1, 10);
    assertEquals(1, recent.get("total_items").asInt());
    assertEquals(PARTNER, recent.at("/contents/0/id").asText());

    JsonNode beyond = exporter.organisationPage(null, 5, 10);
    assertTrue(beyond.get("empty").asBoolean());

    assertEquals(
        List.of(), HsdsSchemas.validate("service_list", exporter.servicePage(null, 1, 10)));
    assertEquals(
        List.of(), HsdsSchemas.validate("location_list", exporter.locationPage(null, 1, 10)));
    JsonNode terms = exporter.termPage(1, 100);
    assertEquals(List.of(), HsdsSchemas.validate("taxonomy_term_list", terms));
    long reference =
        TestGraph.graph()
            .read(tx ->
                tx.run("MATCH (t) WHERE t:Topic OR t:TargetGroup RETURN count(t) AS n")
                    .single()
                    .get("n")
                    .asLong());
    assertTrue(reference > 10);
    assertEquals(reference, terms.get("total_items").asLong());
    assertEquals(SERVICE, exporter.service(SERVICE).get("id").asText());
    assertNull(exporter.organisation("00000000-0000-4000-8000-000000000000"));
  }

  private byte[] datapackage() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.writeDatapackage(out);
    return out.toByteArray();
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }
}
