package org.knooppunt.taalnetwerk;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** Cypher for taalnetwerken. One statement per method, values only as parameters. */
@ApplicationScoped
public class TaalnetwerkRepository {

  /**
   * Confirmed collaborations between two members of {@code n}, each pair once (its variable names
   * must not be used by the statement it ends).
   */
  private static final String LINKS =
      """
      COLLECT { MATCH (one:Organisation)-[:MEMBER_OF]->(n)<-[:MEMBER_OF]-(other:Organisation)
                WHERE one.id < other.id
                  AND EXISTS { (one)-[:COLLABORATES_WITH {status: 'confirmed'}]-(other) }
                RETURN [one.id, other.id] AS x } AS links
      """;

  static final String FIND =
      """
      MATCH (n:Taalnetwerk {id: $id})
      OPTIONAL MATCH (n)-[h:HAS_TAALHUIS]->(b:Branch)
      OPTIONAL MATCH (l:Library)-[:HAS_BRANCH]->(b)
      RETURN n, h.phase AS phase, b.id AS branchId, b.name AS branchName,
             l.id AS libraryId, l.name AS libraryName,
             COLLECT { MATCH (n)-[:COVERS]->(m:Municipality)
                       RETURN {code: m.id, name: m.name, population: coalesce(m.population, 0)} AS x
                       ORDER BY m.name } AS municipalities,
             COLLECT { MATCH (o:Organisation)-[r:MEMBER_OF]->(n)
                       RETURN {id: o.id, name: o.name, library: o:Library, roles: coalesce(r.roles, []),
                               since: r.since} AS x
                       ORDER BY o.name LIMIT 500 } AS members,
      """
          + LINKS
          + "LIMIT 1";

  private static final String FILTER =
      """
      MATCH (n:Taalnetwerk)
      WHERE ($text IS NULL OR toLower(n.name) CONTAINS $text
             OR EXISTS { (n)-[:COVERS]->(m:Municipality) WHERE toLower(m.name) CONTAINS $text })
        AND ($municipality IS NULL OR EXISTS { (n)-[:COVERS]->(:Municipality {id: $municipality}) })
      """;

  static final String COUNT = FILTER + "RETURN count(n) AS n";

  static final String PAGE =
      FILTER
          + """
          WITH n ORDER BY toLower(n.name), n.id SKIP $skip LIMIT $limit
          RETURN n.id AS id, n.name AS name, coalesce(n.demo, false) AS demo,
                 COLLECT { MATCH (n)-[:COVERS]->(m:Municipality) RETURN m.name AS x ORDER BY m.name } AS municipalities,
                 COLLECT { MATCH (o:Organisation)-[r:MEMBER_OF]->(n)
                           RETURN {id: o.id, name: o.name, roles: coalesce(r.roles, [])} AS x } AS members,
          """
          + LINKS
          + "ORDER BY toLower(n.name), n.id";

  /**
   * The profile's links after {@code n} is known: municipalities, Taalhuis and members kept where
   * they stay, removed where they go, created with who asserted them and when.
   */
  private static final String WRITE_LINKS =
      """
      WITH n
      CALL (n) {
        MATCH (n)-[c:COVERS]->(m:Municipality) WHERE NOT m.id IN $municipalities DELETE c
      }
      CALL (n) {
        UNWIND $municipalities AS code MATCH (m:Municipality {id: code})
        MERGE (n)-[c:COVERS]->(m) ON CREATE SET c.assertedBy = $actor, c.assertedAt = datetime()
      }
      CALL (n) {
        MATCH (n)-[h:HAS_TAALHUIS]->(b:Branch) WHERE $branch IS NULL OR b.id <> $branch DELETE h
      }
      CALL (n) {
        UNWIND CASE WHEN $branch IS NULL THEN [] ELSE [$branch] END AS bid
        MATCH (b:Branch {id: bid})
        MERGE (n)-[h:HAS_TAALHUIS]->(b) ON CREATE SET h.assertedBy = $actor, h.assertedAt = datetime()
        SET h.phase = $phase
      }
      CALL (n) {
        MATCH (o:Organisation)-[r:MEMBER_OF]->(n) WHERE NOT o.id IN [x IN $members | x.id] DELETE r
      }
      CALL (n) {
        UNWIND $members AS row MATCH (o:Organisation {id: row.id})
        MERGE (o)-[r:MEMBER_OF]->(n)
          ON CREATE SET r.since = coalesce(row.since, date()), r.assertedBy = $actor,
                        r.assertedAt = datetime()
        SET r.roles = row.roles, r.since = coalesce(row.since, r.since)
      }
      RETURN n.version AS version
      """;

