package org.knooppunt.project;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knooppunt.organisation.Ref;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Cypher for rounds, network projects and sign-ups. Each method is one statement. */
@ApplicationScoped
public class ProjectRepository {

  /** What a sign-up attempt found, after the ticket book was locked. */
  public record Outcome(String outcome, long used, int tickets) {}

  private static final String ROUND_COLUMNS =
      """
      r.id AS id, r.name AS name, r.year AS year, r.ticketsPerLibrary AS tickets,
      r.status AS status, r.regionIds AS regionIds, coalesce(r.demo, false) AS demo,
      coalesce(r.version, 1) AS version,
      COUNT { (r)<-[:IN_ROUND]-(:NetworkProject) } AS projectCount,
      COUNT { (r)<-[:IN_ROUND]-(:NetworkProject)<-[:SIGNED_UP]-(:Library) } AS signupCount
      """;

  private static final String PROJECT_COLUMNS =
      """
      p.id AS id, r.id AS roundId, r.name AS roundName, r.status AS roundStatus, p.name AS name,
      t.id AS priorityId, t.nameNl AS priorityNl, t.nameEn AS priorityEn,
      g.id AS targetGroupId, g.nameNl AS targetGroupNl, g.nameEn AS targetGroupEn,
      p.intendedEffect AS intendedEffect, p.goal AS goal, p.result AS result,
      coalesce(p.subjects, []) AS subjects, coalesce(p.demo, false) AS demo,
      coalesce(p.version, 1) AS version,
      COUNT { (p)<-[:SIGNED_UP]-(:Library) } AS signupCount
      """;

  private static final String PROJECT_REFS =
      """
      WITH p, r, COLLECT { MATCH (p)-[:UNDER]->(x:Topic) RETURN x ORDER BY x.id }[0] AS t,
           COLLECT { MATCH (p)-[:FOR]->(x:TargetGroup) RETURN x ORDER BY x.id }[0] AS g
      """;

  static final String LIST_ROUNDS =
      """
      MATCH (r:ProjectRound)
      WITH r ORDER BY r.year DESC, r.name, r.id SKIP $offset LIMIT $limit
      RETURN %s
      """
          .formatted(ROUND_COLUMNS);

  static final String FIND_ROUND =
      """
      MATCH (r:ProjectRound {id: $id})
      RETURN %s
      """
          .formatted(ROUND_COLUMNS);

  static final String COUNT_REGIONS =
      """
      MATCH (g:Region) WHERE g.id IN $ids RETURN count(DISTINCT g) AS found
      """;

  static final String CREATE_ROUND =
      """
      CREATE (r:ProjectRound {id: $id, name: $name, year: $year, ticketsPerLibrary: $tickets,
        status: 'open', regionIds: $regionIds, version: 1, createdAt: datetime(), createdBy: $actor,
        updatedAt: datetime(), updatedBy: $actor})
      RETURN r.id AS id
      """;

  /**
   * Closes an open round and then writes to every ticket book and project of it: a sign-up that
   * holds one of those locks finishes first, one that waits for them reads the round as closed.
   */
  static final String CLOSE_ROUND =
      """
      MATCH (r:ProjectRound {id: $id}) WHERE r.status = 'open'
      SET r.status = 'closed', r.closedAt = datetime(), r.updatedAt = datetime(),
          r.updatedBy = $actor, r.version = coalesce(r.version, 1) + 1
      WITH r
      CALL (r) {
        MATCH (b:TicketBook {roundId: r.id})
        SET b.lockedAt = datetime()
      }
      CALL (r) {
        MATCH (p:NetworkProject)-[:IN_ROUND]->(r)
        SET p.signupsChangedAt = datetime()
      }
      RETURN count(r) AS closed
      """;

