package org.knooppunt.exchange.hsds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.exchange.ImportSet;
import org.knooppunt.exchange.ImportSet.RowProblem;

/** The HSDS readers on the official 3.0 examples, the 1.1 sample, bombs and broken input. */
class HsdsReaderTest {

  @TempDir Path tmp;

  private final HsdsDatapackageReader datapackage = new HsdsDatapackageReader();
  private final HsdsJsonReader json = new HsdsJsonReader();

  static Path resource(String path) {
    try {
      return Path.of(HsdsReaderTest.class.getResource("/hsds/" + path).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<RowProblem> errors(ImportSet set) {
    return set.problems().stream()
        .filter(p -> !org.knooppunt.exchange.ImportReader.isWarning(p.key()))
        .toList();
  }

  /** Zips every file of {@code dir} under {@code prefix} (a folder in the zip, or ""). */
  Path zipDir(Path dir, String prefix) throws IOException {
    Path zip = Files.createTempFile(tmp, "pkg", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        out.putNextEntry(new ZipEntry(prefix + f.getFileName()));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
    return zip;
  }

  Path zipOf(Map<String, String> entries) throws IOException {
    Path zip = Files.createTempFile(tmp, "pkg", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (var e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return zip;
  }

  static final String DATAPACKAGE_3 =
      "{\"profile\":\"tabular-data-package\",\"version\":\"3.0.0\",\"resources\":[]}";

  @Test
  void officialCsvExamplesReadWithoutErrors() throws IOException {
    Path zip = zipDir(resource("3.0/csv"), "hsds-example/");
    assertTrue(datapackage.accepts("example.zip", Files.readAllBytes(zip)));

    ImportSet set = datapackage.read("example.zip", zip);

    assertEquals(List.of(), errors(set));
    assertEquals("hsds-datapackage", set.format());
    assertEquals("hsds", set.idScheme());
    assertEquals(1, set.organisations().size());
    ImportSet.OrganisationRow org = set.organisations().getFirst();
    assertEquals("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", org.externalId());
    assertEquals("Example Organization Inc.", org.name());
    assertEquals("partner", org.kind());
    assertEquals("email@example.com", org.email());
    assertEquals("organizations.csv", org.file());
    assertEquals(2, org.line());
    ImportSet.ServiceRow service = set.services().getFirst();
    assertEquals("Community Counselling", service.name());
    assertEquals("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", service.organisationExternalId());
    assertEquals(List.of("3a19ff88-4620-4d17-9830-ac1d859eb5d5"), service.locationExternalIds());
    ImportSet.LocationRow location = set.locations().getFirst();
    assertEquals("MyCity Civic Center", location.name());
    assertEquals("1-30 Main Street", location.street());
    assertEquals("ABC 1234", location.postcode());
    assertEquals("MyCity", location.place());
    // A US address names no municipality to match: only NL/BE addresses do.
    assertEquals(null, location.municipality());
  }

  @Test
  void officialJsonExamplesReadWithoutErrors() throws IOException {
    try (Stream<Path> files = Files.list(resource("3.0/json"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.equals("tabular.json") || name.equals("base.json")) {
          continue;
        }
        assertTrue(json.accepts(name, Files.readAllBytes(f)), name);
        ImportSet set = json.read(name, f);
        assertEquals(List.of(), errors(set), name);
      }
    }
    ImportSet full =
        json.read("organization_full.json", resource("3.0/json/organization_full.json"));
    assertEquals(1, full.organisations().size());
    assertEquals("Example Organization Inc.", full.organisations().getFirst().name());
    assertFalse(full.services().isEmpty());
    assertFalse(full.locations().isEmpty());
    ImportSet services = json.read("service_full.json", resource("3.0/json/service_full.json"));
    assertEquals("Community Counselling", services.services().getFirst().name());
    assertFalse(services.services().getFirst().locationExternalIds().isEmpty());
  }

  @Test
  void hsds11PackageIsRefusedWithTheReason() throws IOException {
    ImportSet set = datapackage.read("old.zip", zipDir(resource("1.1"), ""));

    assertTrue(set.organisations().isEmpty());
    RowProblem p = errors(set).getFirst();
    assertEquals(HsdsDatapackageReader.VERSION_KEY, p.key());
    assertEquals(0, p.line());
    assertEquals("1.x (1.0)", p.args().get(0));
    assertTrue(
        p.args().get(1).startsWith("physical_addresses.csv, services_taxonomy.csv"),
        p.args().toString());
  }

  @Test
  void aZipBombIsAFileProblemNotAnOutOfMemory() throws IOException {
    Path zip = Files.createTempFile(tmp, "bomb", ".zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("datapackage.json"));
      out.write(DATAPACKAGE_3.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("organizations.csv"));
      out.write("id,name,description\n".getBytes(StandardCharsets.UTF_8));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 300; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }
    assertTrue(Files.size(zip) < 2_000_000);

    ImportSet set = datapackage.read("bomb.zip", zip);

    assertEquals(
        List.of("exchange.problem.zipBomb"), set.problems().stream().map(RowProblem::key).toList());
    assertTrue(set.organisations().isEmpty());
  }

  @Test
  void tooManyEntriesIsAZipBomb() throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("datapackage.json", DATAPACKAGE_3);
    for (int i = 0; i <= HsdsDatapackageReader.MAX_ENTRIES; i++) {
      entries.put("x" + i + ".txt", "x");
    }
    ImportSet set = datapackage.read("many.zip", zipOf(entries));
    assertEquals("exchange.problem.zipBomb", set.problems().getFirst().key());
  }

  @Test
  void pathTraversalAndMissingDescriptorAreRefused() throws IOException {
    ImportSet traversal =
        datapackage.read(
            "evil.zip",
            zipOf(Map.of("datapackage.json", DATAPACKAGE_3, "../../etc/organizations.csv", "id")));
    assertEquals("exchange.problem.hsdsZipPath", traversal.problems().getFirst().key());

    ImportSet none = datapackage.read("none.zip", zipOf(Map.of("organizations.csv", "id,name")));
    assertEquals("exchange.problem.hsdsNoDatapackage", none.problems().getFirst().key());

    Path notZip = tmp.resolve("broken.zip");
    Files.writeString(notZip, "PK this is no zip");
    assertEquals(
        "exchange.problem.hsdsZipBroken",
        datapackage.read("broken.zip", notZip).problems().getFirst().key());
  }

  @Test
  void rowsAreCheckedAgainstTheTableSchemasWithTheFieldName() throws IOException {
    ImportSet set =
        datapackage.read(
            "bad.zip",
            zipOf(
                Map.of(
                    "datapackage.json",
                    DATAPACKAGE_3,
                    "organizations.csv",
                    "\uFEFFid,name,description,year_incorporated\n"
                        + "o1,Stichting Een,Doet veel,2001\n"
                        + "o2,,Geen naam,twee\n"
                        + "o1,Dubbel,Zelfde id,\n",
                    "services.csv",
                    "id,organization_id,name,status\ns1,o1,Taalcafé,bogus\n")));

    List<RowProblem> errors = errors(set);
    assertTrue(
        has(errors, "organizations.csv", 3, "name", "exchange.problem.hsdsRequired"),
        errors.toString());
    assertTrue(
        has(errors, "organizations.csv", 3, "year_incorporated", "exchange.problem.hsdsType"),
        errors.toString());
    assertTrue(
        has(errors, "organizations.csv", 4, "id", "exchange.problem.hsdsDuplicateId"),
        errors.toString());
    assertTrue(
        has(errors, "services.csv", 2, "status", "exchange.problem.hsdsEnum"), errors.toString());
    assertEquals("Stichting Een", set.organisations().getFirst().name());
  }

  @Test
  void identifiersAddressesAndTaxonomyTermsMapToKnooppunt() throws IOException {
    ImportSet set =
        datapackage.read(
            "nl.zip",
            zipOf(
                Map.of(
                    "pkg/datapackage.json", DATAPACKAGE_3,
                    "pkg/organizations.csv",
                        "id,name,description\no1,Stichting Lezen,Leesbevordering in Utrecht\n",
                    "pkg/organization_identifiers.csv",
                        "id,organization_id,identifier_scheme,identifier_type,identifier\n"
                            + "i1,o1,NL-KVK,KvK-nummer,1234 5678\n",
                    "pkg/locations.csv",
                        "id,location_type,organization_id,name,latitude,longitude\n"
                            + "l1,physical,o1,Hoofdkantoor,52.09,5.12\n",
                    "pkg/addresses.csv",
                        "id,location_id,address_1,city,region,state_province,postal_code,country,address_type\n"
                            + "a1,l1,Lijnbaan 1,Utrecht,Utrecht,Utrecht,3512 AA,NL,physical\n",
                    "pkg/taxonomy_terms.csv",
                        "id,code,name,description,taxonomy\n"
                            + "t1,,Seniors,Older people,Open Eligibility\n"
                            + "t2,HH-0500.8000,Literacy programs,x,AIRS\n"
                            + "t3,zz,Onbekend,x,eigen\n",
                    "pkg/attributes.csv",
                        "id,link_id,taxonomy_term_id,link_entity\n"
                            + "x1,o1,t1,organization\nx2,o1,t2,organization\nx3,o1,t3,organization\n",
                    "pkg/x_knooppunt_collaborations.csv",
                        "id,organization_id,relation,other_organization_id,other_name,topic,taalnetwerk_id,taalnetwerk_name,roles\n"
                            + "r1,o1,collaborates_with,,Bibliotheek De Vaart,leesbevordering,,,\n"
                            + "r2,o1,member_of_taalnetwerk,,,,,Taalnetwerk Utrecht,faciliteren|regisseren\n")));

    assertEquals(List.of(), errors(set));
    ImportSet.OrganisationRow o = set.organisations().getFirst();
    assertEquals("12345678", o.registrationNumber());
    assertEquals("Lijnbaan 1", o.street());
    assertEquals("3512 AA", o.postcode());
    assertEquals("Utrecht", o.municipality());
    assertEquals(52.09, o.latitude());
    assertEquals(List.of("onderwijs"), o.topics());
    assertEquals(List.of("senioren"), o.targetGroups());
    RowProblem warning = set.problems().getFirst();
    assertEquals(HsdsMapper.UNMAPPED_TERM, warning.key());
    assertEquals(List.of("eigen", "zz"), warning.args());
    assertEquals("attributes.csv", warning.file());
    assertEquals(4, warning.line());
    assertEquals(
        new ImportSet.RelationRow(
            "x_knooppunt_collaborations.csv", 2, "o1", "Bibliotheek De Vaart", "leesbevordering"),
        set.relations().getFirst());
    assertEquals(List.of("faciliteren", "regisseren"), set.memberships().getFirst().roles());
    assertEquals("Taalnetwerk Utrecht", set.memberships().getFirst().taalnetwerk());
  }

  @Test
  void brokenOrInvalidJsonGivesProblemsNeverAnException() throws IOException {
    Path broken = tmp.resolve("broken.json");
    Files.writeString(broken, "{\n \"id\": \"x\",\n  oops");
    ImportSet b = json.read("broken.json", broken);
    assertEquals("exchange.problem.hsdsBadJson", b.problems().getFirst().key());
    assertEquals(3, b.problems().getFirst().line());

    Path invalid = tmp.resolve("invalid.json");
    Files.writeString(
        invalid,
        "{\"contents\":[{\"id\":\"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610\",\"name\":\"Goed\",\"description\":\"ok\"},"
            + "{\"id\":\"e9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610\",\"description\":\"geen naam\",\"email\":\"geen-mail\",\"website\":\"x\"}]}");
    ImportSet i = json.read("invalid.json", invalid);
    List<RowProblem> errors = errors(i);
    assertFalse(errors.isEmpty());
    assertTrue(
        errors.stream()
            .allMatch(p -> p.line() == 2 && p.key().equals("exchange.problem.hsdsSchema")),
        errors.toString());
    assertTrue(
        errors.stream().anyMatch(p -> p.args().getFirst().contains("name")), errors.toString());
    assertTrue(errors.stream().anyMatch(p -> "/email".equals(p.column())), errors.toString());

    Path scalar = tmp.resolve("scalar.json");
    Files.writeString(scalar, "42");
    assertEquals(
        "exchange.problem.hsdsBadJson",
        json.read("scalar.json", scalar).problems().getFirst().key());
  }

  private static boolean has(
      List<RowProblem> problems, String file, int line, String column, String key) {
    return problems.stream()
        .anyMatch(p ->
            p.file().equals(file)
                && p.line() == line
                && column.equals(p.column())
                && p.key().equals(key));
  }

  static void write(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }
}
