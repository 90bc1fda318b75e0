package org.knooppunt.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Cypher of the import pipeline: the reference data a plan is matched against (each read once per
 * file, never per row), the state of the rows' keys, the batch writes and the {@code ImportJob}
 * nodes. One statement per method, values only as parameters; every batch statement works on a
 * whole batch with {@code UNWIND $rows}.
 */
@ApplicationScoped
public class ImportRepository {

  static final String MUNICIPALITIES =
      """
      MATCH (m:Municipality)
      RETURN m.id AS id, m.name AS name, m.country AS country, m.provinceCode AS region
      """;

  static final String TAXONOMY =
      """
      MATCH (t) WHERE t:Topic OR t:TargetGroup
      RETURN t.id AS id, t.nameNl AS nameNl, t.nameEn AS nameEn, t:Topic AS topic
      """;

  static final String TAALNETWERKEN =
      """
      MATCH (n:Taalnetwerk) WHERE coalesce(n.status, 'active') <> 'deleted'
      RETURN n.id AS id, n.name AS name
      """;

  /** The municipality most used by organisations whose postcode starts with each prefix. */
  static final String POSTCODE_MUNICIPALITIES =
      """
      UNWIND $prefixes AS prefix
      CALL (prefix) {
        MATCH (o:Organisation)-[:LOCATED_IN]->(m:Municipality)
        WHERE o.postcode STARTS WITH prefix
        RETURN m.id AS municipality, count(*) AS n ORDER BY n DESC, municipality LIMIT 1
      }
      RETURN prefix, municipality
      """;

  /**
   * What is stored under each key: the organisation with that import key or, for a KvK/KBO key, an
   * organisation made in Knooppunt with that registration number; its hash and who may edit it.
   */
  static final String EXISTING =
      """
      UNWIND $keys AS k
      OPTIONAL MATCH (byKey:Organisation {importKey: k.key})
      OPTIONAL MATCH (byNumber:Organisation {registrationNumber: k.number})
        WHERE byKey IS NULL AND k.number IS NOT NULL AND byNumber.importKey IS NULL
      WITH k, coalesce(byKey, byNumber) AS o
      RETURN k.key AS key, o.id AS id, o.importHash AS hash, o:Library AS library,
             EXISTS { MATCH (a:Account)-[:ACTS_FOR]->(o)
                      WHERE 'partner' IN a.roles AND coalesce(a.status, 'active') = 'active' }
               AS claimed,
             COLLECT { MATCH (o)-[:LOCATED_IN]->(m:Municipality) RETURN m.provinceCode }[0] AS region
      """;

  /** Organisations in Knooppunt a relation may name, by exact name or registration number. */
  static final String TARGETS =
      """
      UNWIND $refs AS ref
      CALL (ref) {
        MATCH (o:Organisation) WHERE o.name = ref OR o.registrationNumber = ref
        RETURN o LIMIT 2
      }
      RETURN ref, collect({id: o.id, library: o:Library, key: o.importKey,
             claimed: EXISTS { MATCH (a:Account)-[:ACTS_FOR]->(o)
                               WHERE 'partner' IN a.roles AND coalesce(a.status, 'active') = 'active' },
             region: COLLECT { MATCH (o)-[:LOCATED_IN]->(m:Municipality) RETURN m.provinceCode }[0]})
             AS found
      """;

  /**
   * The end of both organisation statements' SET (point and provenance) and the start of the
   * subquery that places the organisation in its municipality.
   */
  private static final String IMPORTED_AND_PLACED =
      """
          o.location = CASE WHEN row.lat IS NULL THEN null
                            ELSE point({latitude: row.lat, longitude: row.lon}) END,
          o.importHash = row.hash, o.importedFrom = $file, o.importedAt = datetime(),
          o.importedBy = $actor, o.importJob = $job
      WITH o, row
      CALL (o, row) {
        MATCH (m:Municipality {id: row.municipality})
      """;