  /**
   * Renames an open round and sets its tickets, if nobody changed it since {@code $version}; then
   * writes to its projects, like {@link #CLOSE_ROUND}, so no sign-up counts against the old number.
   */
  static final String UPDATE_ROUND =
      """
      MATCH (r:ProjectRound {id: $id})
      WHERE r.status = 'open' AND coalesce(r.version, 1) = $version
      SET r.name = $name, r.ticketsPerLibrary = $tickets, r.updatedAt = datetime(),
          r.updatedBy = $actor, r.version = coalesce(r.version, 1) + 1
      WITH r
      CALL (r) {
        MATCH (p:NetworkProject)-[:IN_ROUND]->(r)
        SET p.signupsChangedAt = datetime()
      }
      RETURN count(r) AS changed
      """;

  static final String REFS_EXIST =
      """
      RETURN EXISTS { MATCH (:Topic {id: $priority, kind: 'priority'}) } AS priority,
             EXISTS { MATCH (:TargetGroup {id: $targetGroup}) } AS targetGroup
      """;

  static final String ROUND_PROJECTS =
      """
      MATCH (p:NetworkProject)-[:IN_ROUND]->(r:ProjectRound {id: $round})
      WITH p, r ORDER BY p.name, p.id SKIP $offset LIMIT $limit
      %s
      RETURN %s
      ORDER BY name, id
      """
          .formatted(PROJECT_REFS, PROJECT_COLUMNS);

  static final String FIND_PROJECT =
      """
      MATCH (p:NetworkProject {id: $id})-[:IN_ROUND]->(r:ProjectRound)
      %s
      RETURN %s
      """
          .formatted(PROJECT_REFS, PROJECT_COLUMNS);

  static final String CREATE_PROJECT =
      """
      MATCH (r:ProjectRound {id: $round})
      MATCH (t:Topic {id: $priority, kind: 'priority'})
      MATCH (g:TargetGroup {id: $targetGroup})
      CREATE (p:NetworkProject {id: $id, name: $name, intendedEffect: $intendedEffect, goal: $goal,
        result: $result, subjects: $subjects, status: 'active', version: 1,
        createdAt: datetime(), createdBy: $actor, updatedAt: datetime(), updatedBy: $actor})
      CREATE (p)-[:IN_ROUND]->(r)
      CREATE (p)-[:UNDER]->(t)
      CREATE (p)-[:FOR]->(g)
      RETURN p.id AS id
      """;

  static final String UPDATE_PROJECT =
      """
      MATCH (p:NetworkProject {id: $id})
      WHERE coalesce(p.version, 1) = $version
      MATCH (t:Topic {id: $priority, kind: 'priority'})
      MATCH (g:TargetGroup {id: $targetGroup})
      SET p.name = $name, p.intendedEffect = $intendedEffect, p.goal = $goal, p.result = $result,
          p.subjects = $subjects, p.version = coalesce(p.version, 1) + 1,
          p.updatedAt = datetime(), p.updatedBy = $actor
      WITH p, t, g
      CALL (p) {
        MATCH (p)-[old:UNDER|FOR]->()
        DELETE old
      }
      CREATE (p)-[:UNDER]->(t)
      CREATE (p)-[:FOR]->(g)
      RETURN count(p) AS changed
      """;

  /**
   * Takes the write locks a sign-up or withdrawal needs, in a fixed order: the ticket book of the
   * library in the project's round (created the first time, under its unique id), then the project.
   * Returns the round's id; empty when the project or the library does not exist.
   */
  static final String LOCK =
      """
      MATCH (p:NetworkProject {id: $project})-[:IN_ROUND]->(r:ProjectRound)
      MATCH (l:Organisation:Library {id: $library})
      MERGE (b:TicketBook {id: $library + '/' + r.id})
        ON CREATE SET b.libraryId = $library, b.roundId = r.id
      SET b.lockedAt = datetime()
      WITH p, r
      SET p.signupsChangedAt = datetime()
      RETURN r.id AS roundId
      """;

