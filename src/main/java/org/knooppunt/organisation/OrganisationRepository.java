package org.knooppunt.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Cypher for library and partner profiles. One statement per method, values only as parameters; the
 * label (from {@link Kind}) and the sort column (from {@link SortKey}) come from allow-lists.
 */
@ApplicationScoped
public class OrganisationRepository {

  static final String FIND =
      """
      MATCH (o:Organisation {id: $id})
      OPTIONAL MATCH (o)-[:LOCATED_IN]->(m:Municipality)
      OPTIONAL MATCH (m)-[:IN_REGION]->(r:Region)
      RETURN o, labels(o) AS labels, m.id AS municipalityCode, m.name AS municipalityName,
             r.name AS provinceName,
             COLLECT { MATCH (o)-[:WORKS_ON]->(t:Topic)
                       RETURN {id: t.id, nameNl: t.nameNl, nameEn: t.nameEn} AS x ORDER BY t.nameNl } AS topics,
             COLLECT { MATCH (o)-[:REACHES]->(t:TargetGroup)
                       RETURN {id: t.id, nameNl: t.nameNl, nameEn: t.nameEn} AS x ORDER BY t.nameNl } AS targetGroups,
             COLLECT { MATCH (o)-[:IN_DOMAIN]->(t:Domain)
                       RETURN {id: t.id, nameNl: t.nameNl, nameEn: t.nameEn} AS x ORDER BY t.nameNl } AS domains,
             COLLECT { MATCH (o)-[:HAS_BRANCH]->(b:Branch)
                       OPTIONAL MATCH (b)-[:LOCATED_IN]->(bm:Municipality)
                       RETURN {id: b.id, name: b.name, municipality: bm.name} AS x ORDER BY b.name } AS branches
      LIMIT 1
      """;

  /**
   * The list filter on {@code o} (with its municipality {@code m} and region {@code r}), ending in
   * a WHERE; shared with the export ({@code exchange.OrganisationExportRepository}) so both select
   * exactly the same organisations.
   */
  public static final String LIST_TEMPLATE =
      """
      MATCH (o:Organisation)
      WHERE ($kind IS NULL OR $kind IN labels(o))
        AND coalesce(o.status, 'active') = 'active'
        AND ($sector IS NULL OR o.sector = $sector)
        AND ($text IS NULL OR toLower(o.name) CONTAINS $text)
      OPTIONAL MATCH (o)-[:LOCATED_IN]->(m:Municipality)
      OPTIONAL MATCH (m)-[:IN_REGION]->(r:Region)
      WITH o, m, r
      WHERE ($municipality IS NULL OR m.id = $municipality)
        AND ($province IS NULL OR r.id = $province)
        AND ($topic IS NULL OR EXISTS { (o)-[:WORKS_ON]->(:Topic)-[:BROADER*0..4]->(:Topic {id: $topic}) })
        AND ($targetGroup IS NULL OR EXISTS { (o)-[:REACHES]->(:TargetGroup {id: $targetGroup}) })
      """;

  static final String COUNT = LIST_TEMPLATE + "RETURN count(o) AS n";

  private static final String PAGE =
      LIST_TEMPLATE
          + """
          RETURN o.id AS id, labels(o) AS labels, o.name AS name, o.sector AS sector,
                 m.id AS municipalityCode, m.name AS municipalityName, r.name AS provinceName,
                 coalesce(o.demo, false) AS demo
          ORDER BY {{ORDER}} {{DIRECTION}}, o.id
          SKIP $skip LIMIT $limit
          """;

  private static final Map<SortKey, String> PAGE_ASC = new EnumMap<>(SortKey.class);
  private static final Map<SortKey, String> PAGE_DESC = new EnumMap<>(SortKey.class);

  static {
    for (SortKey key : SortKey.values()) {
      PAGE_ASC.put(key, PAGE.replace("{{ORDER}}", key.cypher).replace("{{DIRECTION}}", "ASC"));
      PAGE_DESC.put(key, PAGE.replace("{{ORDER}}", key.cypher).replace("{{DIRECTION}}", "DESC"));
    }
  }

