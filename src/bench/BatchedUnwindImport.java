import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.knooppunt.platform.neo4j.Graph;

/**
 * The stand-in for the product import (part of src/bench/import-benchmark.sh): reads the canonical
 * organisation CSV and writes it with the statement shape the import pipeline uses — {@code UNWIND}
 * over a batch of rows per transaction, {@code MERGE} on the stable {@code importKey}, provenance on
 * every node and relationship — first the organisations with their municipality, topics and target
 * groups, then the collaborations (whose other side may come later in the file). With {@code
 * batchSize} 1 it is the one-row-per-transaction way, same statements.
 */
public final class BatchedUnwindImport implements ImportUnderTest {

  static final String ORGANISATIONS =
      """
      UNWIND $rows AS row
      MERGE (o:Organisation {importKey: row.importKey})
        ON CREATE SET o.id = randomUUID(), o.status = 'active', o.version = 1,
                      o.createdAt = $now, o.createdBy = $user
      SET o += row.props, o:$(row.label), o.location = point({latitude: row.latitude, longitude: row.longitude}),
          o.importedFrom = $file, o.importedAt = $now, o.importedBy = $user, o.importJob = $job
      WITH o, row
      CALL (o, row) {
        MATCH (m:Municipality {id: row.municipality})
        MERGE (o)-[r:LOCATED_IN]->(m)
        SET r.importedFrom = $file, r.importedAt = $now, r.importedBy = $user, r.importJob = $job
      }
      CALL (o, row) {
        UNWIND row.topics AS key MATCH (t:Topic {id: key})
        MERGE (o)-[r:WORKS_ON]->(t)
        SET r.importedFrom = $file, r.importedAt = $now, r.importedBy = $user, r.importJob = $job
      }
      CALL (o, row) {
        UNWIND row.targetGroups AS key MATCH (g:TargetGroup {id: key})
        MERGE (o)-[r:REACHES]->(g)
        SET r.importedFrom = $file, r.importedAt = $now, r.importedBy = $user, r.importJob = $job
      }
      """;

  static final String COLLABORATIONS =
      """
      UNWIND $rows AS row
      MATCH (a:Organisation {importKey: row.from})
      MATCH (b:Organisation {importKey: row.to})
      MERGE (a)-[r:COLLABORATES_WITH]->(b)
        ON CREATE SET r.id = randomUUID(), r.status = 'active', r.source = 'import',
                      r.assertedBy = $user, r.assertedAt = $now
      SET r.importedFrom = $file, r.importedAt = $now, r.importedBy = $user, r.importJob = $job
      """;

  /** The rows of one file, ready as statement parameters. */
  record Rows(List<Map<String, Object>> organisations, List<Map<String, Object>> collaborations) {}

  private final int batchSize;
  private final String label;

  BatchedUnwindImport(int batchSize, String label) {
    this.batchSize = batchSize;
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public void importFile(Graph graph, Path csv) throws Exception {
    Rows rows = read(csv);
    write(graph, csv.getFileName().toString(), rows.organisations(), rows.collaborations());
  }

  /** Writes the given rows, {@code batchSize} per transaction. */
  void write(
      Graph graph, String file, List<Map<String, Object>> organisations, List<Map<String, Object>> collaborations) {
    Map<String, Object> common = new HashMap<>();
    common.put("file", file);
    common.put("now", OffsetDateTime.now(ZoneOffset.UTC));
    common.put("user", "bench");
    common.put("job", UUID.randomUUID().toString());
    batches(graph, ORGANISATIONS, organisations, common);
    batches(graph, COLLABORATIONS, collaborations, common);
  }

  private void batches(Graph graph, String statement, List<Map<String, Object>> rows, Map<String, Object> common) {
    for (int from = 0; from < rows.size(); from += batchSize) {
      List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
      Map<String, Object> params = new HashMap<>(common);
      params.put("rows", batch);
      graph.write(tx -> tx.run(statement, params).consume());
    }
  }

  /** Reads the canonical CSV (English headers, as the benchmark writes it) into parameter rows. */
  static Rows read(Path csv) throws Exception {
    String file = csv.getFileName().toString();
    List<Map<String, Object>> organisations = new ArrayList<>();
    Map<String, String> keyOfId = new HashMap<>();
    List<String[]> pairs = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      for (CSVRecord r : parser) {
        String id = r.get("id");
        String registration = r.get("registration_number");
        String key =
            registration.isEmpty()
                ? "csv:" + file + ":" + id
                : (registration.length() == 8 ? "kvk:" : "kbo:") + registration;
        keyOfId.put(id, key);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", r.get("name"));
        props.put("description", blankToNull(r.get("description")));
        props.put("sector", blankToNull(r.get("sector")));
        props.put("registrationNumber", blankToNull(registration));
        props.put("email", blankToNull(r.get("email")));
        props.put("website", blankToNull(r.get("website")));
        props.put("phone", blankToNull(r.get("phone")));
        props.put("street", blankToNull(r.get("street")));
        props.put("postcode", blankToNull(r.get("postcode")));
        props.put("place", blankToNull(r.get("place")));
        Map<String, Object> row = new HashMap<>();
        row.put("importKey", key);
        row.put("label", "library".equals(r.get("kind")) ? "Library" : "Partner");
        row.put("props", props);
        row.put("municipality", r.get("municipality"));
        row.put("latitude", Double.parseDouble(r.get("latitude")));
        row.put("longitude", Double.parseDouble(r.get("longitude")));
        row.put("topics", list(r.get("topics")));
        row.put("targetGroups", list(r.get("target_groups")));
        organisations.add(row);
        for (String to : list(r.get("collaborates_with"))) {
          pairs.add(new String[] {id, to});
        }
      }
    }
    List<Map<String, Object>> collaborations = new ArrayList<>(pairs.size());
    for (String[] p : pairs) {
      collaborations.add(Map.of("from", keyOfId.get(p[0]), "to", keyOfId.getOrDefault(p[1], p[1])));
    }
    return new Rows(organisations, collaborations);
  }

  private static List<String> list(String cell) {
    return cell.isEmpty() ? List.of() : Arrays.asList(cell.split("\\|"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
