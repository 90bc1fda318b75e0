package org.knooppunt.region;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/** Cypher for municipalities and regions (reference data, read-only for the application). */
@ApplicationScoped
public class RegionRepository {

  private static final String FILTER =
      """
      MATCH (m:Municipality)
      WHERE ($country IS NULL OR m.country = $country)
        AND ($province IS NULL OR m.provinceCode = $province)
        AND ($text IS NULL OR toLower(m.name) CONTAINS $text OR m.code = toUpper($text))
      """;

  static final String COUNT = FILTER + "RETURN count(m) AS n";

  static final String PAGE =
      FILTER
          + """
          OPTIONAL MATCH (m)-[:IN_REGION]->(r:Region)
          RETURN m, r.name AS provinceName,
                 COUNT { (m)<-[:LOCATED_IN]-(:Organisation) } AS organisations
          ORDER BY m.name, m.code SKIP $skip LIMIT $limit
          """;

  static final String REGIONS =
      """
      MATCH (r:Region)
      RETURN r.id AS id, r.name AS name, r.country AS country, r.kind AS kind,
             COUNT { (r)<-[:IN_REGION]-(:Municipality) } AS municipalities
      ORDER BY r.country DESC, r.name
      """;

  static final String COUNTS =
      """
      MATCH (m:Municipality) RETURN m.country AS country, count(*) AS n
      """;

  public long count(TransactionContext tx, String country, String province, String text) {
    return tx.run(COUNT, params(country, province, text)).single().get("n").asLong();
  }

  public List<Municipality> page(
      TransactionContext tx, String country, String province, String text, int skip, int limit) {
    Map<String, Object> p = params(country, province, text);
    p.put("skip", Math.max(0, skip));
    p.put("limit", Math.clamp(limit, 1, 1000));
    return tx.run(PAGE, p).list(RegionRepository::municipality);
  }

  public List<Region> regions(TransactionContext tx) {
    return tx.run(REGIONS)
        .list(r ->
            new Region(
                r.get("id").asString(),
                r.get("name").asString(),
                r.get("country").asString(null),
                r.get("kind").asString(null),
                r.get("municipalities").asLong()));
  }

  public Map<String, Long> countsByCountry(TransactionContext tx) {
    Map<String, Long> out = new HashMap<>();
    tx.run(COUNTS).list().forEach(r -> out.put(r.get("country").asString(), r.get("n").asLong()));
    return out;
  }

  private static Map<String, Object> params(String country, String province, String text) {
    Map<String, Object> p = new HashMap<>();
    p.put("country", country == null || country.isBlank() ? null : country);
    p.put("province", province == null || province.isBlank() ? null : province);
    p.put(
        "text",
        text == null || text.isBlank() ? null : text.strip().toLowerCase(java.util.Locale.ROOT));
    return p;
  }

  private static Municipality municipality(Record r) {
    var m = r.get("m").asNode();
    var loc = m.get("location");
    return new Municipality(
        m.get("code").asString(),
        m.get("name").asString(),
        m.get("country").asString(null),
        m.get("population").asLong(0),
        m.get("populationYear").asInt(0),
        m.get("provinceCode").asString(null),
        r.get("provinceName").asString(null),
        loc.isNull() ? null : loc.asPoint().y(),
        loc.isNull() ? null : loc.asPoint().x(),
        r.get("organisations").asLong());
  }
}
