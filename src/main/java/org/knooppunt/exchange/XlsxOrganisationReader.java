package org.knooppunt.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the canonical organisation table from the first sheet of an Excel workbook ({@code .xlsx}),
 * with the same header and row rules as CSV ({@link TableRows}).
 *
 * <p>A workbook is a zip of XML, so it is read as a stream of SAX events (never the whole workbook
 * in memory) and behind POI's zip guards: an entry that inflates more than 100 times its compressed
 * size or past {@value #MAX_ENTRY_BYTES} bytes (a zip bomb) stops the read with the file-level
 * problem {@code exchange.problem.zipBomb}. Formulas are never evaluated: a cell reads as the value
 * Excel cached when it saved the file. Numbers and dates read as Excel shows them (its cell
 * format). Caps: {@value #MAX_BYTES} bytes, {@value TableRows#MAX_ROWS} rows, {@value
 * TableRows#MAX_CELL} characters per cell.
 */
@ApplicationScoped
public class XlsxOrganisationReader implements ImportReader {

  public static final long MAX_BYTES = 20L * 1024 * 1024;
  public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
  static final double MIN_INFLATE_RATIO = 0.01;

  static {
    // JVM-wide POI settings: only ever tightened, never loosened.
    ZipSecureFile.setMinInflateRatio(
        Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
    ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".xlsx") && zip(head);
  }

  @Override
  public ImportSet read(String fileName, Path file) {
    String name = fileName == null || fileName.isBlank() ? "import.xlsx" : fileName.strip();
    TableRows table = new TableRows(name);
    try {
      if (Files.size(file) > MAX_BYTES) {
        table.fileProblem("exchange.problem.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
        return table.toSet("xlsx", "xlsx:" + name);
      }
      byte[] head = new byte[4];
      try (InputStream in = Files.newInputStream(file)) {
        if (in.readNBytes(head, 0, 4) < 4 || !zip(head)) {
          table.fileProblem("exchange.problem.notXlsx");
          return table.toSet("xlsx", "xlsx:" + name);
        }
      }
      readFirstSheet(file, table);
    } catch (Stop stop) {
      // The table said to stop (its cap); its problem is recorded.
    } catch (Exception | OutOfMemoryError e) {
      table.fileProblem(zipBomb(e) ? "exchange.problem.zipBomb" : "exchange.problem.notXlsx");
    }
    return table.toSet("xlsx", "xlsx:" + name);
  }

  private static void readFirstSheet(Path file, TableRows table) throws Exception {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        table.fileProblem("exchange.problem.empty");
        return;
      }
      NumberAware formatter = new NumberAware();
      Rows rows = new Rows(table, formatter);
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, formatter, false));
        parser.parse(new InputSource(sheet));
      }
      if (!rows.headerSeen) {
        table.fileProblem("exchange.problem.empty");
      }
    }
  }

  private static boolean zip(byte[] head) {
    return head != null && head.length >= 2 && head[0] == 'P' && head[1] == 'K';
  }

  /** Whether POI refused the file as a zip bomb (its message says so, at some depth). */
  static boolean zipBomb(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return true;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null
          && (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("MAX_ENTRY_SIZE"))) {
        return true;
      }
    }
    return false;
  }

  /** Thrown from inside the SAX parse to stop reading when the table is full. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Formats cells as Excel shows them and remembers whether the last cell formatted was a number,
   * which the sheet handler does not tell.
   */
  private static final class NumberAware extends DataFormatter {
    private boolean number;

    NumberAware() {
      super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      number = true;
      return super.formatRawCellContents(value, formatIndex, formatString);
    }

    /** Whether the cell formatted since the last call was a number; resets. */
    boolean takeNumber() {
      boolean was = number;
      number = false;
      return was;
    }
  }

  /**
   * A registration number typed as a number loses its leading zero in Excel: 9 digits are a KBO
   * number (10 digits) and 7 digits a KvK number (8 digits) without it.
   */
  static String registrationNumber(String shown) {
    if (shown != null && shown.matches("\\d{9}|\\d{7}")) {
      return "0" + shown;
    }
    return shown;
  }

  /** Collects one row's cells by column and hands the row to the table. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final TableRows table;
    private final NumberAware formatter;
    private final List<String> cells = new ArrayList<>();
    private boolean headerSeen;
    private int nextColumn;
    private int registrationColumn = -1;

    Rows(TableRows table, NumberAware formatter) {
      this.table = table;
      this.formatter = formatter;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      nextColumn = 0;
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = reference == null ? nextColumn : new CellReference(reference).getCol();
      boolean number = formatter.takeNumber();
      if (column > 16_384) {
        return;
      }
      if (number && headerSeen && column == registrationColumn) {
        value = registrationNumber(value);
      }
      while (cells.size() < column) {
        cells.add(null);
      }
      if (cells.size() == column) {
        cells.add(value);
      } else {
        cells.set(column, value);
      }
      nextColumn = column + 1;
    }

    @Override
    public void endRow(int rowNum) {
      if (!headerSeen) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
          return;
        }
        headerSeen = true;
        for (int i = 0; i < cells.size(); i++) {
          if (cells.get(i) != null
              && OrganisationColumn.of(cells.get(i))
                  .filter(OrganisationColumn.REGISTRATION_NUMBER::equals)
                  .isPresent()) {
            registrationColumn = i;
          }
        }
        if (!table.header(List.copyOf(nullsToEmpty(cells)))) {
          throw new Stop();
        }
        return;
      }
      if (!table.row(rowNum + 1, nullsToEmpty(cells))) {
        throw new Stop();
      }
    }

    private static List<String> nullsToEmpty(List<String> cells) {
      return cells.stream().map(c -> c == null ? "" : c).toList();
    }
  }
}
