package org.knooppunt.community;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.inbox.InboxRepository;
import org.knooppunt.inbox.InboxService;
import org.knooppunt.organisation.OrganisationRepository;
import org.knooppunt.organisation.Ref;
import org.knooppunt.platform.audit.AuditLog;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.TestGraph;

/**
 * Library L (librarian "bib", branch B in Utrecht) hosts communities; partner R (account "pr")
 * collaborates with L and may run one; partner Q (account "pq", employee Anna) asks to join;
 * partner S (account "ps", employee Bert) is an outsider; a policy account and an admin.
 */
class CommunityServiceTest {

  private final CommunityService service =
      new CommunityService(
          TestGraph.graph(),
          new CommunityRepository(),
          new OrganisationRepository(),
          new InboxService(TestGraph.graph(), new InboxRepository()),
          new AuditLog());

  private static Account account(String name, Role role, String organisation) {
    return new Account(
        name, name, "Naam " + name, Set.of(role), "nl", organisation, null, List.of());
  }

  private static final Account BIB = account("bib", Role.LIBRARIAN, "L");
  private static final Account RUNNER = account("pr", Role.PARTNER, "R");
  private static final Account ASKER = account("pq", Role.PARTNER, "Q");
  private static final Account OUTSIDER = account("ps", Role.PARTNER, "S");
  private static final Account POLICY = account("beleid", Role.POLICY, null);
  private static final Account ADMIN = account("admin", Role.ADMIN, null);

  @BeforeEach
  void fixture() {
    TestGraph.wipe();
    TestGraph.graph()
        .write(tx ->
            tx.run(
                    """
                    MATCH (u:Municipality {id: 'GM0344'})
                    CREATE (l:Organisation:Library {id: 'L', name: 'Bieb', version: 1})-[:LOCATED_IN]->(u)
                    CREATE (l)-[:HAS_BRANCH]->(b:Branch {id: 'B', name: 'Filiaal Oost',
                            location: point({latitude: 52.09, longitude: 5.15})})-[:LOCATED_IN]->(u)
                    CREATE (r:Organisation:Partner {id: 'R', name: 'Repaircafé', version: 1})
                    CREATE (l)-[:COLLABORATES_WITH {status: 'confirmed'}]->(r)
                    CREATE (q:Organisation:Partner {id: 'Q', name: 'Welzijn Oost', version: 1})
                    CREATE (s:Organisation:Partner {id: 'S', name: 'Sportclub', version: 1})
                    CREATE (:Person {id: 'anna', name: 'Anna'})-[:WORKS_FOR]->(q)
                    CREATE (:Person {id: 'bert', name: 'Bert'})-[:WORKS_FOR]->(s)
                    CREATE (:Account {id: 'a1', username: 'bib', displayName: 'Naam bib', roles: ['librarian']})-[:ACTS_FOR]->(l)
                    CREATE (:Account {id: 'a2', username: 'pr', displayName: 'Naam pr', roles: ['partner']})-[:ACTS_FOR]->(r)
                    CREATE (:Account {id: 'a3', username: 'pq', displayName: 'Naam pq', roles: ['partner']})-[:ACTS_FOR]->(q)
                    CREATE (:Account {id: 'a4', username: 'ps', displayName: 'Naam ps', roles: ['partner']})-[:ACTS_FOR]->(s)
                    CREATE (:Account {id: 'a5', username: 'beleid', displayName: 'Naam beleid', roles: ['policy']})
                    CREATE (:Account {id: 'a6', username: 'admin', displayName: 'Naam admin', roles: ['admin']})
                    """,
                    Map.of())
                .consume());
  }

  private static CommunityForm form(String name) {
    CommunityForm f = new CommunityForm();
    f.setName(name);
    f.setDescription("Samen oefenen met tablet en telefoon.");
    f.setSchedule("elke dinsdag 10–12 uur");
    f.setBranchId("B");
    f.setRunnerIds(List.of("R"));
    f.setTopicIds(List.of("digitale-basisvaardigheden"));
    f.setTargetGroupIds(List.of("senioren"));
    return f;
  }

  private String created() {
    return service.create(BIB, form("Samen digitaal"), Messages.DUTCH);
  }

  private static ActivityForm activity(String name, long version) {
    ActivityForm a = new ActivityForm();
    a.setName(name);
    a.setDescription("Vragen over DigiD en bankieren");
    a.setFrom(LocalDate.of(2026, 1, 6));
    a.setUntil(LocalDate.of(2026, 6, 30));
    a.setTopicId("digitale-basisvaardigheden");
    a.setTargetGroupId("senioren");
    a.setBranchId("B");
    a.setVersion(version);
    return a;
  }