  static final String WRITE_ORGANISATIONS =
      """
      UNWIND $rows AS row
      CALL (row) {
        MATCH (e:Organisation {id: row.existingId}) WHERE e.importKey IS NULL
        SET e.importKey = row.key
      }
      MERGE (o:Organisation {importKey: row.key})
        ON CREATE SET o.id = randomUUID(), o.version = 0, o.status = 'active', o.demo = false,
                      o.createdAt = datetime(), o.createdBy = $actor, o.lastReviewedAt = datetime()
      FOREACH (_ IN CASE WHEN row.library THEN [1] ELSE [] END | SET o:Library)
      FOREACH (_ IN CASE WHEN row.library THEN [] ELSE [1] END | SET o:Partner)
      SET o += row.props, o.version = o.version + 1, o.updatedAt = datetime(), o.updatedBy = $actor,
      """
          + IMPORTED_AND_PLACED
          + """
            CALL (o, m) {
              MATCH (o)-[old:LOCATED_IN]->(x:Municipality) WHERE x <> m DELETE old
            }
            MERGE (o)-[l:LOCATED_IN]->(m)
              ON CREATE SET l.assertedBy = $actor, l.assertedAt = datetime()
            SET l.importedFrom = $file, l.importedAt = datetime(), l.importedBy = $actor,
                l.importJob = $job
            MERGE (o)-[s:SERVES]->(m) ON CREATE SET s.assertedBy = $actor, s.assertedAt = datetime()
            SET s.importedFrom = $file, s.importedAt = datetime(), s.importedBy = $actor,
                s.importJob = $job
          }
          CALL (o, row) {
            MATCH (o)-[x:WORKS_ON]->(t:Topic) WHERE NOT t.id IN row.topics DELETE x
          }
          CALL (o, row) {
            MATCH (o)-[x:MEMBER_OF]->(n:Taalnetwerk)
            WHERE x.importedFrom IS NOT NULL AND NOT n.id IN row.taalnetwerken
            DELETE x
          }
          CALL (o, row) {
            MATCH (o)-[x:REACHES]->(t:TargetGroup) WHERE NOT t.id IN row.targetGroups DELETE x
          }
          CALL (o, row) {
            UNWIND row.topics AS tid MATCH (t:Topic {id: tid})
            MERGE (o)-[r:WORKS_ON]->(t) ON CREATE SET r.assertedBy = $actor, r.assertedAt = datetime()
            SET r.importedFrom = $file, r.importedAt = datetime(), r.importedBy = $actor,
                r.importJob = $job
          }
          CALL (o, row) {
            UNWIND row.targetGroups AS gid MATCH (g:TargetGroup {id: gid})
            MERGE (o)-[r:REACHES]->(g) ON CREATE SET r.assertedBy = $actor, r.assertedAt = datetime()
            SET r.importedFrom = $file, r.importedAt = datetime(), r.importedBy = $actor,
                r.importJob = $job
          }
          RETURN count(o) AS n
          """;

  static final String TAKEN =
      """
      UNWIND $keys AS k
      MATCH (o:Organisation {importKey: k})
      RETURN count(o) AS n
      """;

  /**
   * New organisations: rows the plan found no organisation for, so nothing needs to be matched,
   * compared or removed first. The result is the graph {@link #WRITE_ORGANISATIONS} makes for such
   * a row; a key that appeared since planning fails the unique constraint and the writer falls
   * back.
   */
  static final String CREATE_ORGANISATIONS =
      """
      UNWIND $rows AS row
      CREATE (o:Organisation:$(CASE WHEN row.library THEN 'Library' ELSE 'Partner' END)
              {importKey: row.key})
      SET o += row.props,
          o.id = randomUUID(), o.version = 1, o.status = 'active', o.demo = false,
          o.createdAt = datetime(), o.createdBy = $actor, o.lastReviewedAt = datetime(),
          o.updatedAt = datetime(), o.updatedBy = $actor,
      """
          + IMPORTED_AND_PLACED
          + """
            CREATE (o)-[:LOCATED_IN {assertedBy: $actor, assertedAt: datetime(), importedFrom: $file,
                                     importedAt: datetime(), importedBy: $actor, importJob: $job}]->(m),
                   (o)-[:SERVES {assertedBy: $actor, assertedAt: datetime(), importedFrom: $file,
                                 importedAt: datetime(), importedBy: $actor, importJob: $job}]->(m)
          }
          CALL (o, row) {
            UNWIND row.topics AS tid MATCH (t:Topic {id: tid})
            CREATE (o)-[:WORKS_ON {assertedBy: $actor, assertedAt: datetime(), importedFrom: $file,
                                   importedAt: datetime(), importedBy: $actor, importJob: $job}]->(t)
          }
          CALL (o, row) {
            UNWIND row.targetGroups AS gid MATCH (g:TargetGroup {id: gid})
            CREATE (o)-[:REACHES {assertedBy: $actor, assertedAt: datetime(), importedFrom: $file,
                                  importedAt: datetime(), importedBy: $actor, importJob: $job}]->(g)
          }
          RETURN count(o) AS n
          """;