  /**
   * The profile's links after {@code o} and its municipality {@code m} are known: kept where they
   * stay, removed where they go, created with who asserted them and when.
   */
  private static final String LINKS =
      """
      WITH o, m
      CALL (o, m) {
        MATCH (o)-[old:LOCATED_IN]->(x:Municipality) WHERE x <> m DELETE old
      }
      MERGE (o)-[l:LOCATED_IN]->(m) ON CREATE SET l.assertedBy = $actor, l.assertedAt = datetime()
      MERGE (o)-[s:SERVES]->(m) ON CREATE SET s.assertedBy = $actor, s.assertedAt = datetime()
      WITH o
      CALL (o) {
        MATCH (o)-[x:WORKS_ON]->(t:Topic) WHERE NOT t.id IN $topics DELETE x
      }
      CALL (o) {
        MATCH (o)-[x:REACHES]->(t:TargetGroup) WHERE NOT t.id IN $targetGroups DELETE x
      }
      CALL (o) {
        MATCH (o)-[x:IN_DOMAIN]->(t:Domain) WHERE NOT t.id IN $domains DELETE x
      }
      CALL (o) {
        UNWIND $topics AS tid MATCH (t:Topic {id: tid})
        MERGE (o)-[r:WORKS_ON]->(t) ON CREATE SET r.assertedBy = $actor, r.assertedAt = datetime()
      }
      CALL (o) {
        UNWIND $targetGroups AS gid MATCH (g:TargetGroup {id: gid})
        MERGE (o)-[r:REACHES]->(g) ON CREATE SET r.assertedBy = $actor, r.assertedAt = datetime()
      }
      CALL (o) {
        UNWIND $domains AS did MATCH (d:Domain {id: did})
        MERGE (o)-[r:IN_DOMAIN]->(d) ON CREATE SET r.assertedBy = $actor, r.assertedAt = datetime()
      }
      """;

  private static final String CREATE_TEMPLATE =
      """
      MATCH (m:Municipality {id: $municipality})
      CREATE (o:Organisation:{{LABEL}} {id: randomUUID(), version: 1, status: 'active', demo: false,
              createdAt: datetime(), createdBy: $actor, updatedAt: datetime(), updatedBy: $actor,
              lastReviewedAt: datetime()})
      SET o += $props
      """
          + LINKS
          + "RETURN o.id AS id";

  private static final Map<Kind, String> CREATE = new EnumMap<>(Kind.class);

  static {
    for (Kind kind : Kind.values()) {
      CREATE.put(kind, CREATE_TEMPLATE.replace("{{LABEL}}", kind.label));
    }
  }

  static final String UPDATE =
      """
      MATCH (o:Organisation {id: $id}) WHERE o.version = $version
      MATCH (m:Municipality {id: $municipality})
      SET o += $props, o.version = o.version + 1, o.updatedAt = datetime(), o.updatedBy = $actor,
          o.lastReviewedAt = datetime()
      """
          + LINKS
          + "RETURN o.version AS version";

  /**
   * Takes the profile's write lock for the rest of the transaction, so that the version read after
   * it is the one the update overwrites: two editors of the same version cannot both succeed.
   */
  static final String LOCK =
      """
      MATCH (o:Organisation {id: $id})
      SET o._lock = true REMOVE o._lock
      RETURN o.version AS version
      """;

  static final String OWNERSHIP =
      """
      MATCH (o:Organisation {id: $id})
      RETURN labels(o) AS labels, o.version AS version,
             EXISTS { MATCH (a:Account)-[:ACTS_FOR]->(o)
                      WHERE 'partner' IN a.roles AND coalesce(a.status, 'active') = 'active' }
               AS claimed
      """;

  static final String DUPLICATE =
      """
      MATCH (o:Organisation)-[:LOCATED_IN]->(:Municipality {id: $municipality})
      WHERE toLower(o.name) = toLower($name) AND o.id <> $id
        AND coalesce(o.status, 'active') <> 'rejected'
      RETURN o.id AS id, o.name AS name LIMIT 1
      """;