  /** Everything stored about communities, to prove a refused request changed nothing. */
  private static String snapshot() {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    """
                    OPTIONAL MATCH (c:Community)
                    WITH c ORDER BY c.id
                    WITH collect(properties(c)) AS communities
                    OPTIONAL MATCH (a:Activity)
                    WITH communities, a ORDER BY a.id
                    RETURN communities, collect(properties(a)) AS activities,
                           COUNT { ()-[:HOSTS|RUNS|MEETS_AT|ABOUT|FOR|OFFERS|AT|MEMBER_OF|ASKED_TO_JOIN]->() } AS rels,
                           COUNT { (i:InboxItem) } AS notices
                    """)
                .single()
                .toString());
  }

  private static List<String> inbox(String username) {
    return TestGraph.graph()
        .read(tx ->
            tx.run(
                    """
                    MATCH (:Account {username: $u})-[:RECEIVED]->(i:InboxItem)
                    RETURN i.subjectKey + ':' + coalesce(i.message, '') AS x ORDER BY i.createdAt
                    """,
                    Map.of("u", username))
                .list(r -> r.get("x").asString()));
  }

  private static DomainException refusal(Executable e) {
    return assertThrows(DomainException.class, e);
  }

  @Test
  void aLibrarianCreatesACommunityForHerLibraryAndItsPageShowsEverything() {
    String id = created();
    Community c = service.get(id, Messages.DUTCH);
    assertEquals("Samen digitaal", c.name());
    assertEquals("Samen oefenen met tablet en telefoon.", c.description());
    assertEquals("elke dinsdag 10–12 uur", c.schedule());
    assertEquals("L", c.host().id());
    assertEquals("library", c.host().kind());
    assertEquals(List.of("R"), c.runners().stream().map(Community.Party::id).toList());
    assertEquals("Filiaal Oost", c.branch().name());
    assertEquals("Utrecht", c.branch().municipality());
    assertEquals(List.of("digitale-basisvaardigheden"), c.topics().stream().map(Ref::id).toList());
    assertEquals(List.of("senioren"), c.targetGroups().stream().map(Ref::id).toList());
    assertEquals(1, c.version());
    assertTrue(c.lastReviewedAt() != null, "a new community counts as reviewed");
    assertEquals("bib", c.updatedBy());

    var page = service.list("digitaal", null, 0, 25, Messages.DUTCH);
    assertEquals(1, page.total());
    assertEquals("Bieb", page.rows().getFirst().hostName());
    assertEquals(0, service.list("bestaat niet", null, 0, 25, Messages.DUTCH).total());
    assertEquals(
        1, service.list(null, "digitale-basisvaardigheden", 0, 25, Messages.DUTCH).total());
  }

  @Test
  void onlyOwnersWriteAndEveryRefusalLeavesNothingBehind() {
    String id = created();
    String before = snapshot();
    CommunityForm other = form("Elders");
    other.setHostId("L");
    for (Account a : List.of(OUTSIDER, POLICY, ASKER)) {
      assertEquals(
          DomainException.Kind.FORBIDDEN,
          refusal(() -> service.create(a, other, Messages.DUTCH)).kind(),
          a.username() + " may not create for L");
      CommunityForm edit = CommunityForm.of(service.get(id, Messages.DUTCH));
      edit.setName("Overgenomen");
      assertEquals(
          DomainException.Kind.FORBIDDEN,
          refusal(() -> service.update(a, id, edit, Messages.DUTCH)).kind());
      assertEquals(
          DomainException.Kind.FORBIDDEN,
          refusal(() -> service.addActivity(a, id, activity("Inloop", 1), Messages.DUTCH)).kind());
    }
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refusal(() -> service.create(null, form("Anoniem"), Messages.DUTCH)).kind());
    assertEquals(before, snapshot());

    // The partner that runs it and an admin are owners too.
    CommunityForm edit = CommunityForm.of(service.get(id, Messages.DUTCH));
    edit.setSchedule("elke woensdag");
    assertEquals(2, service.update(RUNNER, id, edit, Messages.DUTCH));
    edit.setVersion(2);
    edit.setHostId("R");
    assertEquals(
        "hostId",
        refusal(() -> service.update(RUNNER, id, edit, Messages.DUTCH))
            .fieldErrors()
            .getFirst()
            .field(),
        "only an admin moves a community to another host");
    assertEquals(3, service.update(ADMIN, id, edit, Messages.DUTCH));
    assertEquals("R", service.get(id, Messages.DUTCH).host().id());
  }

  @Test
  void aStaleVersionIsAConflictThatNamesWhoChangedItAndKeepsTheirVersion() {
    String id = created();
    CommunityForm mine = CommunityForm.of(service.get(id, Messages.DUTCH));
    CommunityForm theirs = CommunityForm.of(service.get(id, Messages.DUTCH));
    theirs.setSchedule("elke donderdag");
    service.update(RUNNER, id, theirs, Messages.DUTCH);
    mine.setSchedule("elke vrijdag");
    DomainException e = refusal(() -> service.update(BIB, id, mine, Messages.ENGLISH));
    assertEquals(DomainException.Kind.CONFLICT, e.kind());
    assertTrue(e.getMessage().contains("pr"), e.getMessage());
    Community stored = (Community) e.detail();
    assertEquals("elke donderdag", stored.schedule());
    assertEquals(2, stored.version());
    // Activities are edits of the community: the same version guards them.
    assertEquals(
        DomainException.Kind.CONFLICT,
        refusal(() -> service.addActivity(BIB, id, activity("Inloop", 1), Messages.DUTCH)).kind());
    assertEquals("elke donderdag", service.get(id, Messages.DUTCH).schedule());
    assertTrue(service.get(id, Messages.DUTCH).activities().isEmpty());
  }

  @Test
  void ownersAddChangeAndRemoveActivitiesOfTheOffer() {
    String id = created();
    long v = service.addActivity(BIB, id, activity("Digicafé", 1), Messages.DUTCH);
    assertEquals(2, v);
    Community c = service.get(id, Messages.DUTCH);
    Community.Activity a = c.activities().getFirst();
    assertEquals("Digicafé", a.name());
    assertEquals("2026-01-06", a.from());
    assertEquals("2026-06-30", a.until());
    assertEquals("digitale-basisvaardigheden", a.topic().id());
    assertEquals("senioren", a.targetGroup().id());
    assertEquals("Filiaal Oost", a.place().name());

    ActivityForm change = ActivityForm.of(a, v);
    change.setName("Digicafé plus");
    change.setBranchId(null);
    change.setTargetGroupId(null);
    v = service.updateActivity(RUNNER, id, a.id(), change, Messages.DUTCH);
    Community.Activity changed = service.get(id, Messages.DUTCH).activities().getFirst();
    assertEquals("Digicafé plus", changed.name());
    assertNull(changed.place());
    assertNull(changed.targetGroup());
    assertEquals("digitale-basisvaardigheden", changed.topic().id());

    long stale = v - 1;
    assertEquals(
        DomainException.Kind.CONFLICT,
        refusal(() -> service.removeActivity(BIB, id, a.id(), stale, Messages.DUTCH)).kind());
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        refusal(() -> service.removeActivity(BIB, id, "nope", 3, Messages.DUTCH)).kind());
    service.removeActivity(BIB, id, a.id(), v, Messages.DUTCH);
    assertTrue(service.get(id, Messages.DUTCH).activities().isEmpty());
    long left =
        TestGraph.graph()
            .read(
                tx -> tx.run("MATCH (a:Activity) RETURN count(a) AS n").single().get("n").asLong());
    assertEquals(0, left, "a removed activity is gone");
  }

  @Test
  void anOrganisationAsksToJoinTheOwnersAreToldAndAnOwnerAccepts() {
    String id = created();
    service.ask(ASKER, id, "Q", "Wij willen graag meedoen", Messages.DUTCH);
    assertEquals(List.of("community.notice.asked:Wij willen graag meedoen"), inbox("bib"));
    assertEquals(List.of("community.notice.asked:Wij willen graag meedoen"), inbox("pr"));
    assertTrue(inbox("ps").isEmpty());

    List<JoinRequest> requests = service.requests(BIB, id, Messages.DUTCH);
    assertEquals(1, requests.size());
    assertEquals("Welzijn Oost", requests.getFirst().name());
    assertEquals("pq", requests.getFirst().askedBy());
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refusal(() -> service.requests(ASKER, id, Messages.DUTCH)).kind(),
        "requests and their messages are for owners only");
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refusal(() -> service.accept(ASKER, id, "Q", "lid", Messages.DUTCH)).kind(),
        "nobody accepts herself");

    service.accept(BIB, id, "Q", "partner in de wijk", Messages.DUTCH);
    assertEquals(List.of("community.notice.accepted:"), inbox("pq"));
    Community c = service.get(id, Messages.DUTCH);
    assertEquals(1, c.memberCount());
    Community.Member m = c.members().getFirst();
    assertEquals("Q", m.id());
    assertEquals("organisation", m.kind());
    assertEquals("partner in de wijk", m.role());
    assertTrue(service.requests(BIB, id, Messages.DUTCH).isEmpty());

    DomainException again = refusal(() -> service.ask(ASKER, id, "Q", null, Messages.DUTCH));
    assertEquals(DomainException.Kind.DUPLICATE, again.kind());
    assertTrue(again.getMessage().contains("al lid"), again.getMessage());

    // Leaving: whoever speaks for the member.
    service.removeMember(ASKER, id, "Q", Messages.DUTCH);
    assertEquals(0, service.get(id, Messages.DUTCH).memberCount());
  }

  @Test
  void aUserAsksForAPersonOfHerOwnOrganisationAndAnOwnerDeclines() {
    String id = created();
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refusal(() -> service.ask(ASKER, id, "bert", null, Messages.DUTCH)).kind(),
        "Bert works elsewhere");
    assertEquals(
        DomainException.Kind.FORBIDDEN,
        refusal(() -> service.ask(ASKER, id, "S", null, Messages.DUTCH)).kind(),
        "not her organisation");
    service.ask(ASKER, id, "anna", null, Messages.DUTCH);
    DomainException twice =
        refusal(() -> service.ask(ASKER, id, "anna", "nog eens", Messages.DUTCH));
    assertEquals(DomainException.Kind.DUPLICATE, twice.kind());
    assertTrue(twice.getMessage().contains("Anna"), twice.getMessage());
    assertEquals(
        DomainException.Kind.DUPLICATE,
        refusal(() -> service.ask(RUNNER, id, "R", null, Messages.DUTCH)).kind(),
        "a runner is already in it");

    JoinRequest r = service.requests(RUNNER, id, Messages.DUTCH).getFirst();
    assertEquals("person", r.kind());
    assertEquals("Welzijn Oost", r.organisationName());
    service.decline(RUNNER, id, "anna", Messages.DUTCH);
    assertEquals(List.of("community.notice.declined:"), inbox("pq"));
    assertEquals(0, service.get(id, Messages.DUTCH).memberCount());
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        refusal(() -> service.decline(RUNNER, id, "anna", Messages.DUTCH)).kind(),
        "a request is answered once");
    assertEquals(
        DomainException.Kind.NOT_FOUND,
        refusal(() -> service.ask(ASKER, "bestaat-niet", "anna", null, Messages.DUTCH)).kind());
  }

  @Test
  void hostileTextIsStoredAsPlainTextAndBadInputIsExplainedWithoutWriting() {
    String script = "<script>alert('x')</script> {{7*7}} ' OR 1=1 //";
    CommunityForm f = form(script);
    String id = service.create(BIB, f, Messages.DUTCH);
    assertEquals(script, service.get(id, Messages.DUTCH).name());
    service.ask(ASKER, id, "Q", "<img src=x onerror=alert(1)>", Messages.DUTCH);
    assertEquals(
        "<img src=x onerror=alert(1)>",
        service.requests(BIB, id, Messages.DUTCH).getFirst().message());

    String before = snapshot();
    CommunityForm bad = form("Naam\u0000met nul");
    bad.setDescription("x".repeat(CommunityService.DESCRIPTION_MAX + 1));
    bad.setTopicIds(List.of("x') DETACH DELETE n //"));
    DomainException e = refusal(() -> service.create(BIB, bad, Messages.ENGLISH));
    assertEquals(DomainException.Kind.INVALID, e.kind());
    assertEquals(
        List.of("description", "name", "topicIds"),
        e.fieldErrors().stream().map(x -> x.field()).sorted().toList());
    assertTrue(e.fieldErrors().stream().anyMatch(x -> x.message().contains("4000")));

    CommunityForm unknown = form("Onbekend");
    unknown.setTopicIds(List.of("bestaat-niet"));
    unknown.setBranchId("X");
    assertEquals(
        List.of("branchId", "topicIds"),
        refusal(() -> service.create(BIB, unknown, Messages.DUTCH)).fieldErrors().stream()
            .map(x -> x.field())
            .toList());
    assertEquals(
        DomainException.Kind.DUPLICATE,
        refusal(() -> service.create(BIB, form(script.toUpperCase()), Messages.DUTCH)).kind());
    assertEquals(
        "name",
        refusal(() -> service.create(BIB, form("  "), Messages.DUTCH))
            .fieldErrors()
            .getFirst()
            .field());

    ActivityForm backwards = activity("Terug in de tijd", 1);
    backwards.setUntil(LocalDate.of(2025, 1, 1));
    assertEquals(
        "until",
        refusal(() -> service.addActivity(BIB, id, backwards, Messages.DUTCH))
            .fieldErrors()
            .getFirst()
            .field());
    assertEquals(
        "message",
        refusal(() -> service.ask(ASKER, id, "anna", "a\u0007b", Messages.DUTCH))
            .fieldErrors()
            .getFirst()
            .field());
    assertEquals(
        "role",
        refusal(() -> service.accept(BIB, id, "Q", "r".repeat(61), Messages.DUTCH))
            .fieldErrors()
            .getFirst()
            .field());
    assertEquals(before, snapshot());
    assertFalse(service.find("'; MATCH (n) DETACH DELETE n").isPresent());
  }
}