  /**
   * The imported locations of each row's organisation as its {@code Branch}es: those of this
   * import's id scheme that left the source are removed (never a branch made by hand, which has no
   * import key), the others MERGEd on their import key with their municipality.
   */
  static final String WRITE_BRANCHES =
      """
      UNWIND $rows AS row
      MATCH (o:Organisation {importKey: row.key})
      CALL (o, row) {
        MATCH (o)-[:HAS_BRANCH]->(gone:Branch)
        WHERE gone.importKey STARTS WITH $scheme + ':location:'
          AND NOT gone.importKey IN [l IN row.locations | l.key]
        DETACH DELETE gone
      }
      CALL (o, row) {
        UNWIND row.locations AS l
        MERGE (b:Branch {importKey: l.key})
          ON CREATE SET b.id = randomUUID(), b.status = 'active', b.demo = false, b.version = 0,
                        b.createdAt = datetime(), b.createdBy = $actor,
                        b.lastReviewedAt = datetime()
        SET b.name = l.name, b.street = l.street, b.postcode = l.postcode, b.place = l.place,
            b.location = CASE WHEN l.lat IS NULL THEN null
                              ELSE point({latitude: l.lat, longitude: l.lon}) END,
            b.version = b.version + 1, b.updatedAt = datetime(), b.updatedBy = $actor,
            b.importedFrom = $file, b.importedAt = datetime(), b.importedBy = $actor,
            b.importJob = $job
        WITH b, l
        CALL (o, b) {
          MATCH (other:Organisation)-[x:HAS_BRANCH]->(b) WHERE other <> o DELETE x
        }
        MERGE (o)-[h:HAS_BRANCH]->(b)
        SET h.importedFrom = $file, h.importedAt = datetime(), h.importedBy = $actor,
            h.importJob = $job
        WITH b, l
        CALL (b, l) {
          MATCH (b)-[x:LOCATED_IN]->(m:Municipality)
          WHERE l.municipality IS NULL OR m.id <> l.municipality
          DELETE x
        }
        CALL (b, l) {
          MATCH (m:Municipality {id: l.municipality})
          MERGE (b)-[r:LOCATED_IN]->(m)
          SET r.importedFrom = $file, r.importedAt = datetime(), r.importedBy = $actor,
              r.importJob = $job
        }
      }
      RETURN count(*) AS n
      """;

  /**
   * The imported services of each row's organisation: gone ones (of this id scheme) removed, the
   * others MERGEd on their import key with their topics, target groups and branches; links that
   * left the source are removed.
   */
  static final String WRITE_SERVICES =
      """
      UNWIND $rows AS row
      MATCH (o:Organisation {importKey: row.key})
      CALL (o, row) {
        MATCH (o)-[:OFFERS]->(gone:Service)
        WHERE gone.importKey STARTS WITH $scheme + ':service:'
          AND NOT gone.importKey IN [s IN row.services | s.key]
        DETACH DELETE gone
      }
      CALL (o, row) {
        UNWIND row.services AS sv
        MERGE (s:Service {importKey: sv.key})
          ON CREATE SET s.id = randomUUID(), s.createdAt = datetime(), s.createdBy = $actor
        SET s.name = sv.name, s.description = sv.description, s.updatedAt = datetime(),
            s.importedFrom = $file, s.importedAt = datetime(), s.importedBy = $actor,
            s.importJob = $job
        WITH s, sv
        CALL (o, s) {
          MATCH (other:Organisation)-[x:OFFERS]->(s) WHERE other <> o DELETE x
        }
        MERGE (o)-[r:OFFERS]->(s)
        SET r.importedFrom = $file, r.importedAt = datetime(), r.importedBy = $actor,
            r.importJob = $job
        WITH s, sv
        CALL (s, sv) {
          MATCH (s)-[x:WORKS_ON|REACHES|AT]->(n)
          WHERE CASE type(x)
                  WHEN 'WORKS_ON' THEN NOT n.id IN sv.topics
                  WHEN 'REACHES' THEN NOT n.id IN sv.targetGroups
                  ELSE NOT coalesce(n.importKey IN sv.at, false) END
          DELETE x
        }
        CALL (s, sv) {
          UNWIND sv.topics AS tid MATCH (t:Topic {id: tid})
          MERGE (s)-[r:WORKS_ON]->(t)
          SET r.importedFrom = $file, r.importedAt = datetime(), r.importedBy = $actor,
              r.importJob = $job
        }
        CALL (s, sv) {
          UNWIND sv.targetGroups AS gid MATCH (g:TargetGroup {id: gid})
          MERGE (s)-[r:REACHES]->(g)
          SET r.importedFrom = $file, r.importedAt = datetime(), r.importedBy = $actor,
              r.importJob = $job
        }
        CALL (s, sv) {
          UNWIND sv.at AS bkey MATCH (b:Branch {importKey: bkey})
          MERGE (s)-[r:AT]->(b)
          SET r.importedFrom = $file, r.importedAt = datetime(), r.importedBy = $actor,
              r.importJob = $job
        }
      }
      RETURN count(*) AS n
      """;