  static final String CHECK_REFERENCES =
      """
      OPTIONAL MATCH (m:Municipality {id: $municipality})
      RETURN m.country AS country,
             [x IN $topics WHERE NOT EXISTS { MATCH (:Topic {id: x}) }] AS unknownTopics,
             [x IN $targetGroups WHERE NOT EXISTS { MATCH (:TargetGroup {id: x}) }] AS unknownTargetGroups,
             [x IN $domains WHERE NOT EXISTS { MATCH (:Domain {id: x}) }] AS unknownDomains
      """;

  static final String DEMO_PRESENT =
      """
      RETURN EXISTS { MATCH (o:Organisation {demo: true}) } AS demo
      """;

  public boolean demoPresent(TransactionContext tx) {
    return tx.run(DEMO_PRESENT).single().get("demo").asBoolean();
  }

  /** What the service needs to decide who may change an organisation. */
  public record Ownership(Kind kind, long version, boolean claimedByPartner) {}

  /** The result of checking referenced codes and ids. */
  public record References(
      String country,
      List<String> unknownTopics,
      List<String> unknownTargetGroups,
      List<String> unknownDomains) {}

  public Optional<Organisation> find(TransactionContext tx, String id) {
    return tx.run(FIND, Map.of("id", id)).list().stream()
        .findFirst()
        .map(OrganisationRepository::organisation);
  }

  public long count(TransactionContext tx, OrganisationFilter filter) {
    return tx.run(COUNT, filter.parameters()).single().get("n").asLong();
  }

  public List<OrganisationSummary> page(
      TransactionContext tx,
      OrganisationFilter filter,
      SortKey sort,
      boolean descending,
      int skip,
      int limit) {
    Map<String, Object> params = filter.parameters();
    params.put("skip", Math.max(0, skip));
    params.put("limit", Math.clamp(limit, 1, 200));
    String query = (descending ? PAGE_DESC : PAGE_ASC).get(sort);
    return tx.run(query, params).list(OrganisationRepository::summary);
  }

  public String create(TransactionContext tx, OrganisationForm form, String actor) {
    var result = tx.run(CREATE.get(form.getKind()), writeParameters(form, actor, null)).list();
    return result.isEmpty() ? null : result.getFirst().get("id").asString();
  }

  /** The new version, or empty when the stored version is not {@code form.getVersion()}. */
  public Optional<Long> update(
      TransactionContext tx, String id, OrganisationForm form, String actor) {
    Map<String, Object> params = writeParameters(form, actor, id);
    params.put("version", form.getVersion());
    return tx.run(UPDATE, params).list().stream().findFirst().map(r -> r.get("version").asLong());
  }

  /** Locks the organisation until the transaction ends; false when there is none. */
  public boolean lock(TransactionContext tx, String id) {
    return !tx.run(LOCK, Map.of("id", id)).list().isEmpty();
  }

  public Optional<Ownership> ownership(TransactionContext tx, String id) {
    return tx.run(OWNERSHIP, Map.of("id", id)).list().stream()
        .findFirst()
        .map(r ->
            new Ownership(
                kind(r.get("labels")), r.get("version").asLong(0), r.get("claimed").asBoolean()));
  }

  /**
   * An existing organisation with the same name in the same municipality, other than {@code id}.
   */
  public Optional<Ref> duplicate(
      TransactionContext tx, String name, String municipality, String id) {
    Map<String, Object> p = new HashMap<>();
    p.put("name", name == null ? "" : name.strip());
    p.put("municipality", municipality);
    p.put("id", id == null ? "" : id);
    return tx.run(DUPLICATE, p).list().stream()
        .findFirst()
        .map(r -> new Ref(r.get("id").asString(), r.get("name").asString(), null));
  }

  public References references(TransactionContext tx, OrganisationForm form) {
    Map<String, Object> p = new HashMap<>();
    p.put("municipality", form.getMunicipalityCode());
    p.put("topics", form.getTopicIds());
    p.put("targetGroups", form.getTargetGroupIds());
    p.put("domains", form.getDomainIds());
    Record r = tx.run(CHECK_REFERENCES, p).single();
    return new References(
        r.get("country").asString(null),
        r.get("unknownTopics").asList(Value::asString),
        r.get("unknownTargetGroups").asList(Value::asString),
        r.get("unknownDomains").asList(Value::asString));
  }

