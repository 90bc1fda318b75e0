package org.knooppunt.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.knooppunt.exchange.ImportSet.MembershipRow;
import org.knooppunt.exchange.ImportSet.OrganisationRow;
import org.knooppunt.exchange.ImportSet.RelationRow;
import org.knooppunt.exchange.ImportSet.RowProblem;

/**
 * Reads the canonical organisation table as CSV, the format most directories and spreadsheets can
 * write. It only reads: every cell stays raw text (trimmed), matching against municipalities and
 * the taxonomy is the pipeline's job, so that CSV, Excel and HSDS follow one set of rules. A bad
 * file never throws: it yields problems, file-wide ones on line 0.
 *
 * <p>Caps (checked before or while reading, so a huge or hostile file cannot exhaust memory):
 * {@value #MAX_BYTES} bytes, {@value #MAX_ROWS} rows, {@value #MAX_CELL} characters per cell.
 */
@ApplicationScoped
public class CsvOrganisationReader implements ImportReader {

  public static final long MAX_BYTES = 20L * 1024 * 1024;
  public static final int MAX_ROWS = 100_000;
  public static final int MAX_CELL = 10_000;

  private static final Pattern LIST =
      Pattern.compile(Pattern.quote(OrganisationColumn.LIST_SEPARATOR));

