package org.knooppunt.exchange.hsds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.Value;

/**
 * The read-only queries behind the HSDS export and read API: one statement each, every one a page
 * (SKIP/LIMIT) of complete documents built in Cypher, so a page of the API is two round trips
 * (count and page). "Modified" is {@code updatedAt}, else {@code importedAt}, else {@code
 * createdAt}. People appear only with visibility PLATFORM and consent for maps.
 */
@ApplicationScoped
public class HsdsExportRepository {

  private static final String ORG_FILTER =
      """
      MATCH (o:Organisation)
      WHERE coalesce(o.status, 'active') = 'active'
        AND ($id IS NULL OR o.id = $id)
        AND ($after IS NULL OR coalesce(o.updatedAt, o.importedAt, o.createdAt) > $after)
      """;

  static final String COUNT_ORGANISATIONS = ORG_FILTER + "RETURN count(o) AS n";

  static final String ORGANISATIONS =
      ORG_FILTER
          + """
          OPTIONAL MATCH (o)-[:LOCATED_IN]->(m:Municipality)
          OPTIONAL MATCH (m)-[:IN_REGION]->(r:Region)
          WITH o, m, r ORDER BY o.name, o.id SKIP $skip LIMIT $limit
          RETURN o {.id, .name, .description, .email, .website, .phone, .registrationNumber,
                    .street, .postcode, .place,
                    lat: o.location.latitude, lon: o.location.longitude,
                    modified: coalesce(o.updatedAt, o.importedAt, o.createdAt),
                    municipalityCode: m.id, municipalityName: m.name, province: r.name,
                    topics: COLLECT { MATCH (o)-[:WORKS_ON]->(t:Topic)
                                      RETURN t {.id, .nameNl, .nameEn} AS x ORDER BY t.id },
                    targetGroups: COLLECT { MATCH (o)-[:REACHES]->(t:TargetGroup)
                                            RETURN t {.id, .nameNl, .nameEn} AS x ORDER BY t.id },
                    branches: COLLECT {
                      MATCH (o)-[:HAS_BRANCH]->(b:Branch)
                      WHERE coalesce(b.status, 'active') = 'active'
                      OPTIONAL MATCH (b)-[:LOCATED_IN]->(bm:Municipality)
                      OPTIONAL MATCH (bm)-[:IN_REGION]->(br:Region)
                      RETURN b {.id, .name, .street, .postcode, .place,
                                lat: b.location.latitude, lon: b.location.longitude,
                                municipalityCode: bm.id, municipalityName: bm.name,
                                province: br.name} AS x
                      ORDER BY b.name, b.id },
                    services: COLLECT {
                      MATCH (o)-[:OFFERS]->(s:Service)
                      RETURN s {.id, .name, .description,
                                topics: COLLECT { MATCH (s)-[:WORKS_ON]->(t:Topic)
                                                  RETURN t {.id, .nameNl, .nameEn} AS y ORDER BY t.id },
                                targetGroups: COLLECT { MATCH (s)-[:REACHES]->(t:TargetGroup)
                                                        RETURN t {.id, .nameNl, .nameEn} AS y ORDER BY t.id },
                                branches: COLLECT { MATCH (s)-[:AT]->(b:Branch)
                                                    RETURN b.id AS y ORDER BY b.id }} AS x
                      ORDER BY s.name, s.id },
                    contacts: COLLECT {
                      MATCH (p:Person)-[w:WORKS_FOR]->(o)
                      WHERE p.visibility = 'PLATFORM' AND p.consentMaps = true
                      RETURN p {.id, .name, .jobTitle, .email, .phone, role: w.role} AS x
                      ORDER BY p.name, p.id },
                    collaborations: COLLECT {
                      MATCH (o)-[c:COLLABORATES_WITH]->(other:Organisation)
                      RETURN {id: c.id, other: other.id, otherName: other.name, topic: c.topic,
                              status: c.status} AS x
                      ORDER BY other.name, other.id },
                    memberships: COLLECT {
                      MATCH (o)-[mm:MEMBER_OF]->(n:Taalnetwerk)
                      RETURN {id: n.id, name: n.name, roles: mm.roles} AS x ORDER BY n.name, n.id }
                   } AS doc
          """;