  private static Map<String, Object> writeParameters(
      OrganisationForm form, String actor, String id) {
    Map<String, Object> props = new HashMap<>();
    props.put("name", trim(form.getName()));
    props.put("description", trim(form.getDescription()));
    props.put(
        "sector",
        form.getKind() == Kind.LIBRARY ? Sector.BIBLIOTHEEK.code() : trim(form.getSector()));
    props.put("registrationNumber", digits(form.getRegistrationNumber()));
    props.put("email", trim(form.getEmail()));
    props.put("website", trim(form.getWebsite()));
    props.put("phone", trim(form.getPhone()));
    props.put("street", trim(form.getStreet()));
    props.put("postcode", postcode(form.getPostcode()));
    props.put("place", trim(form.getPlace()));
    props.put(
        "location",
        form.getLatitude() == null || form.getLongitude() == null
            ? null
            : org.neo4j.driver.Values.point(4326, form.getLongitude(), form.getLatitude())
                .asPoint());
    Map<String, Object> params = new HashMap<>();
    params.put("id", id);
    params.put("props", props);
    params.put("actor", actor);
    params.put("municipality", form.getMunicipalityCode());
    params.put("topics", List.copyOf(form.getTopicIds()));
    params.put("targetGroups", List.copyOf(form.getTargetGroupIds()));
    params.put("domains", List.copyOf(form.getDomainIds()));
    return params;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String digits(String s) {
    return s == null || s.isBlank() ? null : s.replaceAll("[^0-9]", "");
  }

  private static String postcode(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String p = s.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
    return p.length() == 6 ? p.substring(0, 4) + " " + p.substring(4) : p;
  }

  static Kind kind(Value labels) {
    return labels.asList(Value::asString).contains(Kind.LIBRARY.label)
        ? Kind.LIBRARY
        : Kind.PARTNER;
  }

  private static List<Ref> refs(Value list) {
    return list.asList(v ->
        new Ref(
            v.get("id").asString(),
            v.get("nameNl").asString(null),
            v.get("nameEn").asString(null)));
  }

  private static Organisation organisation(Record r) {
    Node o = r.get("o").asNode();
    var location = o.get("location");
    Double lat = location.isNull() ? null : location.asPoint().y();
    Double lon = location.isNull() ? null : location.asPoint().x();
    return new Organisation(
        o.get("id").asString(),
        kind(r.get("labels")),
        o.get("name").asString(null),
        o.get("description").asString(null),
        o.get("sector").asString(null),
        o.get("registrationNumber").asString(null),
        o.get("email").asString(null),
        o.get("website").asString(null),
        o.get("phone").asString(null),
        o.get("street").asString(null),
        o.get("postcode").asString(null),
        o.get("place").asString(null),
        r.get("municipalityCode").asString(null),
        r.get("municipalityName").asString(null),
        r.get("provinceName").asString(null),
        lat,
        lon,
        refs(r.get("topics")),
        refs(r.get("targetGroups")),
        refs(r.get("domains")),
        r.get("branches")
            .asList(v ->
                new BranchRef(
                    v.get("id").asString(),
                    v.get("name").asString(null),
                    v.get("municipality").asString(null))),
        o.get("status").asString("active"),
        o.get("demo").asBoolean(false),
        o.get("version").asLong(1),
        o.get("lastReviewedAt").isNull() ? null : o.get("lastReviewedAt").asZonedDateTime(),
        o.get("updatedAt").isNull() ? null : o.get("updatedAt").asZonedDateTime(),
        o.get("updatedBy").asString(null));
  }

  private static OrganisationSummary summary(Record r) {
    return new OrganisationSummary(
        r.get("id").asString(),
        kind(r.get("labels")),
        r.get("name").asString(null),
        r.get("sector").asString(null),
        r.get("municipalityCode").asString(null),
        r.get("municipalityName").asString(null),
        r.get("provinceName").asString(null),
        r.get("demo").asBoolean(false));
  }
}