  static final String CREATE =
      """
      CREATE (n:Taalnetwerk {id: $id, version: 1, status: 'active', demo: false,
              createdAt: datetime(), createdBy: $actor, updatedAt: datetime(), updatedBy: $actor,
              lastReviewedAt: datetime()})
      SET n += $props
      """
          + WRITE_LINKS;

  static final String UPDATE =
      """
      MATCH (n:Taalnetwerk {id: $id}) WHERE n.version = $version
      SET n += $props, n.version = n.version + 1, n.updatedAt = datetime(), n.updatedBy = $actor,
          n.lastReviewedAt = datetime()
      """
          + WRITE_LINKS;

  /** Takes the network's write lock for the rest of the transaction (see Graph#readLocked). */
  static final String LOCK =
      """
      MATCH (n:Taalnetwerk {id: $id})
      SET n._lock = true REMOVE n._lock
      RETURN n.version AS version
      """;

  /** What decides who may change a stored network: its libraries and the regions it covers. */
  static final String OWNERSHIP =
      """
      MATCH (n:Taalnetwerk {id: $id})
      RETURN n.version AS version,
             COLLECT { MATCH (n)-[:HAS_TAALHUIS]->(:Branch)<-[:HAS_BRANCH]-(l:Library) RETURN l.id AS x
                       UNION MATCH (l:Library)-[:MEMBER_OF]->(n) RETURN l.id AS x } AS libraries,
             COLLECT { MATCH (n)-[:COVERS]->(:Municipality)-[:IN_REGION]->(r:Region)
                       RETURN DISTINCT r.id AS x } AS regions
      """;

  /** The referenced codes and ids that do not exist, and what decides who may create it. */
  static final String REFERENCES =
      """
      RETURN [x IN $municipalities WHERE NOT EXISTS { MATCH (:Municipality {id: x}) }] AS unknownMunicipalities,
             [x IN $organisations WHERE NOT EXISTS {
                MATCH (o:Organisation {id: x}) WHERE coalesce(o.status, 'active') = 'active' }] AS unknownOrganisations,
             $branch IS NULL OR EXISTS { MATCH (:Library)-[:HAS_BRANCH]->(:Branch {id: $branch}) } AS branchKnown,
             COLLECT { MATCH (l:Library)-[:HAS_BRANCH]->(:Branch {id: $branch}) RETURN l.id AS x
                       UNION UNWIND $organisations AS x MATCH (l:Library {id: x}) RETURN l.id AS x } AS libraries,
             COLLECT { UNWIND $municipalities AS x MATCH (:Municipality {id: x})-[:IN_REGION]->(r:Region)
                       RETURN DISTINCT r.id AS x } AS regions
      """;

  /**
   * Branches a Taalhuis may be in, for the edit page: those of the member libraries and of {@code
   * library} (the editor's own), by name.
   */
  static final String BRANCH_CHOICES =
      """
      MATCH (l:Library)-[:HAS_BRANCH]->(b:Branch)
      WHERE l.id IN $libraries
      OPTIONAL MATCH (b)-[:LOCATED_IN]->(m:Municipality)
      RETURN b.id AS id, b.name AS name, l.name AS library, m.name AS municipality
      ORDER BY l.name, b.name LIMIT 200
      """;