  /**
   * Collaborations: an open one between the two is kept (its status is not lowered); otherwise one
   * is created with the status the plan decided.
   */
  static final String WRITE_RELATIONS =
      """
      UNWIND $rows AS row
      MATCH (a:Organisation {importKey: row.fromKey})
      OPTIONAL MATCH (byKey:Organisation {importKey: row.toKey})
      OPTIONAL MATCH (byId:Organisation {id: row.toId})
      WITH a, row, coalesce(byKey, byId) AS b
      WHERE b IS NOT NULL AND a <> b
      CALL (a, b, row) {
        WITH a, b, row
        WHERE NOT EXISTS {
          MATCH (a)-[open:COLLABORATES_WITH]-(b) WHERE coalesce(open.status, 'ended') <> 'ended'
        }
        CREATE (a)-[r:COLLABORATES_WITH {id: randomUUID(), status: row.status, source: 'import',
               since: date(), assertedBy: $actor, assertedAt: datetime(),
               importedFrom: $file, importedAt: datetime(), importedBy: $actor, importJob: $job}]->(b)
      }
      RETURN count(*) AS n
      """;

  static final String WRITE_MEMBERSHIPS =
      """
      UNWIND $rows AS row
      MATCH (o:Organisation {importKey: row.key})
      MATCH (n:Taalnetwerk {id: row.taalnetwerk})
      MERGE (o)-[r:MEMBER_OF]->(n)
        ON CREATE SET r.since = date(), r.assertedBy = $actor, r.assertedAt = datetime()
      SET r.roles = row.roles, r.importedFrom = $file, r.importedAt = datetime(),
          r.importedBy = $actor, r.importJob = $job
      RETURN count(r) AS n
      """;

  static final String CREATE_JOB =
      """
      CREATE (j:ImportJob {id: $id, status: 'preview', fileName: $file, files: $files, format: $format,
              user: $actor, createdAt: datetime(), totalRows: $total, rowsDone: 0,
              batchesTotal: 0, batchesDone: 0, created: 0, updated: 0, unchanged: 0,
              rejected: $rejected, rejectedRows: $rejectedRows, cancelRequested: false,
              wouldCreate: $wouldCreate, wouldUpdate: $wouldUpdate, wouldUnchanged: $wouldUnchanged})
      """;

  /** Moves a job to running, only from preview (or from interrupted for a re-run). */
  static final String START_JOB =
      """
      MATCH (j:ImportJob {id: $id}) WHERE j.status IN ['preview', 'queued']
      SET j.status = 'running', j.startedAt = datetime(), j.batchesTotal = $batches,
          j.totalRows = $total, j.rejected = $rejected, j.rejectedRows = $rejectedRows,
          j.unchanged = $unchanged
      RETURN j.id AS id
      """;

  static final String QUEUE_JOB =
      """
      MATCH (j:ImportJob {id: $id}) WHERE j.status = 'preview'
      SET j.status = 'queued'
      RETURN j.id AS id
      """;

