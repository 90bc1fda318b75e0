package org.knooppunt.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationFilter;
import org.knooppunt.organisation.OrganisationRepository;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Cypher for the organisation export: the organisation list's own filter ({@link
 * OrganisationRepository#LIST_TEMPLATE}), read in pages by id (keyset paging: each page starts
 * after the last id of the one before, so no page is skipped or read twice and no statement holds
 * the whole result).
 */
@ApplicationScoped
public class OrganisationExportRepository {

  static final String IDS =
      OrganisationRepository.LIST_TEMPLATE
          + """
          WITH o WHERE $after IS NULL OR o.id > $after
          RETURN o.id AS id ORDER BY id LIMIT $limit
          """;

  static final String PAGE =
      OrganisationRepository.LIST_TEMPLATE
          + """
          WITH o, m WHERE $after IS NULL OR o.id > $after
          WITH o, m ORDER BY o.id LIMIT $limit
          RETURN o.id AS id, labels(o) AS labels, o.name AS name, o.description AS description,
                 o.sector AS sector, o.registrationNumber AS registrationNumber, o.email AS email,
                 o.website AS website, o.phone AS phone, o.street AS street,
                 o.postcode AS postcode, o.place AS place, m.id AS municipality,
                 o.location AS location,
                 COLLECT { MATCH (o)-[:WORKS_ON]->(t:Topic) RETURN DISTINCT t.id AS x ORDER BY x }
                   AS topics,
                 COLLECT { MATCH (o)-[:REACHES]->(g:TargetGroup) RETURN DISTINCT g.id AS x ORDER BY x }
                   AS targetGroups,
                 COLLECT { MATCH (o)-[c:COLLABORATES_WITH]-(p:Organisation)
                           WHERE c.status = 'confirmed'
                           RETURN DISTINCT {id: p.id, registrationNumber: p.registrationNumber,
                                            name: p.name} AS x ORDER BY x.name, x.id } AS partners,
                 COLLECT { MATCH (o)-[r:MEMBER_OF]->(n:Taalnetwerk)
                           WHERE coalesce(n.status, 'active') <> 'deleted'
                           RETURN {id: n.id, roles: coalesce(r.roles, [])} AS x
                           ORDER BY n.id } AS memberships
          """;

  /** A confirmed partner of an exported organisation, as the export names it. */
  public record Partner(String id, String registrationNumber, String name) {}

  /** A taalnetwerk an exported organisation is a member of, with its roles there. */
  public record Membership(String taalnetwerk, List<String> roles) {}

  /** One organisation as the export writes it; memberships in taalnetwerk id order. */
  public record Row(
      String id,
      boolean library,
      String name,
      String description,
      String sector,
      String registrationNumber,
      String email,
      String website,
      String phone,
      String street,
      String postcode,
      String place,
      String municipality,
      Double latitude,
      Double longitude,
      List<String> topics,
      List<String> targetGroups,
      List<Partner> partners,
      List<Membership> memberships) {}

  /** Up to {@code limit} ids of matching organisations after {@code after}, in id order. */
  public List<String> ids(
      TransactionContext tx, OrganisationFilter filter, String after, int limit) {
    return tx.run(IDS, parameters(filter, after, limit)).list(r -> r.get("id").asString());
  }

  /** Up to {@code limit} matching organisations after {@code after}, in id order. */
  public List<Row> page(TransactionContext tx, OrganisationFilter filter, String after, int limit) {
    return tx.run(PAGE, parameters(filter, after, limit)).list(OrganisationExportRepository::row);
  }

  private static Map<String, Object> parameters(
      OrganisationFilter filter, String after, int limit) {
    Map<String, Object> p = filter.parameters();
    p.put("after", after);
    p.put("limit", limit);
    return p;
  }

  private static Row row(Record r) {
    Value location = r.get("location");
    return new Row(
        r.get("id").asString(),
        r.get("labels").asList(Value::asString).contains(Kind.LIBRARY.label),
        r.get("name").asString(null),
        r.get("description").asString(null),
        r.get("sector").asString(null),
        r.get("registrationNumber").asString(null),
        r.get("email").asString(null),
        r.get("website").asString(null),
        r.get("phone").asString(null),
        r.get("street").asString(null),
        r.get("postcode").asString(null),
        r.get("place").asString(null),
        r.get("municipality").asString(null),
        location.isNull() ? null : location.asPoint().y(),
        location.isNull() ? null : location.asPoint().x(),
        r.get("topics").asList(Value::asString),
        r.get("targetGroups").asList(Value::asString),
        r.get("partners")
            .asList(v ->
                new Partner(
                    v.get("id").asString(null),
                    v.get("registrationNumber").asString(null),
                    v.get("name").asString(null))),
        r.get("memberships")
            .asList(v ->
                new Membership(v.get("id").asString(), v.get("roles").asList(Value::asString))));
  }
}