  /**
   * Signs the library up when the round is open, the library is in one of its regions, not yet
   * signed up for the project and has a ticket left; says which of these it was otherwise. Run
   * after {@link #LOCK} in the same transaction, so the count is of committed sign-ups.
   */
  static final String SIGN_UP =
      """
      MATCH (p:NetworkProject {id: $project})-[:IN_ROUND]->(r:ProjectRound)
      MATCH (l:Organisation:Library {id: $library})
      WITH p, r, l,
           COUNT { (l)-[:SIGNED_UP]->(:NetworkProject)-[:IN_ROUND]->(r) } AS used,
           EXISTS { (l)-[:SIGNED_UP]->(p) } AS already,
           size(coalesce(r.regionIds, [])) = 0
             OR EXISTS { (l)-[:LOCATED_IN]->(:Municipality)-[:IN_REGION]->(g:Region)
                         WHERE g.id IN r.regionIds }
             OR EXISTS { (l)-[:HAS_BRANCH]->(:Branch)-[:LOCATED_IN]->(:Municipality)
                         -[:IN_REGION]->(g:Region) WHERE g.id IN r.regionIds } AS inRegion
      WITH p, r, l, used,
           CASE WHEN r.status <> 'open' THEN 'closed'
                WHEN already THEN 'already'
                WHEN NOT inRegion THEN 'outsideRegion'
                WHEN used >= r.ticketsPerLibrary THEN 'noTickets'
                ELSE 'ok' END AS outcome
      FOREACH (_ IN CASE WHEN outcome = 'ok' THEN [1] ELSE [] END |
        CREATE (l)-[:SIGNED_UP {at: datetime(), by: $actor}]->(p))
      RETURN outcome, used + CASE WHEN outcome = 'ok' THEN 1 ELSE 0 END AS used,
             r.ticketsPerLibrary AS tickets
      """;

  /** Withdraws a sign-up while the round is open; run after {@link #LOCK}. */
  static final String WITHDRAW =
      """
      MATCH (p:NetworkProject {id: $project})-[:IN_ROUND]->(r:ProjectRound)
      MATCH (l:Organisation:Library {id: $library})
      OPTIONAL MATCH (l)-[s:SIGNED_UP]->(p)
      WITH r, s,
           CASE WHEN r.status <> 'open' THEN 'closed'
                WHEN s IS NULL THEN 'notSignedUp'
                ELSE 'ok' END AS outcome
      FOREACH (x IN CASE WHEN outcome = 'ok' THEN [s] ELSE [] END | DELETE x)
      RETURN outcome
      """;

  static final String PROJECT_SIGNUPS =
      """
      MATCH (l:Organisation:Library)-[s:SIGNED_UP]->(p:NetworkProject {id: $project})
      RETURN p.id AS projectId, p.name AS projectName, l.id AS libraryId, l.name AS libraryName,
             s.at AS at, s.by AS by
      ORDER BY libraryName, libraryId SKIP $offset LIMIT $limit
      """;

  static final String ROUND_LIBRARIES =
      """
      MATCH (r:ProjectRound {id: $round})<-[:IN_ROUND]-(p:NetworkProject)
            <-[:SIGNED_UP]-(l:Organisation:Library)
      WITH r, l, p ORDER BY p.name, p.id
      WITH r, l, collect(p.name) AS projects, collect(p.id) AS projectIds
      RETURN l.id AS libraryId, l.name AS libraryName, size(projects) AS used,
             r.ticketsPerLibrary - size(projects) AS left, projects, projectIds
      ORDER BY libraryName, libraryId SKIP $offset LIMIT $limit
      """;

  static final String LIBRARY_TICKETS =
      """
      MATCH (r:ProjectRound {id: $round})
      MATCH (l:Organisation:Library {id: $library})
      WITH r, l, COLLECT { MATCH (l)-[:SIGNED_UP]->(p:NetworkProject)-[:IN_ROUND]->(r)
                           RETURN p ORDER BY p.name, p.id } AS ps
      RETURN l.id AS libraryId, l.name AS libraryName, size(ps) AS used,
             r.ticketsPerLibrary - size(ps) AS left,
             [x IN ps | x.name] AS projects, [x IN ps | x.id] AS projectIds
      """;

