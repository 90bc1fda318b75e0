package org.knooppunt.exchange.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.knooppunt.exchange.ImportReader;
import org.knooppunt.exchange.ImportSet;
import org.knooppunt.exchange.ImportSet.RowProblem;

/**
 * Reads an HSDS 3 tabular datapackage: a zip with {@code datapackage.json} and the CSVs (at the top
 * or in one folder); loose files arrive here packed by {@link LoosePackage}. Every row is checked
 * against the HSDS 3.0 table schemas; an HSDS 1.x package is refused with the reason; an HSDS table
 * that {@code datapackage.json} names but the package lacks is a warning. The zip is read in place,
 * never unpacked to disk, with caps on entries, unpacked size and compression ratio, so a zip bomb
 * ends in a file-level problem.
 */
@ApplicationScoped
public class HsdsDatapackageReader implements ImportReader {

  static final String FORMAT = "hsds-datapackage";
  static final int MAX_ENTRIES = 1_000;
  static final long MAX_UNPACKED = 200L * 1024 * 1024;
  static final long MAX_RATIO = 100;

  /** Tables only HSDS 1.x has; their presence names the version even without a version field. */
  private static final Set<String> V1_TABLES =
      Set.of(
          "physical_address",
          "physical_addresses",
          "postal_address",
          "postal_addresses",
          "regular_schedule",
          "regular_schedules",
          "holiday_schedule",
          "holiday_schedules",
          "service_taxonomy",
          "services_taxonomy",
          "services_at_location",
          "payment_accepted",
          "payments_accepted",
          "eligibility",
          "accessibility_for_disabilities");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean accepts(String fileName, byte[] head) {
    return fileName != null
        && fileName.toLowerCase(Locale.ROOT).endsWith(".zip")
        && head != null
        && head.length >= 2
        && head[0] == 'P'
        && head[1] == 'K';
  }

  @Override
  public ImportSet read(String fileName, Path file) {
    List<RowProblem> problems = new ArrayList<>();
    HsdsTables tables = new HsdsTables();
    try {
      readZip(fileName, file, tables, problems);
    } catch (BoundedInput.ZipBombException e) {
      return failed(fileName, "exchange.problem.zipBomb", List.of());
    } catch (IOException | RuntimeException e) {
      return failed(fileName, "exchange.problem.hsdsZipBroken", List.of());
    }
    if (problems.stream().anyMatch(p -> p.line() == 0 && p.key().equals(VERSION_KEY))) {
      return FailedSet.of(FORMAT, fileName, problems);
    }
    return new HsdsMapper(tables, TaxonomyMapping.defaults(), problems).map(FORMAT, fileName);
  }

  static final String VERSION_KEY = "exchange.problem.hsdsVersion";
  static final String MISSING_TABLE_KEY = "exchange.problem.hsdsMissingTable";

  private static ImportSet failed(String fileName, String key, List<String> args) {
    return FailedSet.of(FORMAT, fileName, List.of(new RowProblem(fileName, 0, null, key, args)));
  }

