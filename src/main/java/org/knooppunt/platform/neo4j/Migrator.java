package org.knooppunt.platform.neo4j;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Applies the versioned, immutable Cypher migrations in {@code neo4j/migrations/} (on the class
 * path) and records each as a {@code (:__KnooppuntMigration)} node with its checksum.
 *
 * <p>Why not neo4j-migrations: its parent POM is not resolvable from the Maven repository this
 * project builds from, so the library cannot be used here. This class keeps its conventions ({@code
 * V0001__Description.cypher}, one statement per {@code ;}-terminated line group, checksum
 * verification) so that switching to it later is a drop-in. The list of files comes from {@code
 * neo4j/migrations/INDEX} because class-path directory listing is not portable across Liberty's
 * class loaders; a test keeps INDEX and the directory in sync.
 *
 * <p>Each statement runs in its own transaction (schema and data cannot share one); migrations are
 * written to be idempotent ({@code IF NOT EXISTS}, {@code MERGE}), so a migration interrupted
 * half-way is completed by the next start.
 */
public final class Migrator {

  static final String INDEX = "neo4j/migrations/INDEX";
  private static final Pattern NAME = Pattern.compile("V(\\d{4})__(\\w+)\\.cypher");
  private static final Logger LOG = Logger.getLogger(Migrator.class.getName());

  private static final String APPLIED =
      """
      MATCH (m:__KnooppuntMigration) RETURN m.version AS version, m.checksum AS checksum
      """;
  private static final String RECORD =
      """
      MERGE (m:__KnooppuntMigration {version: $version})
      SET m.description = $description, m.checksum = $checksum, m.appliedAt = datetime()
      """;

  private final Driver driver;
  private final String database;

  public Migrator(Driver driver, String database) {
    this.driver = driver;
    this.database = database;
  }

  /** A migration file: its version, description, text and checksum. */
  public record Migration(String version, String description, String text, String checksum) {
    List<String> statements() {
      return CypherScript.statements(text);
    }
  }

  /** Reads the migrations listed in INDEX, in version order. */
  public static List<Migration> available() {
    List<Migration> result = new ArrayList<>();
    for (String file : CypherScript.read(INDEX).split("\\R")) {
      if (file.isBlank()) {
        continue;
      }
      Matcher m = NAME.matcher(file.strip());
      if (!m.matches()) {
        throw new IllegalStateException("Not a migration file name: " + file);
      }
      String text = CypherScript.read("neo4j/migrations/" + file.strip());
      CRC32 crc = new CRC32();
      crc.update(text.getBytes(StandardCharsets.UTF_8));
      result.add(
          new Migration(
              m.group(1), m.group(2).replace('_', ' '), text, Long.toHexString(crc.getValue())));
    }
    return result;
  }

  /** Applies every migration not yet applied; returns how many were applied now. */
  public int migrate() {
    SessionConfig config = SessionConfig.forDatabase(database);
    Map<String, String> applied;
    try (var session = driver.session(config)) {
      applied =
          session.executeRead(tx ->
              tx.run(APPLIED).list().stream()
                  .collect(
                      java.util.stream.Collectors.toMap(
                          r -> r.get("version").asString(), r -> r.get("checksum").asString())));
    }
    int count = 0;
    for (Migration migration : available()) {
      String known = applied.get(migration.version());
      if (known != null) {
        if (!known.equals(migration.checksum())) {
          throw new IllegalStateException(
              "Migration V"
                  + migration.version()
                  + " was changed after it was applied. Applied migrations are immutable: put the"
                  + " fix in a new version.");
        }
        continue;
      }
      try (var session = driver.session(config)) {
        for (String statement : migration.statements()) {
          session.executeWrite(tx -> tx.run(statement).consume());
        }
        session.executeWrite(tx ->
            tx.run(
                    RECORD,
                    Map.of(
                        "version", migration.version(),
                        "description", migration.description(),
                        "checksum", migration.checksum()))
                .consume());
      }
      LOG.info(() -> "Applied migration V" + migration.version() + " " + migration.description());
      count++;
    }
    return count;
  }
}
