package org.knooppunt.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Library L in Utrecht (province PV26) with its librarian, library M in Gent (BE-40000) with its
 * librarian, a policy cell for PV26, one for Noord-Holland (PV27), a partner and an admin.
 */
class ProjectServiceTest {

  private static final Locale NL = Locale.of("nl");
  private final ProjectService service =
      new ProjectService(
          TestGraph.graph(),
          new ProjectRepository(),
          new AuditLog(),
          Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));

  private static Account account(
      String name, Role role, String organisation, List<String> regions) {
    return new Account(name, name, "Naam " + name, Set.of(role), "nl", organisation, null, regions);
  }

  private static final Account BIB = account("bib", Role.LIBRARIAN, "L", List.of());
  private static final Account GENT = account("gent", Role.LIBRARIAN, "M", List.of());
  private static final Account POLICY = account("beleid", Role.POLICY, null, List.of("PV26"));
  private static final Account OTHER_POLICY = account("nh", Role.POLICY, null, List.of("PV27"));
  private static final Account PARTNER = account("pa", Role.PARTNER, "P", List.of());
  private static final Account ADMIN = account("admin", Role.ADMIN, null, List.of());

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (utrecht:Municipality {id: 'GM0344'})
                    MATCH (gent:Municipality {id: '44021'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb Utrecht'})-[:LOCATED_IN]->(utrecht)
                    CREATE (m:Organisation:Library {id: 'M', name: 'Bieb Gent'})-[:LOCATED_IN]->(gent)
                    CREATE (:Organisation:Partner {id: 'P', name: 'Welzijn'})
                    """)
                .consume());
  }

  private ProjectRound round(int tickets) {
    return service.createRound(POLICY, new RoundForm("Ronde 2026", 2026, tickets, null), NL);
  }

  private NetworkProject project(ProjectRound round, String name) {
    return service.createProject(POLICY, round.id(), form(name, null), NL);
  }

  private static ProjectForm form(String name, Long version) {
    return new ProjectForm(
        name,
        "participatie-zelfredzaamheid",
        "digitaal-minder-vaardigen",
        "Meer mensen doen digitaal mee",
        "Een hulppunt per gemeente",
        "Spreekuur",
        List.of("digitale overheid", " ", "digitale overheid", "vrijwilligers"),
        version);
  }

  private static DomainException refused(DomainException.Kind kind, Runnable action) {
    DomainException e = assertThrows(DomainException.class, action::run);
    assertEquals(kind, e.kind(), e.getMessage());
    return e;
  }

  private static long signupsInGraph() {
    return TestGraph.graph()
        .read(tx -> tx.run("MATCH ()-[s:SIGNED_UP]->() RETURN count(s) AS n").single())
        .get("n")
        .asLong();
  }

  @Test
  void aPolicyCellOpensARoundForItsRegionsWithThreeTicketsByDefault() {
    ProjectRound round =
        service.createRound(POLICY, new RoundForm(" Ronde 2026 ", null, null, List.of()), NL);
    assertEquals("Ronde 2026", round.name());
    assertEquals(2026, round.year());
    assertEquals(3, round.ticketsPerLibrary());
    assertEquals(List.of("PV26"), round.regionIds());
    assertTrue(round.open());
    assertEquals(round, service.round(round.id(), NL));
    assertEquals(List.of(round), service.rounds(0, 10));
  }

  @Test
  void onlyAdminsAndPolicyCellsForTheirOwnRegionsOpenAndManageRounds() {
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.createRound(BIB, new RoundForm("R", 2026, 3, null), NL));
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.createRound(PARTNER, new RoundForm("R", 2026, 3, null), NL));
    DomainException e =
        refused(
            DomainException.Kind.INVALID,
            () -> service.createRound(POLICY, new RoundForm("R", 2026, 3, List.of("PV27")), NL));
    assertEquals(Messages.get(NL, "project.regionNotYours"), e.fieldErrors().get(0).message());
    refused(
        DomainException.Kind.INVALID,
        () -> service.createRound(ADMIN, new RoundForm("R", 2026, 3, List.of("XX99")), NL));
    ProjectRound round = round(3);
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.createProject(OTHER_POLICY, round.id(), form("X", null), NL));
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.createProject(BIB, round.id(), form("X", null), NL));
    refused(DomainException.Kind.FORBIDDEN, () -> service.closeRound(OTHER_POLICY, round.id(), NL));
    assertEquals(0, service.projects(round.id(), 0, 10).size());
    assertTrue(service.createProject(ADMIN, round.id(), form("Admin", null), NL).id() != null);
  }

  @Test
  void badRoundAndProjectInputIsRefusedWithEveryFieldAndNothingWritten() {
    DomainException e =
        refused(
            DomainException.Kind.INVALID,
            () -> service.createRound(POLICY, new RoundForm("<b>x</b>", 1800, 0, null), NL));
    assertEquals(
        List.of("name", "year", "ticketsPerLibrary"),
        e.fieldErrors().stream().map(f -> f.field()).toList());
    assertEquals(List.of(), service.rounds(0, 10));
    ProjectRound round = round(3);
    e =
        refused(
            DomainException.Kind.INVALID,
            () ->
                service.createProject(
                    POLICY,
                    round.id(),
                    new ProjectForm("", "mediawijsheid", "nobody", null, null, null, null, null),
                    NL));
    assertEquals(List.of("name"), e.fieldErrors().stream().map(f -> f.field()).toList());
    e =
        refused(
            DomainException.Kind.INVALID,
            () ->
                service.createProject(
                    POLICY,
                    round.id(),
                    new ProjectForm("P", "mediawijsheid", "nobody", null, null, null, null, null),
                    NL));
    assertEquals(
        List.of("priorityId", "targetGroupId"),
        e.fieldErrors().stream().map(f -> f.field()).toList());
    assertEquals(0, service.projects(round.id(), 0, 10).size());
  }

  @Test
  void aProjectKeepsItsPriorityTargetGroupAndSubjectsAndIsEditedWithItsVersion() {
    ProjectRound round = round(3);
    NetworkProject p = project(round, "Digitaal meedoen");
    assertEquals("participatie-zelfredzaamheid", p.priorityId());
    assertEquals("Participatie & zelfredzaamheid", p.priorityName(NL));
    assertEquals("People with limited digital skills", p.targetGroupName(Locale.ENGLISH));
    assertEquals(List.of("digitale overheid", "vrijwilligers"), p.subjects());
    NetworkProject changed =
        service.updateProject(
            POLICY,
            p.id(),
            new ProjectForm(
                "Digitaal meedoen 2", "jeugd-onderwijs", "jeugd", null, null, null, null, 1L),
            NL);
    assertEquals("jeugd-onderwijs", changed.priorityId());
    assertEquals("jeugd", changed.targetGroupId());
    assertEquals(2, changed.version());
    refused(
        DomainException.Kind.CONFLICT,
        () -> service.updateProject(POLICY, p.id(), form("Oud", 1L), NL));
    assertEquals("Digitaal meedoen 2", service.project(p.id(), NL).name());
  }

  @Test
  void aLibrarySignsUpUntilItsTicketsAreUsedAndAWithdrawalGivesOneBack() {
    ProjectRound round = round(2);
    NetworkProject a = project(round, "A");
    NetworkProject b = project(round, "B");
    NetworkProject c = project(round, "C");
    assertEquals(1, service.signUp(BIB, a.id(), null, NL).left());
    DomainException twice =
        refused(DomainException.Kind.CONFLICT, () -> service.signUp(BIB, a.id(), "L", NL));
    assertEquals(Messages.get(NL, "project.already"), twice.getMessage());
    LibraryTickets afterB = service.signUp(BIB, b.id(), null, NL);
    assertEquals(0, afterB.left());
    assertEquals(List.of("A", "B"), afterB.projects());
    DomainException full =
        refused(DomainException.Kind.CONFLICT, () -> service.signUp(BIB, c.id(), null, NL));
    assertEquals(Messages.get(NL, "project.noTickets", 2), full.getMessage());
    assertEquals(2, signupsInGraph());

    assertEquals(1, service.withdraw(BIB, a.id(), null, NL).left());
    refused(DomainException.Kind.CONFLICT, () -> service.withdraw(BIB, a.id(), null, NL));
    assertEquals(0, service.signUp(BIB, c.id(), null, NL).left());
    assertEquals(
        List.of("Bieb Utrecht"),
        service.signups(c.id(), 0, 10, NL).stream().map(SignUp::libraryName).toList());
    List<LibraryTickets> libraries = service.libraries(round.id(), 0, 10, NL);
    assertEquals(1, libraries.size());
    assertEquals(List.of("B", "C"), libraries.get(0).projects());
    assertEquals(2, service.round(round.id(), NL).signupCount());
  }

  @Test
  void onlyTheLibrarysOwnLibrarianOrAnAdminSignsItUpAndOnlyInTheRoundsRegions() {
    ProjectRound round = round(3);
    NetworkProject a = project(round, "A");
    refused(DomainException.Kind.FORBIDDEN, () -> service.signUp(BIB, a.id(), "M", NL));
    refused(DomainException.Kind.FORBIDDEN, () -> service.signUp(PARTNER, a.id(), "P", NL));
    refused(DomainException.Kind.FORBIDDEN, () -> service.signUp(POLICY, a.id(), "L", NL));
    DomainException outside =
        refused(DomainException.Kind.CONFLICT, () -> service.signUp(GENT, a.id(), null, NL));
    assertEquals(Messages.get(NL, "project.outsideRegion"), outside.getMessage());
    refused(DomainException.Kind.NOT_FOUND, () -> service.signUp(ADMIN, a.id(), "nope", NL));
    refused(DomainException.Kind.NOT_FOUND, () -> service.signUp(BIB, "nope", null, NL));
    assertEquals(2, service.signUp(ADMIN, a.id(), "L", NL).left());
    assertEquals(3, service.withdraw(ADMIN, a.id(), "L", NL).left());
    assertEquals(0, signupsInGraph());
  }

  @Test
  void aRoundsTicketsAreChangedOverItsVersionAndCountFromThen() {
    ProjectRound round = round(1);
    NetworkProject a = project(round, "A");
    NetworkProject b = project(round, "B");
    service.signUp(BIB, a.id(), null, NL);
    refused(DomainException.Kind.CONFLICT, () -> service.signUp(BIB, b.id(), null, NL));
    refused(
        DomainException.Kind.FORBIDDEN,
        () -> service.updateRound(OTHER_POLICY, round.id(), new RoundChange("X", 2, 1L), NL));
    refused(
        DomainException.Kind.INVALID,
        () -> service.updateRound(POLICY, round.id(), new RoundChange("X", 0, 1L), NL));
    ProjectRound changed =
        service.updateRound(POLICY, round.id(), new RoundChange("Ronde 2026 bis", 2, 1L), NL);
    assertEquals(2, changed.ticketsPerLibrary());
    assertEquals("Ronde 2026 bis", changed.name());
    assertEquals(0, service.signUp(BIB, b.id(), null, NL).left());
    refused(
        DomainException.Kind.CONFLICT,
        () -> service.updateRound(POLICY, round.id(), new RoundChange("Oud", 5, 1L), NL));
    service.closeRound(POLICY, round.id(), NL);
    refused(
        DomainException.Kind.CONFLICT,
        () -> service.updateRound(POLICY, round.id(), new RoundChange("Later", 5, 3L), NL));
    assertEquals(2, service.round(round.id(), NL).ticketsPerLibrary());
  }

  @Test
  void closingARoundFreezesSignUpsAndWithdrawals() {
    ProjectRound round = round(3);
    NetworkProject a = project(round, "A");
    NetworkProject b = project(round, "B");
    service.signUp(BIB, a.id(), null, NL);
    assertEquals("closed", service.closeRound(POLICY, round.id(), NL).status());
    DomainException closed =
        refused(DomainException.Kind.CONFLICT, () -> service.signUp(BIB, b.id(), null, NL));
    assertEquals(Messages.get(NL, "project.closed"), closed.getMessage());
    refused(DomainException.Kind.CONFLICT, () -> service.withdraw(BIB, a.id(), null, NL));
    refused(DomainException.Kind.CONFLICT, () -> service.closeRound(POLICY, round.id(), NL));
    refused(
        DomainException.Kind.CONFLICT,
        () -> service.createProject(POLICY, round.id(), form("C", null), NL));
    assertEquals(1, signupsInGraph());
  }

  @Test
  void twentyConcurrentSignUpsForTheLastTicketLetExactlyOneThrough() throws Exception {
    ProjectRound round = round(3);
    List<NetworkProject> projects = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      projects.add(project(round, "Project " + i));
    }
    service.signUp(BIB, projects.get(20).id(), null, NL);
    service.signUp(BIB, projects.get(21).id(), null, NL);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String id = projects.get(i).id();
        results.add(
            pool.submit(() -> {
              start.await();
              try {
                service.signUp(BIB, id, null, NL);
                return "ok";
              } catch (DomainException e) {
                return e.kind() + " " + e.getMessage();
              }
            }));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : results) {
        outcomes.add(f.get(120, TimeUnit.SECONDS));
      }
      assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
      String refusal = "CONFLICT " + Messages.get(NL, "project.noTickets", 3);
      assertEquals(19, outcomes.stream().filter(refusal::equals).count(), outcomes.toString());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(3, signupsInGraph());
    assertEquals(0, service.tickets(round.id(), "L").orElseThrow().left());
  }
}
