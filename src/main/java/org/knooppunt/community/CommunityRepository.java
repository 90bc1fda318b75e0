package org.knooppunt.community;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.knooppunt.organisation.Ref;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Cypher for communities: the page in one statement, the list, the writes of owners (profile and
 * offer, each behind the community's version) and the join requests. One statement per method,
 * values only as parameters.
 */
@ApplicationScoped
public class CommunityRepository {

  /** How many members and activities the page shows; the count says how many there are. */
  static final int MEMBERS_SHOWN = 200;

  static final int ACTIVITIES_SHOWN = 100;
  static final int REQUESTS_SHOWN = 100;

  private static final String PARTY =
      "{id: %1$s.id, name: %1$s.name, kind: CASE WHEN %1$s:Library THEN 'library' ELSE 'partner' END}";

  static final String FIND =
      """
      MATCH (c:Community {id: $id})
      RETURN c,
             [(h:Organisation)-[:HOSTS]->(c) | %s][0] AS host,
             COLLECT { MATCH (r:Organisation)-[:RUNS]->(c) RETURN %s AS x ORDER BY r.name } AS runners,
             [(c)-[:MEETS_AT]->(b:Branch) |
               {id: b.id, name: b.name, municipality: [(b)-[:LOCATED_IN]->(m:Municipality) | m.name][0]}][0]
               AS branch,
             COLLECT { MATCH (c)-[:ABOUT]->(t:Topic)
                       RETURN {id: t.id, nameNl: t.nameNl, nameEn: t.nameEn} AS x ORDER BY t.nameNl } AS topics,
             COLLECT { MATCH (c)-[:FOR]->(g:TargetGroup)
                       RETURN {id: g.id, nameNl: g.nameNl, nameEn: g.nameEn} AS x ORDER BY g.nameNl } AS targetGroups,
             COLLECT { MATCH (n)-[m:MEMBER_OF]->(c) WHERE n:Person OR n:Organisation
                       RETURN {id: n.id, kind: CASE WHEN n:Person THEN 'person' ELSE 'organisation' END,
                               name: n.name, role: m.role, since: toString(m.since),
                               organisation: CASE WHEN n:Person
                                 THEN [(n)-[:WORKS_FOR]->(o:Organisation) | o.name][0] END} AS x
                       ORDER BY CASE WHEN n:Organisation THEN 0 ELSE 1 END, n.name
                       LIMIT $membersShown } AS members,
             COUNT { MATCH (x)-[:MEMBER_OF]->(c) WHERE x:Person OR x:Organisation } AS memberCount,
             COLLECT { MATCH (c)-[:OFFERS]->(a:Activity)
                       RETURN {id: a.id, name: a.name, description: a.description,
                               from: toString(a.from), until: toString(a.until),
                               topic: [(a)-[:ABOUT]->(t:Topic) | {id: t.id, nameNl: t.nameNl, nameEn: t.nameEn}][0],
                               targetGroup: [(a)-[:FOR]->(g:TargetGroup) | {id: g.id, nameNl: g.nameNl, nameEn: g.nameEn}][0],
                               place: [(a)-[:AT]->(b:Branch) |
                                 {id: b.id, name: b.name,
                                  municipality: [(b)-[:LOCATED_IN]->(m:Municipality) | m.name][0]}][0]} AS x
                       ORDER BY a.from, a.name LIMIT $activitiesShown } AS activities
      """
          .formatted(PARTY.formatted("h"), PARTY.formatted("r"));

  private static final String LIST_TEMPLATE =
      """
      MATCH (c:Community)
      WHERE ($text IS NULL OR toLower(c.name) CONTAINS $text)
        AND ($topic IS NULL
             OR EXISTS { (c)-[:ABOUT]->(:Topic)-[:BROADER*0..4]->(:Topic {id: $topic}) })
      """;

  static final String COUNT = LIST_TEMPLATE + "RETURN count(c) AS n";

  static final String PAGE =
      LIST_TEMPLATE
          + """
          WITH c ORDER BY toLower(c.name), c.id SKIP $skip LIMIT $limit
          RETURN c.id AS id, c.name AS name, coalesce(c.demo, false) AS demo,
                 [(h:Organisation)-[:HOSTS]->(c) | h.name][0] AS hostName,
                 [(c)-[:MEETS_AT]->(b:Branch) | b.name][0] AS branchName,
                 [(c)-[:MEETS_AT]->(:Branch)-[:LOCATED_IN]->(m:Municipality) | m.name][0] AS municipality,
                 COLLECT { MATCH (c)-[:ABOUT]->(t:Topic)
                           RETURN CASE WHEN $english THEN coalesce(t.nameEn, t.nameNl) ELSE t.nameNl END AS x
                           ORDER BY x } AS topics,
                 COUNT { MATCH (x)-[:MEMBER_OF]->(c) WHERE x:Person OR x:Organisation } AS memberCount
          ORDER BY toLower(c.name), c.id
          """;

  /** What the rules need: the version, who hosts and runs it. */
  static final String OWNERSHIP =
      """
      MATCH (c:Community {id: $id})
      RETURN c.version AS version, c.name AS name, c.updatedBy AS updatedBy,
             [(h:Organisation)-[:HOSTS]->(c) | h.id] AS hosts,
             [(r:Organisation)-[:RUNS]->(c) | r.id] AS runners
      """;

  static final String CHECK_REFERENCES =
      """
      RETURN ($host IS NOT NULL AND EXISTS { MATCH (:Organisation {id: $host}) }) AS hostKnown,
             [x IN $runners WHERE NOT EXISTS { MATCH (:Organisation {id: x}) }] AS unknownRunners,
             ($branch IS NULL OR EXISTS { MATCH (:Branch {id: $branch}) }) AS branchKnown,
             [x IN $topics WHERE NOT EXISTS { MATCH (:Topic {id: x}) }] AS unknownTopics,
             [x IN $targetGroups WHERE NOT EXISTS { MATCH (:TargetGroup {id: x}) }] AS unknownTargetGroups
      """;

  static final String DUPLICATE =
      """
      MATCH (:Organisation {id: $host})-[:HOSTS]->(c:Community)
      WHERE toLower(c.name) = toLower($name) AND c.id <> $id
      RETURN c.id AS id LIMIT 1
      """;

  /** After {@code c} is known: its runners, meeting place, topics and target groups. */
  private static final String LINKS =
      """
      WITH c
      CALL (c) {
        MATCH (h:Organisation)-[x:HOSTS]->(c) WHERE h.id <> $host DELETE x
      }
      CALL (c) {
        MATCH (h:Organisation {id: $host})
        MERGE (h)-[x:HOSTS]->(c) ON CREATE SET x.assertedBy = $actor, x.assertedAt = datetime()
      }
      CALL (c) {
        MATCH (r:Organisation)-[x:RUNS]->(c) WHERE NOT r.id IN $runners DELETE x
      }
      CALL (c) {
        UNWIND $runners AS rid MATCH (r:Organisation {id: rid})
        MERGE (r)-[x:RUNS]->(c) ON CREATE SET x.assertedBy = $actor, x.assertedAt = datetime()
      }
      CALL (c) {
        MATCH (c)-[x:MEETS_AT]->(b:Branch) WHERE $branch IS NULL OR b.id <> $branch DELETE x
      }
      CALL (c) {
        MATCH (b:Branch {id: $branch})
        MERGE (c)-[x:MEETS_AT]->(b) ON CREATE SET x.assertedBy = $actor, x.assertedAt = datetime()
      }
      CALL (c) {
        MATCH (c)-[x:ABOUT]->(t:Topic) WHERE NOT t.id IN $topics DELETE x
      }
      CALL (c) {
        UNWIND $topics AS tid MATCH (t:Topic {id: tid})
        MERGE (c)-[x:ABOUT]->(t) ON CREATE SET x.assertedBy = $actor, x.assertedAt = datetime()
      }
      CALL (c) {
        MATCH (c)-[x:FOR]->(g:TargetGroup) WHERE NOT g.id IN $targetGroups DELETE x
      }
      CALL (c) {
        UNWIND $targetGroups AS gid MATCH (g:TargetGroup {id: gid})
        MERGE (c)-[x:FOR]->(g) ON CREATE SET x.assertedBy = $actor, x.assertedAt = datetime()
      }
      """;

  static final String CREATE =
      """
      CREATE (c:Community {id: $id, version: 1, status: 'active', demo: false,
              createdAt: datetime(), createdBy: $actor, updatedAt: datetime(), updatedBy: $actor,
              lastReviewedAt: datetime()})
      SET c += $props
      """
          + LINKS
          + "RETURN c.id AS id";

  static final String UPDATE =
      """
      MATCH (c:Community {id: $id}) WHERE c.version = $version
      SET c += $props, c.version = c.version + 1, c.updatedAt = datetime(), c.updatedBy = $actor,
          c.lastReviewedAt = datetime()
      """
          + LINKS
          + "RETURN c.version AS version";

  /**
   * After {@code c} (its version raised) and activity {@code a} are known: what, for whom, where.
   */
  private static final String ACTIVITY_LINKS =
      """
      WITH c, a
      CALL (a) {
        MATCH (a)-[x:ABOUT|FOR|AT]->() DELETE x
      }
      CALL (a) {
        MATCH (t:Topic {id: $topic}) CREATE (a)-[:ABOUT]->(t)
      }
      CALL (a) {
        MATCH (g:TargetGroup {id: $targetGroup}) CREATE (a)-[:FOR]->(g)
      }
      CALL (a) {
        MATCH (b:Branch {id: $branch}) CREATE (a)-[:AT]->(b)
      }
      RETURN c.version AS version
      """;

  private static final String TOUCH =
      """
      SET c.version = c.version + 1, c.updatedAt = datetime(), c.updatedBy = $actor,
          c.lastReviewedAt = datetime()
      """;

  static final String ADD_ACTIVITY =
      """
      MATCH (c:Community {id: $community}) WHERE c.version = $version
      """
          + TOUCH
          + """
          CREATE (c)-[:OFFERS]->(a:Activity {id: $id, createdAt: datetime(), createdBy: $actor})
          SET a += $props, a.updatedAt = datetime(), a.updatedBy = $actor
          """
          + ACTIVITY_LINKS;

  static final String UPDATE_ACTIVITY =
      """
      MATCH (c:Community {id: $community})-[:OFFERS]->(a:Activity {id: $id})
      WHERE c.version = $version
      """
          + TOUCH
          + """
          SET a += $props, a.updatedAt = datetime(), a.updatedBy = $actor
          """
          + ACTIVITY_LINKS;

  static final String REMOVE_ACTIVITY =
      """
      MATCH (c:Community {id: $community})-[:OFFERS]->(a:Activity {id: $id})
      WHERE c.version = $version
      """
          + TOUCH
          + """
          DETACH DELETE a
          RETURN c.version AS version
          """;

  static final String HAS_ACTIVITY =
      """
      RETURN EXISTS { MATCH (:Community {id: $community})-[:OFFERS]->(:Activity {id: $id}) } AS found
      """;

  static final String CHECK_ACTIVITY =
      """
      RETURN ($topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) }) AS topicKnown,
             ($targetGroup IS NULL OR EXISTS { MATCH (:TargetGroup {id: $targetGroup}) }) AS targetGroupKnown,
             ($branch IS NULL OR EXISTS { MATCH (:Branch {id: $branch}) }) AS branchKnown
      """;

  /** Who would join: an organisation or a person, and how it stands with the community. */
  static final String CANDIDATE =
      """
      MATCH (c:Community {id: $community})
      CALL () {
        MATCH (x:Organisation {id: $member}) RETURN x, 'organisation' AS kind
        UNION
        MATCH (x:Person {id: $member}) RETURN x, 'person' AS kind
      }
      RETURN kind, x.name AS name,
             [(x)-[:WORKS_FOR]->(w:Organisation) | w.id] AS employers,
             EXISTS { (x)-[:MEMBER_OF]->(c) } AS member,
             EXISTS { (x)-[:ASKED_TO_JOIN]->(c) } AS asked,
             EXISTS { (x)-[:HOSTS|RUNS]->(c) } AS runs
      LIMIT 1
      """;

  static final String ASK =
      """
      MATCH (c:Community {id: $community})
      CALL () {
        MATCH (x:Organisation {id: $member}) RETURN x
        UNION
        MATCH (x:Person {id: $member}) RETURN x
      }
      WITH c, x LIMIT 1
      WHERE NOT EXISTS { (x)-[:MEMBER_OF|ASKED_TO_JOIN]->(c) }
      CREATE (x)-[r:ASKED_TO_JOIN {at: datetime(), message: $message, by: $actor}]->(c)
      RETURN count(r) AS n
      """;

  private static final String REQUEST_COLUMNS =
      """
      RETURN x.id AS memberId, CASE WHEN x:Person THEN 'person' ELSE 'organisation' END AS kind,
             x.name AS name,
             CASE WHEN x:Person THEN [(x)-[:WORKS_FOR]->(o:Organisation) | o.name][0] END AS organisationName,
             r.message AS message, r.by AS askedBy, toString(r.at) AS askedAt
      """;

  static final String REQUESTS =
      """
      MATCH (x)-[r:ASKED_TO_JOIN]->(:Community {id: $community})
      WITH x, r ORDER BY r.at, x.id LIMIT $limit
      """
          + REQUEST_COLUMNS;

  static final String REQUEST =
      """
      MATCH (x)-[r:ASKED_TO_JOIN]->(:Community {id: $community})
      WHERE x.id = $member
      WITH x, r LIMIT 1
      """
          + REQUEST_COLUMNS;

  static final String ACCEPT =
      """
      MATCH (x)-[r:ASKED_TO_JOIN]->(c:Community {id: $community})
      WHERE x.id = $member
      MERGE (x)-[m:MEMBER_OF]->(c)
        ON CREATE SET m.role = $role, m.since = date(), m.askedBy = r.by, m.askedAt = r.at,
                      m.acceptedBy = $actor, m.acceptedAt = datetime()
      DELETE r
      RETURN count(m) AS n
      """;

  static final String DECLINE =
      """
      MATCH (x)-[r:ASKED_TO_JOIN]->(:Community {id: $community})
      WHERE x.id = $member
      DELETE r
      RETURN count(*) AS n
      """;

  static final String REMOVE_MEMBER =
      """
      MATCH (x)-[m:MEMBER_OF]->(:Community {id: $community})
      WHERE x.id = $member
      DELETE m
      RETURN count(*) AS n
      """;

  /** The communities an organisation hosts: those it speaks for. */
  static final String HOSTED_BY =
      """
      MATCH (:Organisation {id: $organisation})-[:HOSTS]->(c:Community)
      RETURN c.id AS id, c.name AS name ORDER BY name LIMIT 100
      """;

  /** The people who work for an organisation: for whom its accounts may ask to join. */
  static final String PEOPLE_OF =
      """
      MATCH (p:Person)-[:WORKS_FOR]->(:Organisation {id: $organisation})
      WHERE coalesce(p.status, 'active') = 'active'
      RETURN p.id AS id, p.name AS name ORDER BY p.name LIMIT 200
      """;

  /**
   * Branches to meet at: those of the libraries among the host and runners, and those in the host's
   * municipality.
   */
  static final String BRANCH_CHOICES =
      """
      CALL () {
        MATCH (o:Organisation)-[:HAS_BRANCH]->(b:Branch) WHERE o.id IN $organisations RETURN b
        UNION
        MATCH (:Organisation {id: $host})-[:LOCATED_IN]->(:Municipality)<-[:LOCATED_IN]-(b:Branch)
        RETURN b
      }
      RETURN b.id AS id, b.name AS name,
             [(b)-[:LOCATED_IN]->(m:Municipality) | m.name][0] AS municipality
      ORDER BY b.name LIMIT 200
      """;

  /** Partners to run it with: the host's current collaborators. */
  static final String RUNNER_CHOICES =
      """
      MATCH (:Organisation {id: $host})-[r:COLLABORATES_WITH]-(o:Organisation)
      WHERE r.status <> 'ended'
      RETURN DISTINCT o.id AS id, o.name AS name,
             CASE WHEN o:Library THEN 'library' ELSE 'partner' END AS kind
      ORDER BY name LIMIT 200
      """;

  /** What the service needs to decide who may change a community. */
  public record Ownership(
      long version, String name, String updatedBy, List<String> hosts, List<String> runners) {}

  /** The result of checking the references of a form. */
  public record References(
      boolean hostKnown,
      List<String> unknownRunners,
      boolean branchKnown,
      List<String> unknownTopics,
      List<String> unknownTargetGroups) {}

  /** Who would join and how it stands with the community. */
  public record Candidate(
      String kind,
      String name,
      List<String> employers,
      boolean member,
      boolean asked,
      boolean runs) {}

  /** A choice in a list: id and label. */
  public record Choice(String id, String name) {}

  public Optional<Community> find(TransactionContext tx, String id) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("membersShown", MEMBERS_SHOWN);
    p.put("activitiesShown", ACTIVITIES_SHOWN);
    return tx.run(FIND, p).list().stream().findFirst().map(CommunityRepository::community);
  }

  public long count(TransactionContext tx, String text, String topic) {
    return tx.run(COUNT, filter(text, topic)).single().get("n").asLong();
  }

  public List<CommunitySummary> page(
      TransactionContext tx, String text, String topic, boolean english, int skip, int limit) {
    Map<String, Object> p = filter(text, topic);
    p.put("english", english);
    p.put("skip", Math.max(0, skip));
    p.put("limit", Math.clamp(limit, 1, 200));
    return tx.run(PAGE, p)
        .list(r ->
            new CommunitySummary(
                r.get("id").asString(),
                r.get("name").asString(null),
                r.get("hostName").asString(null),
                r.get("branchName").asString(null),
                r.get("municipality").asString(null),
                r.get("topics").asList(Value::asString),
                r.get("memberCount").asLong(),
                r.get("demo").asBoolean(false)));
  }

  private static Map<String, Object> filter(String text, String topic) {
    Map<String, Object> p = new HashMap<>();
    p.put("text", text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT));
    p.put("topic", topic == null || topic.isBlank() ? null : topic.strip());
    return p;
  }

  public Optional<Ownership> ownership(TransactionContext tx, String id) {
    return tx.run(OWNERSHIP, Map.of("id", id)).list().stream()
        .findFirst()
        .map(r ->
            new Ownership(
                r.get("version").asLong(1),
                r.get("name").asString(null),
                r.get("updatedBy").asString(null),
                r.get("hosts").asList(Value::asString),
                r.get("runners").asList(Value::asString)));
  }

  public References references(TransactionContext tx, CommunityForm form) {
    Map<String, Object> p = new HashMap<>();
    p.put("host", form.getHostId());
    p.put("runners", List.copyOf(form.getRunnerIds()));
    p.put("branch", form.getBranchId());
    p.put("topics", List.copyOf(form.getTopicIds()));
    p.put("targetGroups", List.copyOf(form.getTargetGroupIds()));
    Record r = tx.run(CHECK_REFERENCES, p).single();
    return new References(
        r.get("hostKnown").asBoolean(),
        r.get("unknownRunners").asList(Value::asString),
        r.get("branchKnown").asBoolean(),
        r.get("unknownTopics").asList(Value::asString),
        r.get("unknownTargetGroups").asList(Value::asString));
  }

  /** Another community of the same host with the same name (any case), other than {@code id}. */
  public Optional<String> duplicate(TransactionContext tx, String host, String name, String id) {
    Map<String, Object> p = new HashMap<>();
    p.put("host", host);
    p.put("name", name);
    p.put("id", id == null ? "" : id);
    return tx.run(DUPLICATE, p).list().stream().findFirst().map(r -> r.get("id").asString());
  }

  public String create(TransactionContext tx, String id, CommunityForm form, String actor) {
    return tx.run(CREATE, writeParameters(id, form, actor)).single().get("id").asString();
  }

  /** The new version, or empty when the stored version is not {@code form.getVersion()}. */
  public Optional<Long> update(TransactionContext tx, String id, CommunityForm form, String actor) {
    Map<String, Object> p = writeParameters(id, form, actor);
    p.put("version", form.getVersion());
    return tx.run(UPDATE, p).list().stream().findFirst().map(r -> r.get("version").asLong());
  }

  private static Map<String, Object> writeParameters(String id, CommunityForm form, String actor) {
    Map<String, Object> props = new HashMap<>();
    props.put("name", form.getName());
    props.put("description", form.getDescription());
    props.put("schedule", form.getSchedule());
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("props", props);
    p.put("actor", actor);
    p.put("host", form.getHostId());
    p.put("runners", List.copyOf(form.getRunnerIds()));
    p.put("branch", form.getBranchId());
    p.put("topics", List.copyOf(form.getTopicIds()));
    p.put("targetGroups", List.copyOf(form.getTargetGroupIds()));
    return p;
  }

  /** Whether the topic, target group and branch of an activity exist (null ones do). */
  public boolean activityReferencesKnown(TransactionContext tx, ActivityForm form) {
    Map<String, Object> p = new HashMap<>();
    p.put("topic", form.getTopicId());
    p.put("targetGroup", form.getTargetGroupId());
    p.put("branch", form.getBranchId());
    Record r = tx.run(CHECK_ACTIVITY, p).single();
    return r.get("topicKnown").asBoolean()
        && r.get("targetGroupKnown").asBoolean()
        && r.get("branchKnown").asBoolean();
  }

  public boolean hasActivity(TransactionContext tx, String community, String id) {
    return tx.run(HAS_ACTIVITY, Map.of("community", community, "id", id))
        .single()
        .get("found")
        .asBoolean();
  }

  /** Adds an activity; the community's new version, or empty on a stale version. */
  public Optional<Long> addActivity(
      TransactionContext tx, String community, String id, ActivityForm form, String actor) {
    return version(tx.run(ADD_ACTIVITY, activityParameters(community, id, form, actor)).list());
  }

  public Optional<Long> updateActivity(
      TransactionContext tx, String community, String id, ActivityForm form, String actor) {
    return version(tx.run(UPDATE_ACTIVITY, activityParameters(community, id, form, actor)).list());
  }

  public Optional<Long> removeActivity(
      TransactionContext tx, String community, String id, long version, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("community", community);
    p.put("id", id);
    p.put("version", version);
    p.put("actor", actor);
    return version(tx.run(REMOVE_ACTIVITY, p).list());
  }

  private static Optional<Long> version(List<Record> rows) {
    return rows.stream().findFirst().map(r -> r.get("version").asLong());
  }

  private static Map<String, Object> activityParameters(
      String community, String id, ActivityForm form, String actor) {
    Map<String, Object> props = new HashMap<>();
    props.put("name", form.getName());
    props.put("description", form.getDescription());
    props.put("from", form.getFrom());
    props.put("until", form.getUntil());
    Map<String, Object> p = new HashMap<>();
    p.put("community", community);
    p.put("id", id);
    p.put("props", props);
    p.put("actor", actor);
    p.put("version", form.getVersion());
    p.put("topic", form.getTopicId());
    p.put("targetGroup", form.getTargetGroupId());
    p.put("branch", form.getBranchId());
    return p;
  }

  public Optional<Candidate> candidate(TransactionContext tx, String community, String member) {
    return tx.run(CANDIDATE, Map.of("community", community, "member", member)).list().stream()
        .findFirst()
        .map(r ->
            new Candidate(
                r.get("kind").asString(),
                r.get("name").asString(null),
                r.get("employers").asList(Value::asString),
                r.get("member").asBoolean(),
                r.get("asked").asBoolean(),
                r.get("runs").asBoolean()));
  }

  /** Records the request; false when it is already there (or the member already joined). */
  public boolean ask(
      TransactionContext tx, String community, String member, String message, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("community", community);
    p.put("member", member);
    p.put("message", message);
    p.put("actor", actor);
    return tx.run(ASK, p).single().get("n").asLong() == 1;
  }

  public List<JoinRequest> requests(TransactionContext tx, String community) {
    return tx.run(REQUESTS, Map.of("community", community, "limit", REQUESTS_SHOWN))
        .list(CommunityRepository::request);
  }

  public Optional<JoinRequest> request(TransactionContext tx, String community, String member) {
    return tx.run(REQUEST, Map.of("community", community, "member", member)).list().stream()
        .findFirst()
        .map(CommunityRepository::request);
  }

  public boolean accept(
      TransactionContext tx, String community, String member, String role, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("community", community);
    p.put("member", member);
    p.put("role", role);
    p.put("actor", actor);
    return tx.run(ACCEPT, p).single().get("n").asLong() == 1;
  }

  public boolean decline(TransactionContext tx, String community, String member) {
    return tx.run(DECLINE, Map.of("community", community, "member", member))
            .single()
            .get("n")
            .asLong()
        > 0;
  }

  public boolean removeMember(TransactionContext tx, String community, String member) {
    return tx.run(REMOVE_MEMBER, Map.of("community", community, "member", member))
            .single()
            .get("n")
            .asLong()
        > 0;
  }

  public List<Choice> hostedBy(TransactionContext tx, String organisation) {
    return tx.run(HOSTED_BY, Map.of("organisation", organisation))
        .list(CommunityRepository::choice);
  }

  public List<Choice> peopleOf(TransactionContext tx, String organisation) {
    return tx.run(PEOPLE_OF, Map.of("organisation", organisation))
        .list(CommunityRepository::choice);
  }

  public List<Community.Place> branchChoices(
      TransactionContext tx, String host, List<String> organisations) {
    Map<String, Object> p = new HashMap<>();
    p.put("host", host);
    p.put("organisations", organisations);
    return tx.run(BRANCH_CHOICES, p)
        .list(r ->
            new Community.Place(
                r.get("id").asString(),
                r.get("name").asString(null),
                r.get("municipality").asString(null)));
  }

  public List<Community.Party> runnerChoices(TransactionContext tx, String host) {
    Map<String, Object> p = new HashMap<>();
    p.put("host", host);
    return tx.run(RUNNER_CHOICES, p)
        .list(r ->
            new Community.Party(
                r.get("id").asString(), r.get("name").asString(null), r.get("kind").asString()));
  }

  private static Choice choice(Record r) {
    return new Choice(r.get("id").asString(), r.get("name").asString(null));
  }

  private static JoinRequest request(Record r) {
    return new JoinRequest(
        r.get("memberId").asString(),
        r.get("kind").asString(),
        r.get("name").asString(null),
        r.get("organisationName").asString(null),
        r.get("message").asString(null),
        r.get("askedBy").asString(null),
        minutes(r.get("askedAt")));
  }

  /** An ISO date-time string cut to the minute, e.g. {@code 2026-11-21T09:14}. */
  private static String minutes(Value v) {
    String s = v.asString(null);
    return s == null || s.length() < 16 ? s : s.substring(0, 16).replace('T', ' ');
  }

  private static Ref ref(Value v) {
    return v == null || v.isNull()
        ? null
        : new Ref(
            v.get("id").asString(), v.get("nameNl").asString(null), v.get("nameEn").asString(null));
  }

  private static Community.Party party(Value v) {
    return v == null || v.isNull()
        ? null
        : new Community.Party(
            v.get("id").asString(), v.get("name").asString(null), v.get("kind").asString(null));
  }

  private static Community.Place place(Value v) {
    return v == null || v.isNull()
        ? null
        : new Community.Place(
            v.get("id").asString(),
            v.get("name").asString(null),
            v.get("municipality").asString(null));
  }

  private static Community community(Record r) {
    Node c = r.get("c").asNode();
    return new Community(
        c.get("id").asString(),
        c.get("name").asString(null),
        c.get("description").asString(null),
        c.get("schedule").asString(null),
        party(r.get("host")),
        r.get("runners").asList(CommunityRepository::party),
        place(r.get("branch")),
        r.get("topics").asList(CommunityRepository::ref),
        r.get("targetGroups").asList(CommunityRepository::ref),
        r.get("members")
            .asList(v ->
                new Community.Member(
                    v.get("id").asString(),
                    v.get("kind").asString(),
                    v.get("name").asString(null),
                    v.get("organisation").asString(null),
                    v.get("role").asString(null),
                    v.get("since").asString(null))),
        r.get("memberCount").asLong(),
        r.get("activities")
            .asList(v ->
                new Community.Activity(
                    v.get("id").asString(),
                    v.get("name").asString(null),
                    v.get("description").asString(null),
                    v.get("from").asString(null),
                    v.get("until").asString(null),
                    ref(v.get("topic")),
                    ref(v.get("targetGroup")),
                    place(v.get("place")))),
        c.get("demo").asBoolean(false),
        c.get("version").asLong(1),
        c.get("lastReviewedAt").isNull() ? null : c.get("lastReviewedAt").asZonedDateTime(),
        c.get("updatedAt").isNull() ? null : c.get("updatedAt").asZonedDateTime(),
        c.get("updatedBy").asString(null));
  }
}
