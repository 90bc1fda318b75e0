package org.knooppunt.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Cypher of the need figures: what an import needs to check its rows, and the import itself. */
@ApplicationScoped
public class NeedRepository {

  /** The municipalities and target groups a file names that exist, with what a check needs. */
  static final String KNOWN =
      """
      RETURN COLLECT { MATCH (m:Municipality) WHERE m.id IN $codes
                       RETURN {id: m.id, population: m.population,
                               regions: COLLECT { MATCH (m)-[:IN_REGION]->(r:Region) RETURN r.id }} }
               AS municipalities,
             COLLECT { MATCH (g:TargetGroup) WHERE g.id IN $groups RETURN g.id } AS groups
      """;

  /**
   * Merges each row on municipality + target group + year; a figure that is already stored with the
   * same count and source is left alone, so importing the same file again changes nothing.
   */
  static final String IMPORT =
      """
      UNWIND $rows AS row
      MATCH (m:Municipality {id: row.municipality}), (g:TargetGroup {id: row.group})
      OPTIONAL MATCH (m)-[old:HAS_NEED {year: row.year}]->(g)
      WITH m, g, row, old IS NULL AS isNew,
           old IS NOT NULL AND (old.count <> row.count OR old.source <> row.source) AS isChanged
      MERGE (m)-[h:HAS_NEED {year: row.year}]->(g)
      WITH h, row, isNew, isChanged WHERE isNew OR isChanged
      SET h.count = row.count, h.source = row.source, h.importedAt = datetime($now),
          h.importedBy = $actor
      RETURN count(CASE WHEN isNew THEN 1 END) AS created,
             count(CASE WHEN isChanged THEN 1 END) AS changed
      """;

  /** A municipality an import names: its population and regions. */
  record Known(long population, List<String> regions) {}

  /** What {@link #KNOWN} found: municipalities by id, and the target group ids. */
  record Lookup(Map<String, Known> municipalities, List<String> groups) {}

  /** How many figures an import created and changed. */
  record Written(long created, long changed) {}

  Lookup known(TransactionContext tx, List<String> codes, List<String> groups) {
    Record r = tx.run(KNOWN, Map.of("codes", codes, "groups", groups)).single();
    Map<String, Known> municipalities = new HashMap<>();
    for (Value m : r.get("municipalities").values()) {
      municipalities.put(
          m.get("id").asString(),
          new Known(m.get("population").asLong(0), m.get("regions").asList(Value::asString)));
    }
    return new Lookup(municipalities, r.get("groups").asList(Value::asString));
  }

  Written write(TransactionContext tx, List<Map<String, Object>> rows, String actor, String now) {
    Record r = tx.run(IMPORT, Map.of("rows", rows, "actor", actor, "now", now)).single();
    return new Written(r.get("created").asLong(), r.get("changed").asLong());
  }
}