  @Override
  public boolean accepts(String fileName, byte[] head) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return true;
    }
    if (head == null || head.length == 0 || name.endsWith(".xlsx") || name.endsWith(".json")) {
      return false;
    }
    // No extension to go by: text whose first line has a separator, not a zip or JSON.
    return head[0] != 'P' && head[0] != '{' && head[0] != '[' && firstLineHasSeparator(head);
  }

  private final long maxBytes;
  private final int maxRows;

  /** The reader of uploads, with the caps above. */
  public CsvOrganisationReader() {
    this(MAX_BYTES, MAX_ROWS);
  }

  /**
   * A reader with other caps: for the import benchmark, which reads the whole generated country
   * (100,450 rows, about 47 MB) as one file through the same code.
   */
  public CsvOrganisationReader(long maxBytes, int maxRows) {
    this.maxBytes = maxBytes;
    this.maxRows = maxRows;
  }

  @Override
  public ImportSet read(String fileName, Path file) {
    return read(fileName, file, Map.of());
  }

  /**
   * Reads the file; {@code mapping} maps headers that name no canonical column (as written in the
   * file, case-insensitive) to the column the user chose for them.
   */
  public ImportSet read(String fileName, Path file, Map<String, OrganisationColumn> mapping) {
    String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
    List<RowProblem> problems = new ArrayList<>();
    String text;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        problems.add(
            fileProblem(
                name, "exchange.problem.tooLarge", String.valueOf(maxBytes / (1024 * 1024))));
        return empty(name, problems);
      }
      text = decode(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      problems.add(fileProblem(name, "exchange.problem.encoding"));
      return empty(name, problems);
    } catch (IOException e) {
      problems.add(fileProblem(name, "exchange.problem.unreadable"));
      return empty(name, problems);
    }
    if (text.isBlank()) {
      problems.add(fileProblem(name, "exchange.problem.empty"));
      return empty(name, problems);
    }
    char separator = separator(text);
    List<OrganisationRow> organisations = new ArrayList<>();
    List<RelationRow> relations = new ArrayList<>();
    List<MembershipRow> memberships = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        problems.add(fileProblem(name, "exchange.problem.empty"));
        return empty(name, problems);
      }
      Map<OrganisationColumn, Integer> columns = new EnumMap<>(OrganisationColumn.class);
      CSVRecord header = records.next();
      for (int i = 0; i < header.size(); i++) {
        String h = header.get(i).strip();
        var column =
            OrganisationColumn.of(h)
                .or(() -> java.util.Optional.ofNullable(mapping.get(h.toLowerCase(Locale.ROOT))));
        if (column.isPresent()) {
          columns.putIfAbsent(column.get(), i);
        } else if (!h.isEmpty()) {
          problems.add(new RowProblem(name, 1, h, "exchange.problem.unknownColumn", List.of(h)));
        }
      }
      if (!columns.containsKey(OrganisationColumn.NAME)) {
        problems.add(missingColumn(name, OrganisationColumn.NAME));
      }
      if (!columns.containsKey(OrganisationColumn.ID)
          && !columns.containsKey(OrganisationColumn.REGISTRATION_NUMBER)) {
        problems.add(missingColumn(name, OrganisationColumn.ID));
      }
      if (problems.stream().anyMatch(p -> !ImportReader.isWarning(p.key()))) {
        return empty(name, problems);
      }
      Set<String> ids = new HashSet<>();
      int rows = 0;
      while (records.hasNext()) {
        CSVRecord record = records.next();
        int line = (int) record.getRecordNumber();
        if (++rows > maxRows) {
          problems.add(fileProblem(name, "exchange.problem.tooManyRows", String.valueOf(maxRows)));
          return empty(name, problems);
        }
        if (isBlank(record)) {
          continue;
        }
        Row row = new Row(name, line, record, columns, problems);
        if (row.tooLong) {
          continue;
        }
        String id = row.get(OrganisationColumn.ID);
        String registration = row.get(OrganisationColumn.REGISTRATION_NUMBER);
        if (id != null && !ids.add(id)) {
          problems.add(
              new RowProblem(
                  name,
                  line,
                  OrganisationColumn.ID.english(),
                  "exchange.problem.duplicateId",
                  List.of(id)));
          continue;
        }
        if (id == null && registration == null) {
          problems.add(
              new RowProblem(
                  name,
                  line,
                  OrganisationColumn.ID.english(),
                  "exchange.problem.noKey",
                  List.of()));
          continue;
        }
        organisations.add(
            new OrganisationRow(
                name,
                line,
                id,
                row.get(OrganisationColumn.KIND),
                row.get(OrganisationColumn.NAME),
                row.get(OrganisationColumn.DESCRIPTION),
                row.get(OrganisationColumn.SECTOR),
                registration,
                row.get(OrganisationColumn.EMAIL),
                row.get(OrganisationColumn.WEBSITE),
                row.get(OrganisationColumn.PHONE),
                row.get(OrganisationColumn.STREET),
                row.get(OrganisationColumn.POSTCODE),
                row.get(OrganisationColumn.PLACE),
                row.get(OrganisationColumn.MUNICIPALITY),
                row.decimal(OrganisationColumn.LATITUDE),
                row.decimal(OrganisationColumn.LONGITUDE),
                row.list(OrganisationColumn.TOPICS),
                row.list(OrganisationColumn.TARGET_GROUPS)));
        String from = id != null ? id : registration;
        for (String to : row.list(OrganisationColumn.COLLABORATES_WITH)) {
          relations.add(new RelationRow(name, line, from, to, null));
        }
        String taalnetwerk = row.get(OrganisationColumn.TAALNETWERK);
        if (taalnetwerk != null) {
          memberships.add(
              new MembershipRow(
                  name, line, from, taalnetwerk, row.list(OrganisationColumn.TAALNETWERK_ROLES)));
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      problems.add(fileProblem(name, "exchange.problem.malformed"));
      return empty(name, problems);
    }
    return new ImportSet(
        "csv",
        name,
        "csv:" + name,
        organisations,
        List.of(),
        List.of(),
        relations,
        memberships,
        problems);
  }

  /**
   * Strict UTF-8 (a byte that is not UTF-8 is an error, not a replacement character), BOM dropped.
   */
  static String decode(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * {@code ;} when the header line has more semicolons than commas (outside quotes), else {@code
   * ,}.
   */
  static char separator(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  private static boolean firstLineHasSeparator(byte[] head) {
    for (byte b : head) {
      if (b == '\n' || b == '\r') {
        return false;
      }
      if (b == ',' || b == ';') {
        return true;
      }
    }
    return false;
  }

  private static boolean isBlank(CSVRecord record) {
    for (String v : record) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static ImportSet empty(String name, List<RowProblem> problems) {
    return new ImportSet(
        "csv",
        name,
        "csv:" + name,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        problems);
  }

  private static RowProblem fileProblem(String name, String key, String... args) {
    return new RowProblem(name, 0, null, key, Arrays.asList(args));
  }

  private static RowProblem missingColumn(String name, OrganisationColumn column) {
    return new RowProblem(
        name,
        0,
        column.english(),
        "exchange.problem.missingColumn",
        List.of(column.english() + " / " + column.dutch()));
  }

  /** One record's cells by column, with the cell-length cap and number parsing. */
  private static final class Row {
    private final String file;
    private final int line;
    private final Map<OrganisationColumn, String> cells = new HashMap<>();
    private final List<RowProblem> problems;
    private boolean tooLong;

    Row(
        String file,
        int line,
        CSVRecord record,
        Map<OrganisationColumn, Integer> columns,
        List<RowProblem> problems) {
      this.file = file;
      this.line = line;
      this.problems = problems;
      for (var e : columns.entrySet()) {
        if (e.getValue() >= record.size()) {
          continue;
        }
        String v = record.get(e.getValue());
        if (v.length() > MAX_CELL) {
          problems.add(
              new RowProblem(
                  file,
                  line,
                  e.getKey().english(),
                  "exchange.problem.cellTooLong",
                  List.of(String.valueOf(MAX_CELL))));
          tooLong = true;
          return;
        }
        v = v.strip();
        if (!v.isEmpty()) {
          cells.put(e.getKey(), v);
        }
      }
    }

    String get(OrganisationColumn column) {
      return cells.get(column);
    }

    List<String> list(OrganisationColumn column) {
      String v = cells.get(column);
      if (v == null) {
        return List.of();
      }
      return LIST.splitAsStream(v).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    Double decimal(OrganisationColumn column) {
      String v = cells.get(column);
      if (v == null) {
        return null;
      }
      try {
        double d = Double.parseDouble(v.replace(',', '.'));
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(
          new RowProblem(file, line, column.english(), "exchange.problem.badNumber", List.of(v)));
      return null;
    }
  }

  /** The header row of a CSV file as written (for the preview's column mapping); empty if none. */
  public static List<String> headers(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        return List.of();
      }
      String text = decode(Files.readAllBytes(file));
      int end = text.indexOf('\n');
      String first = end < 0 ? text : text.substring(0, end);
      CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(first)).get();
      try (CSVParser parser = CSVParser.parse(new StringReader(first), format)) {
        var records = parser.getRecords();
        return records.isEmpty()
            ? List.of()
            : records.getFirst().toList().stream().map(String::strip).toList();
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