  private void readZip(String fileName, Path file, HsdsTables tables, List<RowProblem> problems)
      throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      List<ZipEntry> entries = new ArrayList<>();
      var e = zip.entries();
      while (e.hasMoreElements()) {
        entries.add(e.nextElement());
        if (entries.size() > MAX_ENTRIES) {
          throw new BoundedInput.ZipBombException("too many entries");
        }
      }
      ZipEntry descriptor = null;
      for (ZipEntry entry : entries) {
        String name = entry.getName();
        if (name.startsWith("/") || name.contains("..") || name.contains("\\")) {
          problems.add(
              new RowProblem(fileName, 0, null, "exchange.problem.hsdsZipPath", List.of()));
          return;
        }
        if (!entry.isDirectory()
            && (name.equals("datapackage.json") || name.endsWith("/datapackage.json"))
            && (descriptor == null || depth(name) < depth(descriptor.getName()))) {
          descriptor = entry;
        }
      }
      if (descriptor == null) {
        problems.add(
            new RowProblem(fileName, 0, null, "exchange.problem.hsdsNoDatapackage", List.of()));
        return;
      }
      String base =
          descriptor
              .getName()
              .substring(0, descriptor.getName().length() - "datapackage.json".length());
      long[] budget = {MAX_UNPACKED};
      JsonNode dp;
      try (BoundedInput in = bounded(zip, descriptor, budget[0])) {
        dp = JSON.readTree(in);
        budget[0] -= in.bytesRead();
      } catch (BoundedInput.ZipBombException x) {
        throw x;
      } catch (IOException x) {
        problems.add(
            new RowProblem(
                "datapackage.json", 0, null, "exchange.problem.hsdsBadDatapackage", List.of()));
        return;
      }
      Set<String> paths = new TreeSet<>();
      for (ZipEntry entry : entries) {
        if (!entry.isDirectory() && entry.getName().startsWith(base)) {
          paths.add(entry.getName().substring(base.length()));
        }
      }
      if (!versionOk(dp, paths, problems)) {
        return;
      }
      warnMissingTables(dp, paths, problems);
      for (ZipEntry entry : entries) {
        if (entry.isDirectory() || !entry.getName().startsWith(base)) {
          continue;
        }
        String path = entry.getName().substring(base.length());
        TableSchemas.Table table = TableSchemas.byPath(path);
        if (table == null) {
          continue;
        }
        try (BoundedInput in = bounded(zip, entry, budget[0])) {
          readCsv(path, table, in, tables, problems);
          budget[0] -= in.bytesRead();
        }
      }
    }
  }

  private static BoundedInput bounded(ZipFile zip, ZipEntry entry, long budget) throws IOException {
    return new BoundedInput(
        zip.getInputStream(entry), budget, entry.getCompressedSize(), MAX_RATIO);
  }

  private static int depth(String name) {
    return name.split("/").length;
  }

  /** False (with the reason as a problem) when the package is not HSDS 3.x. */
  private static boolean versionOk(JsonNode dp, Set<String> paths, List<RowProblem> problems) {
    String version = dp.path("version").asText("").strip();
    Set<String> v1 = new TreeSet<>();
    for (JsonNode r : dp.path("resources")) {
      if (V1_TABLES.contains(r.path("name").asText())) {
        v1.add(r.path("path").asText(r.path("name").asText()));
      }
    }
    for (String p : paths) {
      if (p.endsWith(".csv") && V1_TABLES.contains(p.substring(0, p.length() - 4))) {
        v1.add(p);
      }
    }
    boolean three = version.startsWith("3");
    if (three && v1.isEmpty()) {
      return true;
    }
    if (!three && version.isEmpty() && v1.isEmpty()) {
      return true;
    }
    List<String> evidence = new ArrayList<>(v1);
    evidence.sort(
        Comparator.comparingInt((String p) -> telling(p)).thenComparing(Comparator.naturalOrder()));
    String shown =
        evidence.size() > 3
            ? String.join(", ", evidence.subList(0, 3)) + ", …"
            : String.join(", ", evidence);
    String named =
        version.isEmpty() ? "1.x" : version.startsWith("1") ? "1.x (" + version + ")" : version;
    problems.add(
        new RowProblem(
            "datapackage.json",
            0,
            "version",
            VERSION_KEY,
            List.of(named, shown.isEmpty() ? "version " + version : shown)));
    return false;
  }

  /**
   * A warning per HSDS table that {@code datapackage.json} names but the package lacks (a file left
   * out of the zip, or not chosen with the loose files). Not a refusal: publishers often ship the
   * official {@code datapackage.json} with only the tables they fill; but the preview says so.
   */
  private static void warnMissingTables(JsonNode dp, Set<String> paths, List<RowProblem> problems) {
    Set<String> missing = new TreeSet<>();
    for (JsonNode r : dp.path("resources")) {
      String path = r.path("path").isTextual() ? r.path("path").asText() : null;
      if (path != null && TableSchemas.byPath(path) != null && !paths.contains(path)) {
        missing.add(path);
      }
    }
    for (String path : missing) {
      problems.add(new RowProblem("datapackage.json", 0, null, MISSING_TABLE_KEY, List.of(path)));
    }
  }

  /** Tables that name HSDS 1.x most clearly come first in the reason. */
  private static int telling(String path) {
    String p = path.replace(".csv", "");
    return p.startsWith("physical_address")
        ? 0
        : p.startsWith("services_taxonomy") || p.startsWith("service_taxonomy")
            ? 1
            : p.startsWith("regular_schedule") ? 2 : 3;
  }

  private static void readCsv(
      String path,
      TableSchemas.Table table,
      InputStream in,
      HsdsTables tables,
      List<RowProblem> problems)
      throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder));
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    try {
      CSVParser parser =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setAllowMissingColumnNames(true)
              .setIgnoreEmptyLines(true)
              .get()
              .parse(reader);
      List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
      problems.addAll(TableSchemas.checkHeader(table, path, header));
      for (CSVRecord record : parser) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
          raw.put(header.get(i), record.get(i));
        }
        HsdsTables.Row row = HsdsTables.row(path, (int) record.getRecordNumber() + 1, raw);
        problems.addAll(TableSchemas.checkRow(table, row));
        tables.add(table.name(), row);
      }
    } catch (CharacterCodingException e) {
      problems.add(new RowProblem(path, 0, null, "exchange.problem.hsdsEncoding", List.of()));
    } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      if (e.getCause() instanceof BoundedInput.ZipBombException bomb) {
        throw bomb;
      }
      if (e.getCause() instanceof CharacterCodingException) {
        problems.add(new RowProblem(path, 0, null, "exchange.problem.hsdsEncoding", List.of()));
        return;
      }
      problems.add(new RowProblem(path, 0, null, "exchange.problem.hsdsBadCsv", List.of()));
    }
  }
}
