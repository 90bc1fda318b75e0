package org.knooppunt.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/** Cypher for accounts. One statement per method; values only as parameters. */
@ApplicationScoped
public class AccountRepository {

  /**
   * An account with its stored password hash and status, for login only. Status {@code active}
   * (also when absent, as on accounts made before sign-up existed), {@code pending} (a sign-up or
   * claim awaiting approval) or {@code rejected}: only an active account logs in.
   */
  public record Credentials(Account account, String passwordHash, String status) {
    public boolean active() {
      return "active".equals(status);
    }
  }

  static final String FIND_BY_USERNAME =
      """
      MATCH (a:Account {username: $username})
      OPTIONAL MATCH (a)-[:ACTS_FOR]->(o:Organisation)
      OPTIONAL MATCH (a)-[:SCOPED_TO]->(r:Region)
      RETURN a, o.id AS organisationId, o.name AS organisationName,
             collect(DISTINCT r.id) AS regionIds
      """;

  static final String CREATE =
      """
      CREATE (a:Account {id: randomUUID(), username: $username, displayName: $displayName,
                         passwordHash: $passwordHash, roles: $roles, locale: 'nl',
                         demo: $demo, createdAt: datetime()})
      WITH a
      OPTIONAL MATCH (o:Organisation {id: $organisationId})
      FOREACH (_ IN CASE WHEN o IS NULL THEN [] ELSE [1] END | MERGE (a)-[:ACTS_FOR]->(o))
      WITH a
      OPTIONAL MATCH (r:Region) WHERE r.id IN $regionIds
      FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (a)-[:SCOPED_TO]->(r))
      RETURN DISTINCT a.id AS id
      """;

  static final String COUNT_WITH_ROLE =
      """
      MATCH (a:Account) WHERE $role IN a.roles RETURN count(a) AS n
      """;

  static final String SET_LOCALE =
      """
      MATCH (a:Account {username: $username}) SET a.locale = $locale
      """;

  public Optional<Credentials> findByUsername(TransactionContext tx, String username) {
    var result = tx.run(FIND_BY_USERNAME, Map.of("username", username)).list();
    return result.stream().findFirst().map(AccountRepository::credentials);
  }

  public String create(
      TransactionContext tx,
      String username,
      String displayName,
      String passwordHash,
      List<Role> roles,
      String organisationId,
      List<String> regionIds,
      boolean demo) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("username", username);
    params.put("displayName", displayName);
    params.put("passwordHash", passwordHash);
    params.put("roles", roles.stream().map(Role::group).toList());
    params.put("organisationId", organisationId);
    params.put("regionIds", regionIds);
    params.put("demo", demo);
    return tx.run(CREATE, params).single().get("id").asString();
  }

  public long countWithRole(TransactionContext tx, Role role) {
    return tx.run(COUNT_WITH_ROLE, Map.of("role", role.group())).single().get("n").asLong();
  }

  public void setLocale(TransactionContext tx, String username, String locale) {
    tx.run(SET_LOCALE, Map.of("username", username, "locale", locale)).consume();
  }

  private static Credentials credentials(Record r) {
    var a = r.get("a").asNode();
    var roles =
        a.get("roles").asList(v -> Role.ofGroup(v.asString())).stream()
            .collect(Collectors.toCollection(TreeSet::new));
    Account account =
        new Account(
            a.get("id").asString(),
            a.get("username").asString(),
            a.get("displayName").asString(a.get("username").asString()),
            roles,
            a.get("locale").asString("nl"),
            r.get("organisationId").asString(null),
            r.get("organisationName").asString(null),
            r.get("regionIds").asList(v -> v.asString()));
    return new Credentials(
        account, a.get("passwordHash").asString(null), a.get("status").asString("active"));
  }
}
