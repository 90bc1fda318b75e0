package org.knooppunt.collaboration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationRepository.Ownership;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/** Cypher for collaborations. Each method is one statement. */
@ApplicationScoped
public class CollaborationRepository {

  /** What the rules need to know about both sides (and the topic) in one read. */
  public record Sides(Map<String, Ownership> owners, boolean topicKnown, String openId) {}

  static final String SIDES =
      """
      OPTIONAL MATCH (o:Organisation) WHERE o.id IN [$from, $to]
      WITH collect(o {.id, labels: labels(o), version: o.version,
          claimed: EXISTS { MATCH (a:Account)-[:ACTS_FOR]->(o) WHERE 'partner' IN a.roles }}) AS sides
      OPTIONAL MATCH (:Organisation {id: $from})-[r:COLLABORATES_WITH]-(:Organisation {id: $to})
        WHERE coalesce(r.status, 'ended') <> 'ended'
      WITH sides, collect(r.id)[0] AS openId
      RETURN sides, openId,
             ($topic IS NULL OR EXISTS { MATCH (:Topic {id: $topic}) }) AS topicKnown
      """;

  static final String CREATE =
      """
      MATCH (a:Organisation {id: $from}), (b:Organisation {id: $to})
      // Lock both ends so that two simultaneous proposals cannot both pass the duplicate check.
      SET a.collaborationLock = true, b.collaborationLock = true
      REMOVE a.collaborationLock, b.collaborationLock
      WITH a, b
      WHERE NOT EXISTS { (a)-[r:COLLABORATES_WITH]-(b) WHERE coalesce(r.status, 'ended') <> 'ended' }
      CREATE (a)-[r:COLLABORATES_WITH {
        id: $id, status: 'proposed', topic: $topic, since: $since, note: $note, source: 'ui',
        assertedBy: $actor, assertedAt: datetime()}]->(b)
      RETURN r.id AS id
      """;

  static final String FIND =
      """
      MATCH (a:Organisation)-[r:COLLABORATES_WITH {id: $id}]->(b:Organisation)
      OPTIONAL MATCH (t:Topic {id: r.topic})
      RETURN r, a.id AS fromId, a.name AS fromName, b.id AS toId, b.name AS toName,
             t.nameNl AS topicNl, t.nameEn AS topicEn
      """;

  static final String OF_ORGANISATION =
      """
      MATCH (o:Organisation {id: $id})-[r:COLLABORATES_WITH]-(:Organisation)
      WITH r, startNode(r) AS a, endNode(r) AS b
      OPTIONAL MATCH (t:Topic {id: r.topic})
      RETURN r, a.id AS fromId, a.name AS fromName, b.id AS toId, b.name AS toName,
             t.nameNl AS topicNl, t.nameEn AS topicEn
      ORDER BY CASE r.status WHEN 'proposed' THEN 0 WHEN 'confirmed' THEN 1 ELSE 2 END,
               r.since DESC, r.assertedAt DESC
      LIMIT $limit
      """;

  /**
   * Found by its id (the hint: planned on a store without collaborations, Neo4j would seek every
   * proposed one by status instead, and keep that plan).
   */
  static final String CONFIRM =
      """
      MATCH ()-[r:COLLABORATES_WITH {id: $id}]->()
      USING INDEX r:COLLABORATES_WITH(id)
      WHERE r.status = 'proposed'
      SET r.status = 'confirmed', r.confirmedBy = $actor, r.confirmedAt = datetime(),
          r.confirmedOnBehalf = $onBehalf
      RETURN count(r) AS changed
      """;

  static final String END =
      """
      MATCH ()-[r:COLLABORATES_WITH {id: $id}]->()
      WHERE r.status <> 'ended'
      SET r.status = 'ended', r.until = $until, r.endedBy = $actor, r.endedAt = datetime(),
          r.endReason = $reason
      RETURN count(r) AS changed
      """;

  public Sides sides(TransactionContext tx, String from, String to, String topic) {
    Map<String, Object> p = new HashMap<>();
    p.put("from", from);
    p.put("to", to);
    p.put("topic", topic);
    Record r = tx.run(SIDES, p).single();
    Map<String, Ownership> owners = new HashMap<>();
    for (Value side : r.get("sides").values()) {
      List<String> labels = side.get("labels").asList(Value::asString);
      owners.put(
          side.get("id").asString(),
          new Ownership(
              labels.contains("Library") ? Kind.LIBRARY : Kind.PARTNER,
              side.get("version").asLong(0),
              side.get("claimed").asBoolean()));
    }
    return new Sides(owners, r.get("topicKnown").asBoolean(), r.get("openId").asString(null));
  }

  /** The new relation's id, or empty when an open collaboration appeared meanwhile. */
  public Optional<String> create(
      TransactionContext tx, String id, CollaborationForm form, String actor) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("from", form.from());
    p.put("to", form.to());
    p.put("topic", form.topic());
    p.put("since", form.since());
    p.put("note", form.note());
    p.put("actor", actor);
    return tx.run(CREATE, p).list().stream().findFirst().map(r -> r.get("id").asString());
  }

  public Optional<Collaboration> find(TransactionContext tx, String id) {
    return tx.run(FIND, Map.of("id", id)).list().stream()
        .findFirst()
        .map(CollaborationRepository::collaboration);
  }

  public List<Collaboration> ofOrganisation(TransactionContext tx, String id, int limit) {
    return tx.run(OF_ORGANISATION, Map.of("id", id, "limit", limit)).list().stream()
        .map(CollaborationRepository::collaboration)
        .toList();
  }

  public boolean confirm(TransactionContext tx, String id, String actor, boolean onBehalf) {
    return tx.run(CONFIRM, Map.of("id", id, "actor", actor, "onBehalf", onBehalf))
            .single()
            .get("changed")
            .asInt()
        == 1;
  }

  public boolean end(
      TransactionContext tx, String id, java.time.LocalDate until, String actor, String reason) {
    return tx.run(END, Map.of("id", id, "until", until, "actor", actor, "reason", reason))
            .single()
            .get("changed")
            .asInt()
        == 1;
  }

  private static Collaboration collaboration(Record row) {
    Value r = row.get("r");
    return new Collaboration(
        r.get("id").asString(),
        row.get("fromId").asString(),
        row.get("fromName").asString(null),
        row.get("toId").asString(),
        row.get("toName").asString(null),
        r.get("topic").asString(null),
        row.get("topicNl").asString(null),
        row.get("topicEn").asString(null),
        r.get("status").asString(null),
        text(r.get("since")),
        text(r.get("until")),
        r.get("note").asString(null),
        r.get("source").asString(null),
        r.get("assertedBy").asString(null),
        text(r.get("assertedAt")),
        r.get("confirmedBy").asString(null),
        text(r.get("confirmedAt")),
        r.get("confirmedOnBehalf").asBoolean(false),
        r.get("endedBy").asString(null),
        text(r.get("endedAt")),
        r.get("endReason").asString(null));
  }

  /** Dates as {@code 2026-11-21}, date-times to the minute, e.g. {@code 2026-11-21 09:14}. */
  private static String text(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    return switch (v.type().name()) {
      case "DATE" -> v.asLocalDate().toString();
      case "DATE_TIME" ->
          v.asZonedDateTime()
              .withZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
              .toLocalDateTime()
              .toString()
              .replace('T', ' ')
              .substring(0, 16);
      default -> v.toString();
    };
  }
}