  /** Organisations whose name contains the text, to add as members. */
  static final String ORGANISATION_CHOICES =
      """
      MATCH (o:Organisation)
      WHERE toLower(o.name) CONTAINS $text AND coalesce(o.status, 'active') = 'active'
      OPTIONAL MATCH (o)-[:LOCATED_IN]->(m:Municipality)
      RETURN o.id AS id, o.name AS name, m.name AS municipality
      ORDER BY size(o.name), o.name LIMIT 12
      """;

  /** What the service needs to decide who may change a network. */
  public record Ownership(long version, List<String> libraries, List<String> regions) {}

  /** Unknown references in a form, and the libraries and regions it would give the network. */
  public record References(
      List<String> unknownMunicipalities,
      List<String> unknownOrganisations,
      boolean branchKnown,
      List<String> libraries,
      List<String> regions) {}

  /** A choice in a list of the edit page. */
  public record Choice(String id, String label) {}

  public Optional<Taalnetwerk> find(TransactionContext tx, String id) {
    return tx.run(FIND, Map.of("id", id)).list().stream()
        .findFirst()
        .map(TaalnetwerkRepository::taalnetwerk);
  }

  public long count(TransactionContext tx, String text, String municipality) {
    return tx.run(COUNT, filter(text, municipality)).single().get("n").asLong();
  }

  public List<TaalnetwerkSummary> page(
      TransactionContext tx, String text, String municipality, int skip, int limit) {
    Map<String, Object> p = filter(text, municipality);
    p.put("skip", Math.max(0, skip));
    p.put("limit", Math.clamp(limit, 1, 200));
    return tx.run(PAGE, p).list(TaalnetwerkRepository::summary);
  }

  public void create(TransactionContext tx, String id, TaalnetwerkForm form, String actor) {
    Map<String, Object> p = writeParameters(form, actor);
    p.put("id", id);
    tx.run(CREATE, p).consume();
  }

  /** The new version, or empty when the stored version is not {@code form.getVersion()}. */
  public Optional<Long> update(
      TransactionContext tx, String id, TaalnetwerkForm form, String actor) {
    Map<String, Object> p = writeParameters(form, actor);
    p.put("id", id);
    p.put("version", form.getVersion());
    return tx.run(UPDATE, p).list().stream().findFirst().map(r -> r.get("version").asLong());
  }

  public boolean lock(TransactionContext tx, String id) {
    return !tx.run(LOCK, Map.of("id", id)).list().isEmpty();
  }

  public Optional<Ownership> ownership(TransactionContext tx, String id) {
    return tx.run(OWNERSHIP, Map.of("id", id)).list().stream()
        .findFirst()
        .map(r ->
            new Ownership(
                r.get("version").asLong(0),
                r.get("libraries").asList(Value::asString),
                r.get("regions").asList(Value::asString)));
  }

  public References references(TransactionContext tx, TaalnetwerkForm form) {
    Map<String, Object> p = new HashMap<>();
    p.put("municipalities", List.copyOf(form.getMunicipalityCodes()));
    p.put(
        "organisations",
        form.getMembers().stream().map(TaalnetwerkForm.Member::getOrganisationId).toList());
    p.put("branch", blankToNull(form.getTaalhuisBranchId()));
    Record r = tx.run(REFERENCES, p).single();
    return new References(
        r.get("unknownMunicipalities").asList(Value::asString),
        r.get("unknownOrganisations").asList(Value::asString),
        r.get("branchKnown").asBoolean(),
        r.get("libraries").asList(Value::asString),
        r.get("regions").asList(Value::asString));
  }

  public List<Choice> branchChoices(TransactionContext tx, List<String> libraries) {
    return tx.run(BRANCH_CHOICES, Map.of("libraries", libraries))
        .list(r -> {
          String municipality = r.get("municipality").asString(null);
          return new Choice(
              r.get("id").asString(),
              r.get("library").asString("")
                  + " – "
                  + r.get("name").asString("")
                  + (municipality == null ? "" : " (" + municipality + ")"));
        });
  }

