package org.knooppunt.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.ImportSet.RowProblem;
import org.knooppunt.platform.neo4j.TestGraph;

/** Each kind of bad file yields its problem, never an exception or a half-read set. */
class CsvOrganisationReaderTest {

  @TempDir Path dir;
  private final CsvOrganisationReader reader = new CsvOrganisationReader();

  private Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private ImportSet read(String text) throws IOException {
    return reader.read("t.csv", file("t.csv", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> keys(ImportSet set) {
    return set.problems().stream().map(RowProblem::key).toList();
  }

  @Test
  void readsDutchHeadersWithSemicolonsAndABom() throws IOException {
    ImportSet set =
        read(
            "\uFEFFid;Naam;soort;gemeente;themas;werkt_samen_met;taalnetwerk;taalnetwerk_rollen\n"
                + "a1;Stichting A;partner;GM0344;taalvaardigheid|Mediawijsheid;a2;Taalnetwerk X;faciliteren\n"
                + "a2;\"Vereniging; B\";bibliotheek;Utrecht;;;;\n");
    assertEquals(List.of(), set.problems());
    assertEquals(2, set.organisations().size());
    var a = set.organisations().getFirst();
    assertEquals("Stichting A", a.name());
    assertEquals(2, a.line());
    assertEquals(List.of("taalvaardigheid", "Mediawijsheid"), a.topics());
    assertEquals("Vereniging; B", set.organisations().get(1).name());
    assertEquals("a2", set.relations().getFirst().to());
    assertEquals(List.of("faciliteren"), set.memberships().getFirst().roles());
  }

  @Test
  void severalTaalnetwerkenCarryOneGroupOfRolesEach() throws IOException {
    ImportSet set =
        read(
            "id,name,taalnetwerk,taalnetwerk_roles\n"
                + "a1,A,tn-1|tn-2,programmeren|faciliteren;regisseren\n"
                + "a2,B,tn-1|tn-2,faciliteren\n"
                + "a3,C,tn-1|tn-2|tn-3,programmeren;;\n"
                + "a4,D,tn-1|tn-2,programmeren;faciliteren;regisseren\n");
    assertEquals(List.of("exchange.problem.roleGroups"), keys(set));
    RowProblem p = set.problems().getFirst();
    assertEquals(5, p.line());
    assertEquals("taalnetwerk_roles", p.column());
    assertEquals(List.of("2", "3"), p.args());
    assertEquals(
        List.of(
            "a1 tn-1 [programmeren, faciliteren]",
            "a1 tn-2 [regisseren]",
            "a2 tn-1 [faciliteren]",
            "a2 tn-2 [faciliteren]",
            "a3 tn-1 [programmeren]",
            "a3 tn-2 []",
            "a3 tn-3 []"),
        set.memberships().stream()
            .map(m -> m.organisationExternalId() + " " + m.taalnetwerk() + " " + m.roles())
            .toList());
  }

  @Test
  void isoLatin1BytesAreAnEncodingProblemForTheWholeFile() throws IOException {
    byte[] latin1 = "id,name\n1,Caf\u00e9 De Ster\n".getBytes(StandardCharsets.ISO_8859_1);
    ImportSet set = reader.read("latin.csv", file("latin.csv", latin1));
    assertEquals(List.of("exchange.problem.encoding"), keys(set));
    assertEquals(0, set.problems().getFirst().line());
    assertTrue(set.organisations().isEmpty());
  }

  @Test
  void missingNameOrKeyColumnsStopTheFile() throws IOException {
    assertEquals(List.of("exchange.problem.missingColumn"), keys(read("id,place\n1,Utrecht\n")));
    assertEquals(List.of("exchange.problem.missingColumn"), keys(read("name,place\nA,Utrecht\n")));
    ImportSet ok = read("kvk_kbo,naam\n12345678,A\n");
    assertEquals(List.of(), ok.problems());
  }

  @Test
  void unknownHeadersAreAWarningAndTheirCellsAreSkipped() throws IOException {
    ImportSet set = read("id,name,favourite colour\n1,A,blue\n");
    assertEquals(List.of("exchange.problem.unknownColumn"), keys(set));
    assertEquals(1, set.organisations().size());
  }

  @Test
  void aDuplicateIdIsAProblemOfTheSecondRowOnly() throws IOException {
    ImportSet set = read("id,name\n1,A\n2,B\n1,C\n");
    assertEquals(List.of("exchange.problem.duplicateId"), keys(set));
    assertEquals(4, set.problems().getFirst().line());
    assertEquals(List.of("A", "B"), set.organisations().stream().map(o -> o.name()).toList());
  }

  @Test
  void aFileOfFiftyMegabytesIsRefusedUnread() throws IOException {
    Path big = dir.resolve("big.csv");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    ImportSet set = reader.read("big.csv", big);
    assertEquals(List.of("exchange.problem.tooLarge"), keys(set));
  }

  @Test
  void aTooLongCellRefusesItsRow() throws IOException {
    ImportSet set = read("id,name\n1," + "x".repeat(10_001) + "\n2,B\n");
    assertEquals(List.of("exchange.problem.cellTooLong"), keys(set));
    assertEquals(1, set.organisations().size());
  }

  @Test
  void anUnknownMunicipalityIsAProblemOfItsRowInThePlan() throws IOException {
    TestGraph.wipe();
    ImportSet set = read("id,name,municipality\n1,A,Atlantis\n2,B,GM0344\n");
    ImportPlan plan =
        new ImportPlanner(TestGraph.graph(), new ImportRepository())
            .plan(
                new Account("adm", "adm", "Adm", Set.of(Role.ADMIN), "nl", null, null, List.of()),
                set);
    assertEquals(
        List.of("exchange.problem.unknownMunicipality"),
        plan.problems().stream().map(RowProblem::key).toList());
    assertEquals(2, plan.problems().getFirst().line());
    assertEquals(1, plan.organisations().size());
    assertEquals(1, plan.rejectedRows());
  }

  @Test
  void scriptInANameIsReadAsPlainText() throws IOException {
    ImportSet set = read("id,name\n1,<script>alert(1)</script>\n");
    assertEquals(List.of(), set.problems());
    assertEquals("<script>alert(1)</script>", set.organisations().getFirst().name());
  }

  @Test
  void recognisesCsvByNameOrByItsFirstLine() {
    assertTrue(reader.accepts("x.CSV", new byte[0]));
    assertTrue(reader.accepts("upload", "id;naam\n".getBytes(StandardCharsets.UTF_8)));
    assertTrue(!reader.accepts("x.xlsx", "PK".getBytes(StandardCharsets.UTF_8)));
  }
}