  static final String PRIORITIES =
      """
      MATCH (t:Topic {kind: 'priority'})
      RETURN t.id AS id, t.nameNl AS nameNl, t.nameEn AS nameEn ORDER BY t.nameNl
      """;

  static final String LIBRARIES =
      """
      MATCH (l:Organisation:Library)
      RETURN l.id AS id, l.name AS name ORDER BY l.name, l.id LIMIT $limit
      """;

  /** Libraries by name, for an administrator who signs one up. */
  public List<Ref> libraries(TransactionContext tx, int limit) {
    return tx.run(LIBRARIES, Map.of("limit", limit))
        .list(r -> new Ref(r.get("id").asString(), r.get("name").asString(), null));
  }

  /** The five provincial priorities a project falls under. */
  public List<Ref> priorities(TransactionContext tx) {
    return tx.run(PRIORITIES)
        .list(r ->
            new Ref(
                r.get("id").asString(), r.get("nameNl").asString(), r.get("nameEn").asString()));
  }

  public List<ProjectRound> rounds(TransactionContext tx, int offset, int limit) {
    return tx.run(LIST_ROUNDS, Map.of("offset", offset, "limit", limit))
        .list(ProjectRepository::round);
  }

  public Optional<ProjectRound> round(TransactionContext tx, String id) {
    return tx.run(FIND_ROUND, Map.of("id", id)).list(ProjectRepository::round).stream().findFirst();
  }

  public long countRegions(TransactionContext tx, List<String> ids) {
    return tx.run(COUNT_REGIONS, Map.of("ids", ids)).single().get("found").asLong();
  }

  public void createRound(
      TransactionContext tx,
      String id,
      String name,
      int year,
      int tickets,
      List<String> regionIds,
      String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("name", name);
    p.put("year", year);
    p.put("tickets", tickets);
    p.put("regionIds", regionIds);
    p.put("actor", actor);
    tx.run(CREATE_ROUND, p).consume();
  }

  public boolean closeRound(TransactionContext tx, String id, String actor) {
    return tx.run(CLOSE_ROUND, Map.of("id", id, "actor", actor)).single().get("closed").asLong()
        == 1;
  }

  public boolean updateRound(
      TransactionContext tx, String id, long version, String name, int tickets, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("version", version);
    p.put("name", name);
    p.put("tickets", tickets);
    p.put("actor", actor);
    return tx.run(UPDATE_ROUND, p).single().get("changed").asLong() == 1;
  }

  /** Whether the priority (a topic of kind priority) and the target group exist. */
  public boolean[] refsExist(TransactionContext tx, String priority, String targetGroup) {
    Record r =
        tx.run(REFS_EXIST, Map.of("priority", priority, "targetGroup", targetGroup)).single();
    return new boolean[] {r.get("priority").asBoolean(), r.get("targetGroup").asBoolean()};
  }

  public List<NetworkProject> roundProjects(
      TransactionContext tx, String round, int offset, int limit) {
    return tx.run(ROUND_PROJECTS, Map.of("round", round, "offset", offset, "limit", limit))
        .list(ProjectRepository::project);
  }

  public Optional<NetworkProject> project(TransactionContext tx, String id) {
    return tx.run(FIND_PROJECT, Map.of("id", id)).list(ProjectRepository::project).stream()
        .findFirst();
  }

  public void createProject(
      TransactionContext tx, String id, String round, ProjectForm f, String actor) {
    Map<String, Object> p = projectParameters(f, actor);
    p.put("id", id);
    p.put("round", round);
    tx.run(CREATE_PROJECT, p).consume();
  }

  public boolean updateProject(
      TransactionContext tx, String id, long version, ProjectForm f, String actor) {
    Map<String, Object> p = projectParameters(f, actor);
    p.put("id", id);
    p.put("version", version);
    return tx.run(UPDATE_PROJECT, p).single().get("changed").asLong() == 1;
  }

  /** Locks the ticket book and the project; the round's id, empty when either does not exist. */
  public Optional<String> lock(TransactionContext tx, String project, String library) {
    return tx.run(LOCK, Map.of("project", project, "library", library)).list().stream()
        .findFirst()
        .map(r -> r.get("roundId").asString());
  }