  /** Counts one batch done, in the batch's own transaction; says whether a cancel was asked. */
  static final String BATCH_DONE =
      """
      MATCH (j:ImportJob {id: $id})
      SET j.batchesDone = j.batchesDone + 1, j.rowsDone = j.rowsDone + $rows,
          j.created = j.created + $created, j.updated = j.updated + $updated,
          j.lastBatchAt = datetime()
      RETURN j.cancelRequested AS cancel
      """;

  static final String FINISH_JOB =
      """
      MATCH (j:ImportJob {id: $id})
      SET j.status = $status, j.finishedAt = datetime(), j.failure = $failure
      """;

  static final String CANCEL_JOB =
      """
      MATCH (j:ImportJob {id: $id})
      SET j.cancelRequested = true,
          j.status = CASE WHEN j.status IN ['preview', 'queued'] THEN 'cancelled' ELSE j.status END,
          j.finishedAt = CASE WHEN j.status IN ['preview', 'queued'] THEN datetime()
                              ELSE j.finishedAt END
      RETURN j.status AS status
      """;

  static final String JOB =
      """
      MATCH (j:ImportJob {id: $id})
      RETURN j {.*, createdAt: toString(j.createdAt), startedAt: toString(j.startedAt),
                finishedAt: toString(j.finishedAt), lastBatchAt: toString(j.lastBatchAt)} AS j
      """;

  static final String INTERRUPT_RUNNING =
      """
      MATCH (j:ImportJob) WHERE j.status IN ['running', 'queued']
      SET j.status = 'interrupted', j.finishedAt = datetime()
      RETURN count(j) AS n
      """;

  /** One municipality as the planner matches it. */
  public record MunicipalityRef(String id, String name, String country, String region) {}

  /** One topic or target group, by id and both names. */
  public record TermRef(String id, String nameNl, String nameEn, boolean topic) {}

  /** What is stored under a key now. */
  public record Existing(
      String key, String id, String hash, boolean library, boolean claimed, String region) {}

  /** An organisation in Knooppunt that a relation names. */
  public record Target(String id, String key, boolean library, boolean claimed, String region) {}

  public List<MunicipalityRef> municipalities(TransactionContext tx) {
    return tx.run(MUNICIPALITIES)
        .list(r ->
            new MunicipalityRef(
                r.get("id").asString(),
                r.get("name").asString(null),
                r.get("country").asString(null),
                r.get("region").asString(null)));
  }

  public List<TermRef> taxonomy(TransactionContext tx) {
    return tx.run(TAXONOMY)
        .list(r ->
            new TermRef(
                r.get("id").asString(),
                r.get("nameNl").asString(null),
                r.get("nameEn").asString(null),
                r.get("topic").asBoolean()));
  }

  public Map<String, String> taalnetwerken(TransactionContext tx) {
    Map<String, String> byId = new HashMap<>();
    tx.run(TAALNETWERKEN)
        .list()
        .forEach(r -> byId.put(r.get("id").asString(), r.get("name").asString(null)));
    return byId;
  }

  public Map<String, String> postcodeMunicipalities(TransactionContext tx, List<String> prefixes) {
    Map<String, String> result = new HashMap<>();
    tx.run(POSTCODE_MUNICIPALITIES, Map.of("prefixes", prefixes))
        .list()
        .forEach(r -> result.put(r.get("prefix").asString(), r.get("municipality").asString(null)));
    return result;
  }

  /** {@code keys}: maps of {@code key} and (for KvK/KBO keys) {@code number}. */
  public Map<String, Existing> existing(TransactionContext tx, List<Map<String, Object>> keys) {
    Map<String, Existing> result = new HashMap<>();
    for (Record r : tx.run(EXISTING, Map.of("keys", keys)).list()) {
      if (r.get("id").isNull()) {
        continue;
      }
      result.put(
          r.get("key").asString(),
          new Existing(
              r.get("key").asString(),
              r.get("id").asString(),
              r.get("hash").asString(null),
              r.get("library").asBoolean(false),
              r.get("claimed").asBoolean(false),
              r.get("region").asString(null)));
    }
    return result;
  }

