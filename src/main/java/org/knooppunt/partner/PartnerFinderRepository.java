package org.knooppunt.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The partner finder, ranked by the graph with Cypher: every candidate is found by what it shares
 * with the need and with us — a topic of the need (or a narrower one) it works on, a target group
 * it reaches, a partner of ours it works with — and scored by those shares, its distance and its
 * roles in taalnetwerken; stale profiles count half. Current partners (a collaboration that has not
 * ended) and we ourselves are left out.
 *
 * <p>Shaped by the benchmark (src/bench/partner-benchmark.sh). Two statements give the same
 * ranking: {@link #SHORTLIST} ranks only the partners of our partners and says whether nobody else
 * could reach its top (then it is the answer: a library with many partners has its top there); when
 * only nearness could still lift another candidate that far, {@link #NEARBY} ranks the few
 * candidates close enough, found through the point index; {@link #FIND} ranks everyone who shares
 * the need. FIND finds the candidates and what they share in one pass outward from the need's topic
 * and target-group nodes, our partners and the taalnetwerken (each row one step, no per-candidate
 * pattern search), filtered by the area while they are found, and counts them; it then reads
 * locations and review dates only for candidates whose shares plus the full nearness bonus can
 * still reach the top, and looks the reasons (names) up for the winners only.
 */
@ApplicationScoped
public class PartnerFinderRepository {

  /** Weights of the score; the README explains them. */
  static final double TOPIC = 2.0;

  static final double TARGET_GROUP = 3.0;
  static final double COMMON_PARTNER = 1.5;
  static final double MAX_COMMON_PARTNERS = 5;
  static final double NEAR = 2.0;
  static final double NEAR_KM = 15.0;
  static final double TAALNETWERK = 1.0;
  static final double STALE = 0.5;

  /**
   * How many of the best candidates by the shares alone (per result asked) are scored exactly to
   * find the score a candidate must be able to reach (see {@link #FIND}).
   */
  static final int SAMPLE_PER_RESULT = 10;

  /**
   * Who asks and from where, the start of every finder statement: {@code us} is the organisation
   * that speaks for {@code $for} (itself, a branch's library, a community's host, the library of a
   * taalnetwerk's Taalhuis) and {@code here} the location of {@code $for} or else of {@code us}.
   */
  private static final String CENTRE =
      """
      CALL () {
        MATCH (me:Organisation {id: $for}) RETURN me, me AS us
        UNION MATCH (us:Library)-[:HAS_BRANCH]->(me:Branch {id: $for}) RETURN me, us
        UNION MATCH (us:Organisation)-[:HOSTS]->(c:Community {id: $for})
              RETURN coalesce([(c)-[:MEETS_AT]->(b:Branch) | b][0], c) AS me, us
        UNION MATCH (:Taalnetwerk {id: $for})-[:HAS_TAALHUIS]->(me:Branch)<-[:HAS_BRANCH]-(us:Library)
              RETURN me, us
      }
      WITH me, us, coalesce(me.location, us.location) AS here LIMIT 1
      """;

  /**
   * The columns of a suggestion, once the statement has kept its top {@code $limit} candidates
   * {@code o} in rank order: what it is and where, its {@code score}, {@code km} and {@code stale},
   * and the reasons by name — the need's topics it works on (or narrower ones), the need's target
   * groups it reaches, our {@code partners} it works with, its taalnetwerk roles.
   */
  private static final String SUGGESTION =
      """
      RETURN o.id AS id, o.name AS name,
             CASE WHEN o:Library THEN 'library' ELSE 'partner' END AS kind, o.sector AS sector,
             [(o)-[:LOCATED_IN]->(m:Municipality) | m.name][0] AS municipality,
             score, km, stale,
             COLLECT { UNWIND $topics AS topic
                       MATCH (:Topic {id: topic})<-[:BROADER*0..4]-(t:Topic)<-[:WORKS_ON]-(o)
                       RETURN DISTINCT CASE WHEN $english THEN coalesce(t.nameEn, t.nameNl) ELSE t.nameNl END } AS topics,
             COLLECT { MATCH (o)-[:REACHES]->(g:TargetGroup) WHERE g.id IN $targetGroups
                       RETURN DISTINCT CASE WHEN $english THEN coalesce(g.nameEn, g.nameNl) ELSE g.nameNl END } AS groups,
             COLLECT { MATCH (o)-[r2:COLLABORATES_WITH]-(p:Organisation)
                       WHERE coalesce(r2.status, 'ended') <> 'ended' AND p IN partners
                       RETURN DISTINCT p.name } AS common,
             [(o)-[m:MEMBER_OF]->(n:Taalnetwerk) | {roles: m.roles, network: n.name}] AS taal
      """;

  /**
   * Everyone who shares the need, ranked. After counting, {@code base} is a candidate's score
   * without nearness and staleness; its score is at most {@code base + $near}. The best {@code
   * $sample} by base are scored exactly (area, status, distance, staleness): the {@code $limit}-th
   * of those ({@code floor}) is a score the top reaches at least, so only candidates with {@code
   * base + $near >= floor} are scored exactly — the rest cannot enter the top (all of them when the
   * sample has fewer than {@code $limit}).
   */
  static final String FIND =
      CENTRE
          + """
          WITH us, here,
               COLLECT { MATCH (us)-[r:COLLABORATES_WITH]-(p) WHERE coalesce(r.status, 'ended') <> 'ended' RETURN p } AS partners
          CALL (us, here) {
            CALL (us, here) {
              UNWIND $topics AS topic
              MATCH (:Topic {id: topic})<-[:BROADER*0..4]-(t:Topic)<-[:WORKS_ON]-(o)
              WHERE $radiusKm IS NULL OR point.distance(here, o.location) <= $radiusKm * 1000.0
              RETURN o, 'topic' AS kind, null AS x
              UNION ALL
              UNWIND $targetGroups AS group
              MATCH (g:TargetGroup {id: group})<-[:REACHES]-(o)
              WHERE $radiusKm IS NULL OR point.distance(here, o.location) <= $radiusKm * 1000.0
              RETURN o, 'targetGroup' AS kind, null AS x
              UNION ALL
              MATCH (us)-[r1:COLLABORATES_WITH]-(p)-[r2:COLLABORATES_WITH]-(o)
              WHERE coalesce(r1.status, 'ended') <> 'ended' AND coalesce(r2.status, 'ended') <> 'ended'
                AND ($radiusKm IS NULL OR point.distance(here, o.location) <= $radiusKm * 1000.0)
              RETURN o, 'partner' AS kind, null AS x
              UNION ALL
              MATCH (us)-[r:COLLABORATES_WITH]-(o) WHERE coalesce(r.status, 'ended') <> 'ended'
              RETURN o, 'current' AS kind, null AS x
              UNION ALL
              MATCH (n:Taalnetwerk)<-[:MEMBER_OF]-(o:Organisation)
              RETURN o, 'taal' AS kind, null AS x
            }
            WITH o, sum(CASE kind WHEN 'current' THEN 1 ELSE 0 END) AS current,
                 sum(CASE kind WHEN 'topic' THEN 1 ELSE 0 END) AS topics,
                 sum(CASE kind WHEN 'targetGroup' THEN 1 ELSE 0 END) AS groups,
                 sum(CASE kind WHEN 'partner' THEN 1 ELSE 0 END) AS common,
                 sum(CASE kind WHEN 'taal' THEN 1 ELSE 0 END) AS taal
            WHERE current = 0 AND topics + groups > 0 AND o <> us
            RETURN o, topics, groups, common, taal
          }
          WITH us, here, partners, o,
               $topic * topics + $targetGroup * groups
               + $commonPartner * CASE WHEN common > $maxCommon THEN $maxCommon ELSE common END
               + $taalnetwerk * taal AS base
          WITH us, here, partners, collect({o: o, base: base}) AS candidates
          WITH us, here, partners, candidates,
               COLLECT { UNWIND candidates AS c
                         WITH c ORDER BY c.base DESC LIMIT $sample
                         WITH c.o AS o, c.base AS base,
                              CASE WHEN here IS NULL OR c.o.location IS NULL THEN null
                                   ELSE point.distance(here, c.o.location) / 1000.0 END AS km
                         WHERE ($radiusKm IS NULL OR (km IS NOT NULL AND km <= $radiusKm))
                           AND coalesce(o.status, 'active') = 'active'
                           AND (size($municipalities) = 0
                                OR EXISTS { (o)-[:LOCATED_IN|SERVES]->(m:Municipality) WHERE m.id IN $municipalities })
                         WITH (base + CASE WHEN km IS NULL THEN 0 ELSE $near * exp(-km / $nearKm) END)
                              * CASE WHEN o.lastReviewedAt IS NULL OR o.lastReviewedAt < datetime() - duration('P24M')
                                     THEN $stale ELSE 1.0 END AS score
                         RETURN score ORDER BY score DESC SKIP $limit - 1 LIMIT 1 } AS floor
          UNWIND [c IN candidates WHERE size(floor) = 0 OR c.base + $near >= floor[0]] AS c
          WITH us, here, partners, c.o AS o, c.base AS base,
               CASE WHEN here IS NULL OR c.o.location IS NULL THEN null
                    ELSE point.distance(here, c.o.location) / 1000.0 END AS km
          WHERE ($radiusKm IS NULL OR (km IS NOT NULL AND km <= $radiusKm))
            AND coalesce(o.status, 'active') = 'active'
            AND (size($municipalities) = 0
                 OR EXISTS { (o)-[:LOCATED_IN|SERVES]->(m:Municipality) WHERE m.id IN $municipalities })
          WITH us, partners, o, km, o.lastReviewedAt IS NULL OR o.lastReviewedAt < datetime() - duration('P24M') AS stale,
               base + CASE WHEN km IS NULL THEN 0 ELSE $near * exp(-km / $nearKm) END AS points
          WITH partners, o, km, stale, points * CASE WHEN stale THEN $stale ELSE 1.0 END AS score
          ORDER BY score DESC, o.name
          LIMIT $limit
          """
          + SUGGESTION;

  /**
   * The exact score of candidate {@code o} with {@code common} partners in common, for the
   * shortlist: its topics and target groups of the need and its taalnetwerk memberships in one walk
   * over its relationships, its distance from {@code here}; candidates outside the area, inactive
   * or sharing nothing of the need are dropped. Needs {@code here}, {@code needTopics}, {@code
   * needGroups} in scope; adds {@code km}, {@code stale} and {@code score} ({@code WITH *}, so it
   * serves inside a subquery as well).
   */
  private static final String SCORED =
      """
      WITH *, [(o)-[r:WORKS_ON|REACHES|MEMBER_OF]->(x) |
               CASE WHEN type(r) <> 'MEMBER_OF' THEN x WHEN x:Taalnetwerk THEN 'taal' END] AS shares,
           CASE WHEN here IS NULL OR o.location IS NULL THEN null
                ELSE point.distance(here, o.location) / 1000.0 END AS km
      WITH *, size([x IN shares WHERE x = 'taal']) AS taal,
           reduce(s = 0, x IN shares | s + size([t IN needTopics WHERE t = x])) AS topics,
           reduce(s = 0, x IN shares | s + size([g IN needGroups WHERE g = x])) AS groups
      WHERE topics + groups > 0
        AND ($radiusKm IS NULL OR (km IS NOT NULL AND km <= $radiusKm))
        AND coalesce(o.status, 'active') = 'active'
        AND (size($municipalities) = 0
             OR EXISTS { (o)-[:LOCATED_IN|SERVES]->(m:Municipality) WHERE m.id IN $municipalities })
      WITH *, o.lastReviewedAt IS NULL OR o.lastReviewedAt < datetime() - duration('P24M') AS stale
      WITH *, ($topic * topics + $targetGroup * groups
               + $commonPartner * CASE WHEN common > $maxCommon THEN $maxCommon ELSE common END
               + CASE WHEN km IS NULL THEN 0 ELSE $near * exp(-km / $nearKm) END
               + $taalnetwerk * taal) * CASE WHEN stale THEN $stale ELSE 1.0 END AS score
      """;

  /**
   * The fast path of the finder: the same ranking as {@link #FIND}, but only among the candidates
   * that share a partner with us (partners of our partners), and with the highest score any other
   * candidate could reach ({@code ceiling}: every topic and target group of the need, the full
   * nearness bonus and the most taalnetwerk roles any organisation has, no partner in common). When
   * the last of the top {@code $limit} scores more than that ceiling, nothing outside the shortlist
   * can enter the top, and the whole graph need not be walked (see {@link Shortlist#complete}).
   * Counts like {@link #FIND}: a topic per path from the need's topic, a target group per match, a
   * partner in common per pair of collaborations (the ceiling assumes one WORKS_ON per topic and
   * one REACHES per target group, which every write path keeps with MERGE).
   *
   * <p>Pruned as FIND is: a candidate scores at most {@code ceiling} plus its partners in common
   * (at most {@code $maxCommon} of them count). The {@code $sample} with the most partners in
   * common are scored exactly ({@link #SCORED}) first; the {@code $limit}-th of those scores
   * ({@code floor}) is reached by the top, so only candidates whose bound reaches it are scored —
   * for a library with hundreds of partners a few hundred of its thousands of partners of partners.
   * Ties are kept (the name decides among equal scores).
   */
  static final String SHORTLIST =
      CENTRE
          + """
          WITH us, here,
               COLLECT { UNWIND $topics AS topic
                         MATCH (:Topic {id: topic})<-[:BROADER*0..4]-(t:Topic) RETURN t } AS needTopics,
               COLLECT { UNWIND $targetGroups AS group
                         MATCH (g:TargetGroup {id: group}) RETURN g } AS needGroups,
               COLLECT { MATCH (us)-[r:COLLABORATES_WITH]-(p) WHERE coalesce(r.status, 'ended') <> 'ended' RETURN p } AS partners,
               COLLECT { MATCH (o:Organisation)-[:MEMBER_OF]->(:Taalnetwerk)
                         WITH o, count(*) AS n RETURN max(n) } AS mostTaal
          WITH us, here, needTopics, needGroups, partners,
               $topic * size(needTopics) + $targetGroup * size(needGroups) + $near
                 + $taalnetwerk * coalesce(mostTaal[0], 0) AS ceiling
          CALL (us, here, partners) {
            CALL (partners) {
              UNWIND partners AS p
              MATCH (p)-[r2:COLLABORATES_WITH]-(o)
              WHERE coalesce(r2.status, 'ended') <> 'ended'
              RETURN o, 'partner' AS kind
              UNION ALL
              UNWIND partners AS o
              RETURN o, 'current' AS kind
            }
            WITH o, sum(CASE kind WHEN 'current' THEN 1 ELSE 0 END) AS current,
                 sum(CASE kind WHEN 'partner' THEN 1 ELSE 0 END) AS common
            WHERE current = 0 AND o <> us
              AND ($radiusKm IS NULL OR point.distance(here, o.location) <= $radiusKm * 1000.0)
            RETURN collect({o: o, common: common}) AS candidates
          }
          WITH us, here, needTopics, needGroups, partners, ceiling, candidates,
               COLLECT { UNWIND candidates AS c
                         WITH c ORDER BY c.common DESC LIMIT $sample
                         WITH c.o AS o, c.common AS common
          """
          + SCORED
          + """
                         RETURN score ORDER BY score DESC SKIP $limit - 1 LIMIT 1 } AS floor
          UNWIND [c IN candidates
                  WHERE size(floor) = 0
                     OR ceiling + $commonPartner * CASE WHEN c.common > $maxCommon THEN $maxCommon ELSE c.common END
                        >= floor[0] - 1e-9] AS c
          WITH us, here, needTopics, needGroups, partners, ceiling, c.o AS o, c.common AS common
          """
          + SCORED
          + """
          ORDER BY score DESC, o.name
          LIMIT $limit
          """
          + SUGGESTION
          + ", ceiling";

  /**
   * The second stage of the finder, for when the top of the shortlist is not decided by itself
   * ({@link Shortlist#nearbyKm}): a candidate who shares no partner with us scores at most the
   * ceiling of the shares ({@code ceiling - $near}) plus its nearness {@code
   * $near·e^(−km/$nearKm)}, so only one within {@code $withinKm} of us can still reach the
   * shortlist's last score. Those few are found through the point index on {@code
   * Organisation.location} and scored exactly, like {@link #FIND} (partners in common included).
   */
  static final String NEARBY =
      CENTRE
          + """
          WITH us, here,
               COLLECT { UNWIND $topics AS topic
                         MATCH (:Topic {id: topic})<-[:BROADER*0..4]-(t:Topic) RETURN t } AS needTopics,
               COLLECT { UNWIND $targetGroups AS group
                         MATCH (g:TargetGroup {id: group}) RETURN g } AS needGroups,
               COLLECT { MATCH (us)-[r:COLLABORATES_WITH]-(p) WHERE coalesce(r.status, 'ended') <> 'ended' RETURN p } AS partners
          MATCH (o:Organisation)
          WHERE point.distance(o.location, here) <= $withinKm * 1000.0
          WITH us, here, needTopics, needGroups, partners, o,
               [(o)-[r:WORKS_ON|REACHES|MEMBER_OF]->(x) |
                CASE WHEN type(r) <> 'MEMBER_OF' THEN x WHEN x:Taalnetwerk THEN 'taal' END] AS shares
          WITH us, here, partners, o, size([x IN shares WHERE x = 'taal']) AS taal,
               reduce(s = 0, x IN shares | s + size([t IN needTopics WHERE t = x])) AS topics,
               reduce(s = 0, x IN shares | s + size([g IN needGroups WHERE g = x])) AS groups
          WHERE topics + groups > 0 AND o <> us AND NOT o IN partners
          WITH us, partners, o, topics, groups, taal, point.distance(here, o.location) / 1000.0 AS km
          WHERE ($radiusKm IS NULL OR km <= $radiusKm)
            AND coalesce(o.status, 'active') = 'active'
            AND (size($municipalities) = 0
                 OR EXISTS { (o)-[:LOCATED_IN|SERVES]->(m:Municipality) WHERE m.id IN $municipalities })
          // A partner in common per pair of collaborations, as FIND counts: from o's few
          // collaborations, each other side as often as it is among our partners.
          WITH us, partners, o, topics, groups, km, taal,
               reduce(s = 0, p IN [(o)-[r2:COLLABORATES_WITH]-(p) WHERE coalesce(r2.status, 'ended') <> 'ended' | p] |
                      s + size([x IN partners WHERE x = p])) AS common
          WITH us, partners, o, km, o.lastReviewedAt IS NULL OR o.lastReviewedAt < datetime() - duration('P24M') AS stale,
               ($topic * topics + $targetGroup * groups
                + $commonPartner * CASE WHEN common > $maxCommon THEN $maxCommon ELSE common END
                + $near * exp(-km / $nearKm)
                + $taalnetwerk * taal) AS points
          WITH us, partners, o, km, stale, points * CASE WHEN stale THEN $stale ELSE 1.0 END AS score
          ORDER BY score DESC, o.name
          LIMIT $limit
          """
          + SUGGESTION;

  public record Query(
      String forId,
      List<String> topics,
      List<String> targetGroups,
      Integer radiusKm,
      List<String> municipalities,
      boolean english,
      int limit) {}

  /**
   * The top of the shortlist (partners of our partners) and how far it decides the top of everyone:
   * complete when the shortlist filled the limit and its last score beats what any candidate
   * outside it could score; otherwise, when that last score beats the ceiling of the shares alone,
   * only candidates within {@code nearbyKm} of us can still reach it (see {@link #NEARBY});
   * otherwise ({@code nearbyKm} null) everyone must be ranked.
   *
   * @param scores the exact scores of {@code top}, in its order (the suggestions carry rounded
   *     ones)
   */
  public record Shortlist(
      List<Suggestion> top, List<Double> scores, boolean complete, Double nearbyKm) {}

  public Shortlist shortlist(TransactionContext tx, Query q) {
    List<org.neo4j.driver.Record> rows = tx.run(SHORTLIST, parameters(q, null)).list();
    List<Double> scores = rows.stream().map(r -> r.get("score").asDouble()).toList();
    boolean complete = false;
    Double nearbyKm = null;
    if (rows.size() == q.limit()) {
      double last = scores.getLast();
      double ceiling = rows.getLast().get("ceiling").asDouble();
      complete = last > ceiling + 1e-9;
      // Nearness must add at least last − (ceiling − NEAR): NEAR·e^(−km/NEAR_KM) >= that.
      double needed = last - (ceiling - NEAR);
      if (!complete && needed > 1e-9) {
        nearbyKm = NEAR_KM * Math.log(NEAR / needed) + 1e-6;
      }
    }
    return new Shortlist(
        rows.stream().map(PartnerFinderRepository::suggestion).toList(),
        scores,
        complete,
        nearbyKm);
  }

  /**
   * The top among candidates within {@code withinKm} of us, scored exactly ({@link #NEARBY}),
   * merged with the shortlist's top: the top of everyone when the shortlist gave that distance.
   */
  public List<Suggestion> nearby(TransactionContext tx, Query q, Shortlist shortlist) {
    record Scored(double score, Suggestion suggestion) {}
    Map<String, Scored> merged = new HashMap<>();
    for (int i = 0; i < shortlist.top().size(); i++) {
      Suggestion s = shortlist.top().get(i);
      merged.put(s.id(), new Scored(shortlist.scores().get(i), s));
    }
    tx.run(NEARBY, parameters(q, shortlist.nearbyKm()))
        .forEachRemaining(r -> {
          Suggestion s = suggestion(r);
          merged.putIfAbsent(s.id(), new Scored(r.get("score").asDouble(), s));
        });
    return merged.values().stream()
        .sorted(
            java.util.Comparator.comparingDouble(Scored::score)
                .reversed()
                .thenComparing(
                    c -> c.suggestion().name(),
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .limit(q.limit())
        .map(Scored::suggestion)
        .toList();
  }

  public List<Suggestion> find(TransactionContext tx, Query q) {
    return tx.run(FIND, parameters(q, null)).list(PartnerFinderRepository::suggestion);
  }

  private static Map<String, Object> parameters(Query q, Double withinKm) {
    Map<String, Object> p = new HashMap<>();
    p.put("withinKm", withinKm);
    p.put("for", q.forId());
    p.put("topics", q.topics());
    p.put("targetGroups", q.targetGroups());
    p.put("radiusKm", q.radiusKm());
    p.put("municipalities", q.municipalities());
    p.put("english", q.english());
    p.put("limit", q.limit());
    p.put("topic", TOPIC);
    p.put("targetGroup", TARGET_GROUP);
    p.put("commonPartner", COMMON_PARTNER);
    p.put("maxCommon", MAX_COMMON_PARTNERS);
    p.put("near", NEAR);
    p.put("nearKm", NEAR_KM);
    p.put("taalnetwerk", TAALNETWERK);
    p.put("stale", STALE);
    p.put("sample", SAMPLE_PER_RESULT * q.limit());
    return p;
  }

  private static Suggestion suggestion(org.neo4j.driver.Record r) {
    return new Suggestion(
        r.get("id").asString(),
        r.get("name").asString(null),
        r.get("kind").asString(),
        r.get("sector").asString(null),
        r.get("municipality").asString(null),
        Math.round(r.get("score").asDouble() * 100) / 100.0,
        r.get("km").isNull() ? null : Math.round(r.get("km").asDouble() * 10) / 10.0,
        sorted(r.get("topics")),
        sorted(r.get("groups")),
        sorted(r.get("common")),
        r.get("taal")
            .asList(t ->
                (t.get("roles").isNull()
                        ? ""
                        : String.join(", ", t.get("roles").asList(Value::asString)) + " · ")
                    + t.get("network").asString("")),
        r.get("stale").asBoolean());
  }

  /**
   * The shortest chain of at most 4 relations from one organisation to another, over employment,
   * acquaintance and collaborations that have not ended, through people only where they consented
   * to introductions (the predicate is inside the search, so a refusing person is never passed).
   */
  static final String INTRODUCTION =
      """
      MATCH p = SHORTEST 1 (a:Organisation {id: $from})
        ((x)-[r:WORKS_FOR|KNOWS|COLLABORATES_WITH]-(y)
          WHERE (y:Organisation OR (y:Person AND y.consentIntroductions = true))
            AND coalesce(r.status, 'confirmed') <> 'ended'){1,4}
        (b:Organisation {id: $to})
      RETURN [n IN nodes(p) | {id: n.id, name: n.name, jobTitle: n.jobTitle,
                               kind: CASE WHEN n:Person THEN 'person'
                                          WHEN n:Library THEN 'library' ELSE 'partner' END}] AS steps,
             [r IN relationships(p) | type(r)] AS relations
      """;

  public Optional<IntroductionPath> introduction(TransactionContext tx, String from, String to) {
    return tx.run(INTRODUCTION, Map.of("from", from, "to", to)).list().stream()
        .findFirst()
        .map(r ->
            new IntroductionPath(
                r.get("steps")
                    .asList(v ->
                        new IntroductionPath.Step(
                            v.get("id").asString(),
                            v.get("kind").asString(),
                            v.get("name").asString(null),
                            v.get("jobTitle").asString(null))),
                r.get("relations").asList(Value::asString)));
  }

  /**
   * Whom to ask for an introduction: the first of the chain's middle steps (in path order) that is
   * not the asking user herself — a person, with the accounts linked to her and her organisation,
   * or an organisation that introduces through its own relations.
   */
  static final String RECIPIENT =
      """
      UNWIND range(0, size($steps) - 1) AS i
      CALL (i) {
        MATCH (p:Person {id: $steps[i]})
        WHERE NOT EXISTS { (:Account {username: $username})-[:IS]->(p) }
        RETURN p AS n
        UNION
        MATCH (o:Organisation {id: $steps[i]}) RETURN o AS n
      }
      WITH n ORDER BY i LIMIT 1
      RETURN n.id AS id, n.name AS name,
             [(a:Account)-[:IS]->(n) | a.id] AS accounts,
             CASE WHEN n:Person THEN [(n)-[:WORKS_FOR]->(o:Organisation) | o.id][0]
                  ELSE n.id END AS organisation
      """;

  /** Whom to ask (a person or an organisation), her linked accounts and her organisation. */
  public record Recipient(String id, String name, List<String> accounts, String organisation) {}

  public Optional<Recipient> recipient(TransactionContext tx, List<String> steps, String username) {
    if (steps.isEmpty()) {
      return Optional.empty();
    }
    return tx.run(RECIPIENT, Map.of("steps", steps, "username", username)).list().stream()
        .findFirst()
        .map(r ->
            new Recipient(
                r.get("id").asString(),
                r.get("name").asString(null),
                r.get("accounts").asList(Value::asString),
                r.get("organisation").asString(null)));
  }

  /**
   * Whether the centre exists (an organisation, a branch, a community or a taalnetwerk), and the
   * organisation that speaks for it: a branch's library, a community's host, the library of a
   * taalnetwerk's Taalhuis.
   */
  static final String EXISTS =
      """
      RETURN COLLECT {
        MATCH (o:Organisation {id: $for}) RETURN o.id AS us
        UNION MATCH (l:Library)-[:HAS_BRANCH]->(:Branch {id: $for}) RETURN l.id AS us
        UNION MATCH (h:Organisation)-[:HOSTS]->(:Community {id: $for}) RETURN h.id AS us
        UNION MATCH (:Taalnetwerk {id: $for})-[:HAS_TAALHUIS]->(:Branch)<-[:HAS_BRANCH]-(l:Library)
              RETURN l.id AS us
      }[0] AS us
      """;

  /**
   * The organisation that speaks for {@code forId}: itself, a branch's library, a community's host
   * or the library of a taalnetwerk's Taalhuis.
   */
  public Optional<String> speaker(TransactionContext tx, String forId) {
    Value us = tx.run(EXISTS, Map.of("for", forId)).single().get("us");
    return us.isNull() ? Optional.empty() : Optional.of(us.asString());
  }

  private static List<String> sorted(Value v) {
    return v.asList(Value::asString).stream().distinct().sorted().toList();
  }
}