  public Outcome signUp(TransactionContext tx, String project, String library, String actor) {
    Record r =
        tx.run(SIGN_UP, Map.of("project", project, "library", library, "actor", actor)).single();
    return new Outcome(
        r.get("outcome").asString(), r.get("used").asLong(), r.get("tickets").asInt());
  }

  public String withdraw(TransactionContext tx, String project, String library) {
    return tx.run(WITHDRAW, Map.of("project", project, "library", library))
        .single()
        .get("outcome")
        .asString();
  }

  public List<SignUp> projectSignups(TransactionContext tx, String project, int offset, int limit) {
    return tx.run(PROJECT_SIGNUPS, Map.of("project", project, "offset", offset, "limit", limit))
        .list(r ->
            new SignUp(
                r.get("projectId").asString(),
                r.get("projectName").asString(),
                r.get("libraryId").asString(),
                r.get("libraryName").asString(),
                minutes(r.get("at")),
                r.get("by").asString(null)));
  }

  public List<LibraryTickets> roundLibraries(
      TransactionContext tx, String round, int offset, int limit) {
    return tx.run(ROUND_LIBRARIES, Map.of("round", round, "offset", offset, "limit", limit))
        .list(ProjectRepository::tickets);
  }

  public Optional<LibraryTickets> libraryTickets(
      TransactionContext tx, String round, String library) {
    return tx
        .run(LIBRARY_TICKETS, Map.of("round", round, "library", library))
        .list(ProjectRepository::tickets)
        .stream()
        .findFirst();
  }

  private static Map<String, Object> projectParameters(ProjectForm f, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("name", f.name());
    p.put("priority", f.priorityId());
    p.put("targetGroup", f.targetGroupId());
    p.put("intendedEffect", f.intendedEffect());
    p.put("goal", f.goal());
    p.put("result", f.result());
    p.put("subjects", f.subjects() == null ? List.of() : f.subjects());
    p.put("actor", actor);
    return p;
  }

  private static LibraryTickets tickets(Record r) {
    return new LibraryTickets(
        r.get("libraryId").asString(),
        r.get("libraryName").asString(),
        r.get("used").asLong(),
        Math.max(0, r.get("left").asLong()),
        r.get("projects").asList(Value::asString),
        r.get("projectIds").asList(Value::asString));
  }

  private static ProjectRound round(Record r) {
    return new ProjectRound(
        r.get("id").asString(),
        r.get("name").asString(),
        r.get("year").asInt(),
        r.get("tickets").asInt(),
        r.get("status").asString(),
        r.get("regionIds").isNull() ? List.of() : r.get("regionIds").asList(Value::asString),
        r.get("projectCount").asLong(),
        r.get("signupCount").asLong(),
        r.get("demo").asBoolean(),
        r.get("version").asLong());
  }

  private static NetworkProject project(Record r) {
    return new NetworkProject(
        r.get("id").asString(),
        r.get("roundId").asString(),
        r.get("roundName").asString(),
        r.get("roundStatus").asString(),
        r.get("name").asString(),
        r.get("priorityId").asString(null),
        r.get("priorityNl").asString(null),
        r.get("priorityEn").asString(null),
        r.get("targetGroupId").asString(null),
        r.get("targetGroupNl").asString(null),
        r.get("targetGroupEn").asString(null),
        r.get("intendedEffect").asString(null),
        r.get("goal").asString(null),
        r.get("result").asString(null),
        r.get("subjects").asList(Value::asString),
        r.get("signupCount").asLong(),
        r.get("demo").asBoolean(),
        r.get("version").asLong());
  }

  /** A date-time to the minute in Dutch time, e.g. {@code 2026-11-21 09:14}. */
  private static String minutes(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    return v.asZonedDateTime()
        .withZoneSameInstant(ZoneId.of("Europe/Amsterdam"))
        .toLocalDateTime()
        .toString()
        .replace('T', ' ')
        .substring(0, 16);
  }
}