  /** Per reference, the organisations it names (at most two: two means ambiguous). */
  public Map<String, List<Target>> targets(TransactionContext tx, List<String> refs) {
    Map<String, List<Target>> result = new HashMap<>();
    for (Record r : tx.run(TARGETS, Map.of("refs", refs)).list()) {
      result.put(
          r.get("ref").asString(),
          r.get("found")
              .asList(v ->
                  new Target(
                      v.get("id").asString(),
                      v.get("key").asString(null),
                      v.get("library").asBoolean(false),
                      v.get("claimed").asBoolean(false),
                      v.get("region").asString(null))));
    }
    return result;
  }

  public void writeOrganisations(
      TransactionContext tx, List<Map<String, Object>> rows, Provenance p) {
    tx.run(WRITE_ORGANISATIONS, p.with("rows", rows)).consume();
  }

  /** How many of the rows' keys an organisation holds now. */
  public int taken(TransactionContext tx, List<Map<String, Object>> rows) {
    List<Object> keys = rows.stream().map(r -> r.get("key")).toList();
    return tx.run(TAKEN, Map.of("keys", keys)).single().get("n").asInt();
  }

  /** Rows the plan creates: no organisation had their key when it was made. */
  public void createOrganisations(
      TransactionContext tx, List<Map<String, Object>> rows, Provenance p) {
    tx.run(CREATE_ORGANISATIONS, p.with("rows", rows)).consume();
  }

  /** The rows' locations; {@code scheme} is the import's id scheme. */
  public void writeBranches(
      TransactionContext tx, List<Map<String, Object>> rows, String scheme, Provenance p) {
    Map<String, Object> params = p.with("rows", rows);
    params.put("scheme", scheme);
    tx.run(WRITE_BRANCHES, params).consume();
  }

  /** The rows' services, after their branches; {@code scheme} is the import's id scheme. */
  public void writeServices(
      TransactionContext tx, List<Map<String, Object>> rows, String scheme, Provenance p) {
    Map<String, Object> params = p.with("rows", rows);
    params.put("scheme", scheme);
    tx.run(WRITE_SERVICES, params).consume();
  }

  public void writeRelations(TransactionContext tx, List<Map<String, Object>> rows, Provenance p) {
    tx.run(WRITE_RELATIONS, p.with("rows", rows)).consume();
  }

  public void writeMemberships(
      TransactionContext tx, List<Map<String, Object>> rows, Provenance p) {
    tx.run(WRITE_MEMBERSHIPS, p.with("rows", rows)).consume();
  }

  /** Who imports which file in which job: stored on everything an import touches. */
  public record Provenance(String actor, String file, String job) {
    Map<String, Object> with(String key, Object value) {
      Map<String, Object> p = new HashMap<>();
      p.put("actor", actor);
      p.put("file", file);
      p.put("job", job);
      p.put(key, value);
      return p;
    }
  }

  public void createJob(TransactionContext tx, Map<String, Object> params) {
    tx.run(CREATE_JOB, params).consume();
  }

  public boolean queue(TransactionContext tx, String id) {
    return !tx.run(QUEUE_JOB, Map.of("id", id)).list().isEmpty();
  }

  public boolean start(TransactionContext tx, Map<String, Object> params) {
    return !tx.run(START_JOB, params).list().isEmpty();
  }

  /** True when a cancel was asked. */
  public boolean batchDone(TransactionContext tx, String id, int rows, int created, int updated) {
    return tx.run(
            BATCH_DONE, Map.of("id", id, "rows", rows, "created", created, "updated", updated))
        .single()
        .get("cancel")
        .asBoolean(false);
  }

  public void finish(TransactionContext tx, String id, String status, String failure) {
    Map<String, Object> p = new HashMap<>();
    p.put("id", id);
    p.put("status", status);
    p.put("failure", failure);
    tx.run(FINISH_JOB, p).consume();
  }

  public String cancel(TransactionContext tx, String id) {
    return tx.run(CANCEL_JOB, Map.of("id", id)).list().stream()
        .findFirst()
        .map(r -> r.get("status").asString())
        .orElse(null);
  }

  public Map<String, Object> job(TransactionContext tx, String id) {
    return tx.run(JOB, Map.of("id", id)).list().stream()
        .findFirst()
        .map(r -> r.get("j").asMap(Value::asObject))
        .orElse(null);
  }

  public long interruptRunning(TransactionContext tx) {
    return tx.run(INTERRUPT_RUNNING).single().get("n").asLong();
  }
}
