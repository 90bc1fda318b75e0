package org.knooppunt.savedmap;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Cypher for saved maps. Each method is one statement; values only as parameters. */
@ApplicationScoped
public class SavedMapRepository {

  /** A saved map with what the rules need besides: the owner's organisation. */
  public record Found(SavedMap map, String ownerOrganisationId) {}

  /** The name of a map's centre: whichever kind of node the social map can centre on. */
  private static final String CENTRE_NAME =
      """
      COLLECT {
        MATCH (c:Organisation {id: m.centre}) RETURN c.name AS name
        UNION MATCH (c:Branch {id: m.centre}) RETURN c.name AS name
        UNION MATCH (c:Community {id: m.centre}) RETURN c.name AS name
        UNION MATCH (c:Taalnetwerk {id: m.centre}) RETURN c.name AS name
        UNION MATCH (c:Alliance {id: m.centre}) RETURN c.name AS name
        UNION MATCH (c:Municipality {id: m.centre}) RETURN c.name AS name
      }[0] AS centreName\
      """;

  private static final String COLUMNS =
      """
      m.id AS id, m.name AS name, m.description AS description, m.centre AS centre,
      m.query AS query, owner.username AS ownerUsername, owner.displayName AS ownerDisplayName,
      o.id AS libraryId, o.name AS libraryName, m.createdAt AS createdAt,
      m.updatedAt AS updatedAt,
      """;

  static final String CENTRE_EXISTS =
      """
      RETURN EXISTS { MATCH (c:Organisation {id: $centre}) }
          OR EXISTS { MATCH (c:Branch {id: $centre}) }
          OR EXISTS { MATCH (c:Community {id: $centre}) }
          OR EXISTS { MATCH (c:Taalnetwerk {id: $centre}) }
          OR EXISTS { MATCH (c:Alliance {id: $centre}) }
          OR EXISTS { MATCH (c:Municipality {id: $centre}) } AS exists
      """;

  static final String CREATE =
      """
      MATCH (owner:Account {username: $username})
      OPTIONAL MATCH (owner)-[:ACTS_FOR]->(org:Organisation)
      CREATE (owner)-[:OWNS]->(m:SavedMap {
        id: $id, name: $name, description: $description, centre: $centre, query: $query,
        positions: $positions, createdAt: datetime(), updatedAt: datetime(),
        createdBy: $username, updatedBy: $username})
      FOREACH (_ IN CASE WHEN $shared AND org IS NOT NULL THEN [1] ELSE [] END |
        CREATE (m)-[:SHARED_WITH]->(org))
      RETURN m.id AS id
      """;

  static final String FIND =
      """
      MATCH (owner:Account)-[:OWNS]->(m:SavedMap {id: $id})
      OPTIONAL MATCH (m)-[:SHARED_WITH]->(o:Organisation)
      OPTIONAL MATCH (owner)-[:ACTS_FOR]->(ownerOrg:Organisation)
      RETURN %s m.positions AS positions, ownerOrg.id AS ownerOrganisationId, %s
      """
          .formatted(COLUMNS, CENTRE_NAME);

  static final String LIST =
      """
      CALL () {
        MATCH (:Account {username: $username})-[:OWNS]->(m:SavedMap) RETURN m
        UNION
        MATCH (m:SavedMap)-[:SHARED_WITH]->(:Organisation {id: $organisation}) RETURN m
      }
      WITH m ORDER BY m.updatedAt DESC, m.id SKIP $offset LIMIT $limit
      MATCH (owner:Account)-[:OWNS]->(m)
      OPTIONAL MATCH (m)-[:SHARED_WITH]->(o:Organisation)
      RETURN %s null AS positions, null AS ownerOrganisationId, %s
      ORDER BY m.updatedAt DESC, m.id
      """
          .formatted(COLUMNS, CENTRE_NAME);

  static final String UPDATE =
      """
      MATCH (owner:Account)-[:OWNS]->(m:SavedMap {id: $id})
      OPTIONAL MATCH (owner)-[:ACTS_FOR]->(org:Organisation)
      SET m.name = $name, m.description = $description, m.updatedAt = datetime(),
          m.updatedBy = $actor
      WITH m, org
      CALL (m) {
        OPTIONAL MATCH (m)-[s:SHARED_WITH]->()
        DELETE s
      }
      FOREACH (_ IN CASE WHEN $shared AND org IS NOT NULL THEN [1] ELSE [] END |
        CREATE (m)-[:SHARED_WITH]->(org))
      RETURN count(m) AS changed
      """;

  static final String DELETE =
      """
      MATCH (m:SavedMap {id: $id})
      DETACH DELETE m
      RETURN count(*) AS deleted
      """;

  public boolean centreExists(TransactionContext tx, String centre) {
    return tx.run(CENTRE_EXISTS, Map.of("centre", centre)).single().get("exists").asBoolean();
  }

  /** Creates the map for the account {@code username}; empty when that account does not exist. */
  public Optional<String> create(
      TransactionContext tx,
      String id,
      String username,
      String name,
      String description,
      String centre,
      String query,
      String positions,
      boolean shared) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("username", username);
    p.put("name", name);
    p.put("description", description);
    p.put("centre", centre);
    p.put("query", query);
    p.put("positions", positions);
    p.put("shared", shared);
    return tx.run(CREATE, p).list().stream().findFirst().map(r -> r.get("id").asString());
  }

  public Optional<Found> find(TransactionContext tx, String id) {
    return tx.run(FIND, Map.of("id", id)).list().stream()
        .findFirst()
        .map(r -> new Found(map(r), r.get("ownerOrganisationId").asString(null)));
  }

  /** The account's own maps and those shared with {@code organisation} (may be null). */
  public List<SavedMap> list(
      TransactionContext tx, String username, String organisation, int offset, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("username", username);
    p.put("organisation", organisation);
    p.put("offset", offset);
    p.put("limit", limit);
    return tx.run(LIST, p).list(SavedMapRepository::map);
  }

  public boolean update(
      TransactionContext tx,
      String id,
      String name,
      String description,
      boolean shared,
      String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("name", name);
    p.put("description", description);
    p.put("shared", shared);
    p.put("actor", actor);
    return tx.run(UPDATE, p).single().get("changed").asInt() == 1;
  }

  public boolean delete(TransactionContext tx, String id) {
    return tx.run(DELETE, Map.of("id", id)).single().get("deleted").asInt() == 1;
  }

  private static SavedMap map(Record r) {
    return new SavedMap(
        r.get("id").asString(),
        r.get("name").asString(),
        r.get("description").asString(null),
        r.get("centre").asString(null),
        r.get("centreName").asString(null),
        r.get("query").asString(""),
        MapPositions.parse(r.get("positions").asString(null)),
        r.get("ownerUsername").asString(null),
        r.get("ownerDisplayName").asString(null),
        r.get("libraryId").asString(null),
        r.get("libraryName").asString(null),
        minutes(r.get("createdAt")),
        minutes(r.get("updatedAt")));
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
