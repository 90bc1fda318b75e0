package org.knooppunt.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Global search in one statement: organisations through the Dutch full-text index, municipalities
 * and taxonomy through theirs, each part limited, merged by score.
 */
@ApplicationScoped
public class SearchRepository {

  static final String SEARCH =
      """
      CALL () {
        CALL db.index.fulltext.queryNodes('organisationText', $lucene, {limit: $limit})
        YIELD node, score
        WHERE coalesce(node.status, 'active') = 'active'
        OPTIONAL MATCH (node)-[:LOCATED_IN]->(m:Municipality)
        RETURN CASE WHEN node:Library THEN 'library' ELSE 'partner' END AS type, node.id AS id,
               node.name AS name, m.name AS context, score
        UNION ALL
        CALL db.index.fulltext.queryNodes('municipalityName', $lucene, {limit: $limit})
        YIELD node, score
        OPTIONAL MATCH (node)-[:IN_REGION]->(r:Region)
        RETURN 'municipality' AS type, node.code AS id, node.name AS name, r.name AS context, score
        UNION ALL
        CALL db.index.fulltext.queryNodes('taxonomyName', $lucene, {limit: $limit})
        YIELD node, score
        RETURN CASE WHEN node:Topic THEN 'topic' WHEN node:TargetGroup THEN 'targetGroup' ELSE 'domain' END AS type,
               node.id AS id,
               CASE WHEN $english THEN coalesce(node.nameEn, node.nameNl) ELSE node.nameNl END AS name,
               null AS context, score
      }
      RETURN type, id, name, context ORDER BY score DESC, name LIMIT $limit
      """;

  /** Rows of (type, id, name, context). */
  public List<String[]> search(TransactionContext tx, String lucene, boolean english, int limit) {
    return tx.run(SEARCH, Map.of("lucene", lucene, "english", english, "limit", limit))
        .list(r ->
            new String[] {
              r.get("type").asString(),
              r.get("id").asString(),
              r.get("name").asString(),
              r.get("context").asString(null)
            });
  }
}