  private static final String SERVICE_FILTER =
      """
      MATCH (o:Organisation)-[:OFFERS]->(s:Service)
      WHERE coalesce(o.status, 'active') = 'active'
        AND ($id IS NULL OR s.id = $id)
        AND ($after IS NULL OR coalesce(s.updatedAt, s.importedAt, s.createdAt) > $after)
      """;

  static final String COUNT_SERVICES = SERVICE_FILTER + "RETURN count(s) AS n";

  static final String SERVICES =
      SERVICE_FILTER
          + """
          WITH o, s ORDER BY s.name, s.id SKIP $skip LIMIT $limit
          RETURN s {.id, .name, .description, organisation: o.id,
                    topics: COLLECT { MATCH (s)-[:WORKS_ON]->(t:Topic)
                                      RETURN t {.id, .nameNl, .nameEn} AS y ORDER BY t.id },
                    targetGroups: COLLECT { MATCH (s)-[:REACHES]->(t:TargetGroup)
                                            RETURN t {.id, .nameNl, .nameEn} AS y ORDER BY t.id },
                    branches: COLLECT { MATCH (s)-[:AT]->(b:Branch) RETURN b.id AS y ORDER BY b.id }
                   } AS doc
          """;

  private static final String LOCATION_FILTER =
      """
      MATCH (o:Organisation)-[:HAS_BRANCH]->(b:Branch)
      WHERE coalesce(o.status, 'active') = 'active' AND coalesce(b.status, 'active') = 'active'
        AND ($after IS NULL OR coalesce(b.updatedAt, b.importedAt, b.createdAt) > $after)
      """;

  static final String COUNT_LOCATIONS = LOCATION_FILTER + "RETURN count(b) AS n";

  static final String LOCATIONS =
      LOCATION_FILTER
          + """
          WITH o, b ORDER BY b.name, b.id SKIP $skip LIMIT $limit
          OPTIONAL MATCH (b)-[:LOCATED_IN]->(bm:Municipality)
          OPTIONAL MATCH (bm)-[:IN_REGION]->(br:Region)
          RETURN b {.id, .name, .street, .postcode, .place, organisation: o.id,
                    lat: b.location.latitude, lon: b.location.longitude,
                    municipalityCode: bm.id, municipalityName: bm.name, province: br.name} AS doc
          """;

  static final String TERMS =
      """
      MATCH (t) WHERE t:Topic OR t:TargetGroup
      RETURN t {.id, .nameNl, .nameEn, topic: t:Topic} AS doc
      ORDER BY doc.topic DESC, t.id
      """;

  private final Graph graph;

  @Inject
  public HsdsExportRepository(Graph graph) {
    this.graph = graph;
  }

  /** For CDI proxies only. */
  protected HsdsExportRepository() {
    this.graph = null;
  }

  /** A page of documents and the total they are part of. */
  public record Page(long total, List<Map<String, Object>> docs) {}

  public Page organisations(String id, ZonedDateTime after, long skip, int limit) {
    return page(COUNT_ORGANISATIONS, ORGANISATIONS, id, after, skip, limit);
  }

  public Page services(String id, ZonedDateTime after, long skip, int limit) {
    return page(COUNT_SERVICES, SERVICES, id, after, skip, limit);
  }

  public Page locations(ZonedDateTime after, long skip, int limit) {
    return page(COUNT_LOCATIONS, LOCATIONS, null, after, skip, limit);
  }

  public List<Map<String, Object>> terms() {
    return graph.read(tx -> tx.run(TERMS).list(r -> r.get("doc").asMap()));
  }

  private Page page(
      String count, String page, String id, ZonedDateTime after, long skip, int limit) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    params.put("after", after);
    params.put("skip", skip);
    params.put("limit", limit);
    return graph.read(tx -> {
      long total = tx.run(count, params).single().get("n").asLong();
      List<Map<String, Object>> docs =
          total <= skip
              ? List.of()
              : tx.run(page, params).list(r -> r.get("doc").asMap(HsdsExportRepository::plain));
      return new Page(total, docs);
    });
  }

  private static Object plain(Value v) {
    return v.asObject();
  }
}
