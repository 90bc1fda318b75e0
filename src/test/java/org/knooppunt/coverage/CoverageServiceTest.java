package org.knooppunt.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Four municipalities of Utrecht (populations from the migration): Utrecht 374,238, Zeist 66,641,
 * De Bilt 43,718, Nieuwegein 65,971; laaggeletterden share 0.14. Partner A in Utrecht does a
 * narrower topic of taalvaardigheid for laaggeletterden; partner B serves Nieuwegein on
 * taalvaardigheid but reaches only jeugd; partner C in De Bilt would cover it but is pending;
 * library L has a branch in De Bilt and works on leesbevordering, with a confirmed collaboration
 * with A; a complete taalnetwerk covers Zeist, an incomplete one Nieuwegein; Zeist has imported
 * need figures 7,000 (2021) and 8,000 (2023). Library H lies in Houten, outside the scope.
 */
class CoverageServiceTest {

  private final CoverageService service =
      new CoverageService(
          TestGraph.graph(),
          new CoverageRepository(),
          Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));

  private static Account account(Role role) {
    return new Account(
        "u-" + role, "u-" + role, "Naam", Set.of(role), "nl", null, null, List.of("PV26"));
  }

  private static final Account POLICY = account(Role.POLICY);
  private static final Account PARTNER = account(Role.PARTNER);
  private static final List<String> FOUR = List.of("GM0344", "GM0355", "GM0310", "GM0356");

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH ()-[h:HAS_NEED]->() DELETE h
                    WITH count(*) AS done
                    MATCH (utrecht:Municipality {id: 'GM0344'}), (zeist:Municipality {id: 'GM0355'}),
                          (bilt:Municipality {id: 'GM0310'}), (nieuwegein:Municipality {id: 'GM0356'}),
                          (houten:Municipality {id: 'GM0321'}),
                          (taal:Topic {id: 'taalvaardigheid'}), (oefenen:Topic {id: 'nederlands-oefenen'}),
                          (lees:Topic {id: 'leesbevordering'}),
                          (low:TargetGroup {id: 'laaggeletterden'}), (jeugd:TargetGroup {id: 'jeugd'})
                    CREATE (a:Organisation:Partner {id: 'A', name: 'Taalschool A', status: 'active'})
                    CREATE (a)-[:LOCATED_IN]->(utrecht), (a)-[:WORKS_ON]->(oefenen), (a)-[:REACHES]->(low)
                    CREATE (b:Organisation:Partner {id: 'B', name: 'Welzijn B'})
                    CREATE (b)-[:SERVES]->(nieuwegein), (b)-[:WORKS_ON]->(taal), (b)-[:REACHES]->(jeugd)
                    CREATE (c:Organisation:Partner {id: 'C', name: 'Aanmelder C', status: 'pending'})
                    CREATE (c)-[:LOCATED_IN]->(bilt), (c)-[:WORKS_ON]->(taal), (c)-[:REACHES]->(low)
                    CREATE (d:Organisation:Partner {id: 'D', name: 'Zorg D'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb L'})
                    CREATE (l)-[:HAS_BRANCH]->(:Branch {id: 'LB', name: 'Vestiging De Bilt'})-[:LOCATED_IN]->(bilt)
                    CREATE (l)-[:WORKS_ON]->(lees)
                    CREATE (l)-[:COLLABORATES_WITH {status: 'confirmed'}]->(a)
                    CREATE (h:Organisation:Library {id: 'H', name: 'Bibliotheek Houten'})-[:LOCATED_IN]->(houten)
                    CREATE (h)-[:WORKS_ON]->(taal), (h)-[:REACHES]->(low)
                    CREATE (t:Taalnetwerk {id: 'T', name: 'Compleet'})-[:COVERS]->(zeist)
                    CREATE (a)-[:MEMBER_OF {roles: ['programmeren', 'regisseren']}]->(t)
                    CREATE (l)-[:MEMBER_OF {roles: ['faciliteren']}]->(t)
                    CREATE (d)-[:MEMBER_OF {roles: ['intermediëren']}]->(t)
                    CREATE (t2:Taalnetwerk {id: 'T2', name: 'Onvolledig'})-[:COVERS]->(nieuwegein)
                    CREATE (a)-[:MEMBER_OF {roles: ['programmeren', 'regisseren']}]->(t2)
                    CREATE (l)-[:MEMBER_OF {roles: ['faciliteren']}]->(t2)
                    CREATE (d)-[:MEMBER_OF {roles: ['intermediëren'], until: date('2025-01-01')}]->(t2)
                    CREATE (zeist)-[:HAS_NEED {count: 7000, source: 'GGD', year: 2021}]->(low)
                    CREATE (zeist)-[:HAS_NEED {count: 8000, source: 'GGD', year: 2023}]->(low)
                    """)
                .consume());
  }

  private CoverageReport analyse(Scope scope, String topic, String group) {
    return service.analyse(Messages.DUTCH, POLICY, new CoverageQuery(scope, topic, group));
  }

  private static MunicipalityCoverage row(CoverageReport report, String id) {
    return report.rows().stream()
        .filter(r -> r.municipalityId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void languageQuestionIsCoveredByOrganisationsDoingBothAndByCompleteTaalnetwerken() {
    CoverageReport report =
        analyse(Scope.municipalities(FOUR), "taalvaardigheid", "laaggeletterden");

    assertEquals(
        List.of("GM0356", "GM0310", "GM0344", "GM0355"),
        report.rows().stream().map(MunicipalityCoverage::municipalityId).toList(),
        "gaps first by need, then covered by need");
    MunicipalityCoverage utrecht = row(report, "GM0344");
    assertTrue(utrecht.covered());
    assertEquals(List.of("A"), utrecht.servingOrganisationIds());
    assertEquals(List.of("Taalschool A"), utrecht.servingNames());
    assertEquals(52393, utrecht.need());
    assertTrue(utrecht.estimated());
    assertEquals(52393, utrecht.needPerOrganisation());

    MunicipalityCoverage zeist = row(report, "GM0355");
    assertTrue(zeist.covered());
    assertEquals("T", zeist.taalnetwerkId());
    assertEquals(List.of(), zeist.servingOrganisationIds());
    assertEquals(8000, zeist.need(), "the latest imported figure replaces the estimate");
    assertFalse(zeist.estimated());
    assertEquals("GGD", zeist.needSource());
    assertEquals(2023, zeist.needYear());

    MunicipalityCoverage bilt = row(report, "GM0310");
    assertFalse(bilt.covered(), "a pending organisation does not count");
    assertEquals(6121, bilt.need());

    MunicipalityCoverage nieuwegein = row(report, "GM0356");
    assertFalse(nieuwegein.covered(), "B does not reach the group; T2 lost its intermediary");
    assertNull(nieuwegein.taalnetwerkId());
    assertEquals(9236, nieuwegein.need());

    assertEquals(52393 + 8000 + 6121 + 9236, report.peopleInNeed());
    assertEquals(52393 + 8000, report.peopleCovered());
    assertEquals(4, report.municipalities());
    assertEquals(2, report.municipalitiesCovered());
    assertEquals(60393.0 / 75750, report.share(), 1e-9);
  }

  @Test
  void topicAloneCountsNarrowerTopicsAndTheWholePopulation() {
    CoverageReport report = analyse(Scope.municipalities(FOUR), "taalvaardigheid", null);

    assertTrue(row(report, "GM0344").covered(), "A works on a narrower topic");
    assertEquals(List.of("B"), row(report, "GM0356").servingOrganisationIds());
    assertTrue(row(report, "GM0355").covered(), "a language topic: the complete taalnetwerk");
    assertFalse(row(report, "GM0310").covered());
    assertEquals(374238, row(report, "GM0344").need());
    assertFalse(row(report, "GM0344").estimated());
  }

  @Test
  void aTaalnetwerkDoesNotCoverANonLanguageTopic() {
    CoverageReport report =
        analyse(Scope.municipalities(FOUR), "leesbevordering", "laaggeletterden");

    assertFalse(row(report, "GM0355").covered());
    assertNull(row(report, "GM0355").taalnetwerkId());
    assertEquals(0, report.municipalitiesCovered(), "L reads but does not reach the group");
  }

  @Test
  void groupAloneUsesTheEstimateWithItsSource() {
    CoverageReport report =
        analyse(Scope.municipalities(List.of("GM0310")), null, "laaggeletterden");

    MunicipalityCoverage bilt = report.rows().getFirst();
    assertTrue(bilt.estimated());
    assertTrue(bilt.needSource().contains("Lezen & Schrijven"), bilt.needSource());
  }

  @Test
  void aProvinceScopeHasAllItsMunicipalities() {
    CoverageReport report = analyse(Scope.region("PV26"), "taalvaardigheid", "laaggeletterden");

    assertEquals(26, report.municipalities());
    assertEquals(3, report.municipalitiesCovered(), "Utrecht, Zeist and Houten (library H)");
    assertEquals(
        List.of("GM0344", "GM0355", "GM0321"),
        report.rows().subList(23, 26).stream().map(MunicipalityCoverage::municipalityId).toList(),
        "covered last, by need: 52,393, 8,000, 7,119");
  }

  @Test
  void anAllianceScopeIsItsArea() {
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    CREATE (al:Alliance {id: 'AL'})
                    WITH al MATCH (m:Municipality) WHERE m.id IN ['GM0344', 'GM0310']
                    CREATE (al)-[:COVERS]->(m)
                    """)
                .consume());

    CoverageReport report = analyse(Scope.alliance("AL"), "taalvaardigheid", "laaggeletterden");

    assertEquals(
        List.of("GM0310", "GM0344"),
        report.rows().stream().map(MunicipalityCoverage::municipalityId).toList());
  }

  @Test
  void aCountryScopeHasAllItsMunicipalities() {
    assertEquals(
        304, analyse(Scope.countries(List.of("be")), "taalvaardigheid", null).municipalities());
  }

  @Test
  void whatIfTheLibraryAlliesItsConfirmedPartnerBringsTopicAndGroup() {
    WhatIf whatIf =
        service.whatIf(
            Messages.DUTCH,
            POLICY,
            new CoverageQuery(Scope.municipalities(FOUR), "taalvaardigheid", "laaggeletterden"),
            List.of("L"));

    assertEquals(60393, whatIf.before().peopleCovered());
    assertEquals(60393 + 6121, whatIf.after().peopleCovered());
    assertEquals(2, whatIf.before().municipalitiesCovered());
    assertEquals(3, whatIf.after().municipalitiesCovered());
    assertEquals(List.of("GM0310"), whatIf.newlyCoveredMunicipalityIds());
    assertEquals(List.of("L"), row(whatIf.after(), "GM0310").servingOrganisationIds());
    assertEquals("GM0356", whatIf.after().rows().getFirst().municipalityId());
  }

  @Test
  void whatIfWithoutAConfirmedPartnerChangesNothing() {
    TestGraph.graph()
        .write(tx ->
            tx.run("MATCH (:Library {id: 'L'})-[c:COLLABORATES_WITH]->() SET c.status = 'proposed'")
                .consume());

    WhatIf whatIf =
        service.whatIf(
            Messages.DUTCH,
            POLICY,
            new CoverageQuery(Scope.municipalities(FOUR), "taalvaardigheid", "laaggeletterden"),
            List.of("L"));

    assertEquals(List.of(), whatIf.newlyCoveredMunicipalityIds());
    assertEquals(whatIf.before().peopleCovered(), whatIf.after().peopleCovered());
  }

  @Test
  void whatIfWithALibraryOutsideTheScopeNamesIt() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                service.whatIf(
                    Messages.DUTCH,
                    POLICY,
                    new CoverageQuery(Scope.municipalities(FOUR), "taalvaardigheid", null),
                    List.of("L", "H")));

    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertTrue(e.fieldErrors().getFirst().message().contains("Bibliotheek Houten"));
  }

  @Test
  void whatIfWithSomethingThatIsNotALibraryIsRefused() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                service.whatIf(
                    Messages.ENGLISH,
                    POLICY,
                    new CoverageQuery(Scope.municipalities(FOUR), "taalvaardigheid", null),
                    List.of("A")));

    assertTrue(e.fieldErrors().getFirst().message().contains("not (active) libraries: A"));
  }

  @Test
  void badQuestionsAreRefusedWithAClearMessage() {
    assertRefused("scope", () -> analyse(Scope.municipalities(List.of()), "taalvaardigheid", null));
    assertRefused(
        "scope", () -> analyse(new Scope(null, null, null, null), "taalvaardigheid", null));
    assertRefused(
        "scope", () -> analyse(new Scope("PV26", FOUR, null, null), "taalvaardigheid", null));
    assertRefused("topic", () -> analyse(Scope.region("PV26"), null, null));
    assertRefused("topic", () -> analyse(Scope.region("PV26"), "bestaat-niet", null));
    assertRefused("targetGroup", () -> analyse(Scope.region("PV26"), null, "bestaat-niet"));
    assertRefused("region", () -> analyse(Scope.region("PV99"), "taalvaardigheid", null));
    assertRefused(
        "countries", () -> analyse(Scope.countries(List.of("DE")), "taalvaardigheid", null));
    assertRefused(
        "municipalities",
        () -> analyse(Scope.municipalities(List.of("GM0344", "GM9999")), "taalvaardigheid", null));
    assertRefused("alliance", () -> analyse(Scope.alliance("nope"), "taalvaardigheid", null));
    assertRefused(
        "scope", () -> analyse(Scope.region("PV26'; MATCH (n)"), "taalvaardigheid", null));
  }

  @Test
  void bothWaysOfFindingTheServingOrganisationsAgree() {
    for (String[] question :
        new String[][] {
          {"taalvaardigheid", "laaggeletterden"},
          {"taalvaardigheid", null},
          {null, "laaggeletterden"},
          {"leesbevordering", null}
        }) {
      CoverageQuery query = new CoverageQuery(Scope.region("PV26"), question[0], question[1]);
      List<CoverageRepository.Row> near =
          TestGraph.graph()
              .read(tx ->
                  new CoverageRepository()
                      .analyse(tx, query, true, "2026-06-01", CoverageRepository.Strategy.NEAR));
      List<CoverageRepository.Row> fromNeed =
          TestGraph.graph()
              .read(tx ->
                  new CoverageRepository()
                      .analyse(
                          tx, query, true, "2026-06-01", CoverageRepository.Strategy.FROM_NEED));
      assertEquals(26, near.size());
      assertEquals(
          near.stream().map(r -> r.id() + r.servingIds()).sorted().toList(),
          fromNeed.stream().map(r -> r.id() + r.servingIds()).sorted().toList(),
          String.join("/", java.util.Arrays.asList(question)));
      assertTrue(near.stream().anyMatch(r -> !r.servingIds().isEmpty()));
    }
  }

  @Test
  void partnersMayNotReadCoverage() {
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                service.analyse(
                    Messages.DUTCH,
                    PARTNER,
                    new CoverageQuery(Scope.region("PV26"), "taalvaardigheid", null)));
    assertEquals(DomainException.Kind.FORBIDDEN, e.kind());
  }

  private static void assertRefused(String field, org.junit.jupiter.api.function.Executable call) {
    DomainException e = assertThrows(DomainException.class, call);
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertTrue(
        e.fieldErrors().stream().anyMatch(f -> f.field().equals(field)),
        field + " expected in " + e.fieldErrors());
    assertFalse(e.fieldErrors().getFirst().message().isBlank());
  }
}