  public List<Choice> organisationChoices(TransactionContext tx, String text) {
    return tx.run(ORGANISATION_CHOICES, Map.of("text", text.strip().toLowerCase(Locale.ROOT)))
        .list(r -> {
          String municipality = r.get("municipality").asString(null);
          return new Choice(
              r.get("id").asString(),
              r.get("name").asString("") + (municipality == null ? "" : " · " + municipality));
        });
  }

  private static Map<String, Object> filter(String text, String municipality) {
    Map<String, Object> p = new HashMap<>();
    p.put("text", text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT));
    p.put("municipality", blankToNull(municipality));
    return p;
  }

  private static Map<String, Object> writeParameters(TaalnetwerkForm form, String actor) {
    Map<String, Object> props = new HashMap<>();
    props.put("name", blankToNull(form.getName()));
    props.put("description", blankToNull(form.getDescription()));
    List<Map<String, Object>> members = new ArrayList<>();
    for (TaalnetwerkForm.Member m : form.getMembers()) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", m.getOrganisationId());
      row.put("roles", List.copyOf(m.getRoles()));
      row.put("since", m.getSince());
      members.add(row);
    }
    Map<String, Object> p = new HashMap<>();
    p.put("props", props);
    p.put("actor", actor);
    p.put("municipalities", List.copyOf(form.getMunicipalityCodes()));
    p.put("branch", blankToNull(form.getTaalhuisBranchId()));
    p.put("phase", blankToNull(form.getTaalhuisPhase()));
    p.put("members", members);
    return p;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<List<String>> links(Value v) {
    return v.asList(x -> x.asList(Value::asString));
  }

  private static Taalnetwerk taalnetwerk(Record r) {
    Node n = r.get("n").asNode();
    List<Taalnetwerk.Member> members =
        r.get("members")
            .asList(v ->
                new Taalnetwerk.Member(
                    v.get("id").asString(),
                    v.get("name").asString(null),
                    v.get("library").asBoolean(false),
                    v.get("roles").asList(Value::asString),
                    v.get("since").isNull() ? null : v.get("since").asLocalDate()));
    Taalnetwerk.Taalhuis taalhuis =
        r.get("branchId").isNull()
            ? null
            : new Taalnetwerk.Taalhuis(
                r.get("branchId").asString(),
                r.get("branchName").asString(null),
                r.get("libraryId").asString(null),
                r.get("libraryName").asString(null),
                r.get("phase").asString(null));
    return new Taalnetwerk(
        n.get("id").asString(),
        n.get("name").asString(null),
        n.get("description").asString(null),
        n.get("demo").asBoolean(false),
        n.get("version").asLong(1),
        n.get("updatedAt").isNull() ? null : n.get("updatedAt").asZonedDateTime(),
        n.get("updatedBy").asString(null),
        n.get("lastReviewedAt").isNull() ? null : n.get("lastReviewedAt").asZonedDateTime(),
        r.get("municipalities")
            .asList(v ->
                new Taalnetwerk.Place(
                    v.get("code").asString(),
                    v.get("name").asString(null),
                    v.get("population").asLong(0))),
        taalhuis,
        members,
        Completeness.of(
            members.stream()
                .map(m -> new Completeness.Holder(m.organisationId(), m.name(), m.roles()))
                .toList(),
            links(r.get("links"))));
  }

  private static TaalnetwerkSummary summary(Record r) {
    List<Completeness.Holder> members =
        r.get("members")
            .asList(v ->
                new Completeness.Holder(
                    v.get("id").asString(),
                    v.get("name").asString(null),
                    v.get("roles").asList(Value::asString)));
    return new TaalnetwerkSummary(
        r.get("id").asString(),
        r.get("name").asString(null),
        r.get("demo").asBoolean(false),
        r.get("municipalities").asList(Value::asString),
        members.size(),
        Completeness.of(members, links(r.get("links"))));
  }
}
