package org.knooppunt.topic;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.knooppunt.organisation.Ref;
import org.neo4j.driver.TransactionContext;

/** Cypher for the taxonomy: topics (priorities and themes), target groups and domains. */
@ApplicationScoped
public class TaxonomyRepository {

  static final String TOPICS =
      """
      MATCH (t:Topic)
      RETURN t.id AS id, t.nameNl AS nameNl, t.nameEn AS nameEn
      ORDER BY t.nameNl
      """;

  static final String TARGET_GROUPS =
      """
      MATCH (t:TargetGroup) RETURN t.id AS id, t.nameNl AS nameNl, t.nameEn AS nameEn ORDER BY t.nameNl
      """;

  static final String DOMAINS =
      """
      MATCH (t:Domain) RETURN t.id AS id, t.nameNl AS nameNl, t.nameEn AS nameEn ORDER BY t.nameNl
      """;

  public List<Ref> topics(TransactionContext tx) {
    return tx.run(TOPICS).list(TaxonomyRepository::ref);
  }

  public List<Ref> targetGroups(TransactionContext tx) {
    return tx.run(TARGET_GROUPS).list(TaxonomyRepository::ref);
  }

  public List<Ref> domains(TransactionContext tx) {
    return tx.run(DOMAINS).list(TaxonomyRepository::ref);
  }

  private static Ref ref(org.neo4j.driver.Record r) {
    return new Ref(
        r.get("id").asString(), r.get("nameNl").asString(), r.get("nameEn").asString(null));
  }
}
