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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the canonical organisation table as CSV, the format most directories and spreadsheets can
 * write. It only reads: every cell stays raw text (trimmed), matching against municipalities and
 * the taxonomy is the pipeline's job, so that CSV, Excel and HSDS follow one set of rules. A bad
 * file never throws: it yields problems, file-wide ones on line 0.
 *
 * <p>Caps (checked before or while reading, so a huge or hostile file cannot exhaust memory):
 * {@value #MAX_BYTES} bytes, {@value #MAX_ROWS} rows, {@value TableRows#MAX_CELL} characters per
 * cell. Headers and rows follow the rules of {@link TableRows}, as Excel does.
 */
@ApplicationScoped
public class CsvOrganisationReader implements ImportReader {

  public static final long MAX_BYTES = 20L * 1024 * 1024;
  public static final int MAX_ROWS = TableRows.MAX_ROWS;

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
    TableRows table = new TableRows(name, maxRows);
    String text;
    try {
      if (Files.size(file) > maxBytes) {
        table.fileProblem("exchange.problem.tooLarge", String.valueOf(maxBytes / (1024 * 1024)));
        return table.toSet("csv", "csv:" + name);
      }
      text = decode(Files.readAllBytes(file));
    } catch (CharacterCodingException e) {
      table.fileProblem("exchange.problem.encoding");
      return table.toSet("csv", "csv:" + name);
    } catch (IOException e) {
      table.fileProblem("exchange.problem.unreadable");
      return table.toSet("csv", "csv:" + name);
    }
    char separator = separator(text);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      var records = parser.iterator();
      if (text.isBlank() || !records.hasNext()) {
        table.fileProblem("exchange.problem.empty");
      } else if (table.header(records.next().toList(), mapping)) {
        while (records.hasNext()) {
          CSVRecord record = records.next();
          if (!table.row((int) record.getRecordNumber(), record.toList())) {
            break;
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      table.fileProblem("exchange.problem.malformed");
    }
    return table.toSet("csv", "csv:" + name);
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
