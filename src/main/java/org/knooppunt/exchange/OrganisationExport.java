package org.knooppunt.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.knooppunt.account.Account;
import org.knooppunt.exchange.OrganisationExportRepository.Membership;
import org.knooppunt.exchange.OrganisationExportRepository.Partner;
import org.knooppunt.organisation.OrganisationFilter;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.SpreadsheetCell;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;

/**
 * Exports the organisations that match an organisation-list filter as CSV or Excel, in the
 * canonical table ({@link OrganisationColumn}) that the import reads, so an export imports again.
 *
 * <p>Written row by row from pages of {@value #PAGE} organisations (one read transaction each, none
 * open while the client is slow), at most {@value #MAX_ROWS} rows: a larger selection is refused
 * before the first byte. {@code collaborates_with} lists confirmed partners by their {@code id}
 * when they are in the same export, else by registration number, else by name; for that the ids of
 * the selection are read first (one small pass). {@code taalnetwerk} lists every membership (by
 * taalnetwerk id, deleted networks left out) and {@code taalnetwerk_roles} one group of roles per
 * membership, as {@link OrganisationColumn} describes.
 *
 * <p>CSV is UTF-8 with a byte-order mark (so Excel reads the accents), separated by {@code ;} for
 * Dutch (what Excel with Dutch settings expects) and {@code ,} for English; a cell a spreadsheet
 * would run as a formula gets a leading {@code '} ({@link SpreadsheetCell}). Excel cells are always
 * text cells, never formulas, so they keep the text exactly.
 */
@ApplicationScoped
public class OrganisationExport {

  public static final int PAGE = 5_000;
  public static final int MAX_ROWS = 200_000;

  /** The longest text an Excel cell holds. */
  static final int XLSX_CELL_MAX = 32_767;

  /** The two file formats, with their media type and file extension. */
  public enum Format {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    public final String mediaType;
    public final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }
  }

  private final Graph graph;
  private final OrganisationExportRepository repository;
  private final Clock clock;
  private final int pageSize;
  private final int maxRows;

  @Inject
  public OrganisationExport(Graph graph, OrganisationExportRepository repository, Clock clock) {
    this(graph, repository, clock, PAGE);
  }

  /** With another page size: tests page through a small graph. */
  OrganisationExport(
      Graph graph, OrganisationExportRepository repository, Clock clock, int pageSize) {
    this(graph, repository, clock, pageSize, MAX_ROWS);
  }

  /** With another cap too: tests refuse a small selection as too large. */
  OrganisationExport(
      Graph graph,
      OrganisationExportRepository repository,
      Clock clock,
      int pageSize,
      int maxRows) {
    this.graph = graph;
    this.repository = repository;
    this.clock = clock;
    this.pageSize = pageSize;
    this.maxRows = maxRows;
  }

  /** The most organisations one export holds. */
  public int maxRows() {
    return maxRows;
  }

  /** For CDI proxies only. */
  protected OrganisationExport() {
    this(null, null, null);
  }

  /**
   * A selection ready to write: the reader may export (anyone signed in, as for the list) and it is
   * not too large. Refusals come here, before any byte is written.
   */
  public Selection select(Account reader, OrganisationFilter filter, Locale locale) {
    if (reader == null) {
      throw DomainException.forbidden(locale);
    }
    OrganisationFilter f = filter == null ? OrganisationFilter.NONE : filter;
    Set<String> ids = new HashSet<>();
    String after = null;
    while (true) {
      String from = after;
      List<String> page = graph.read(tx -> repository.ids(tx, f, from, pageSize));
      ids.addAll(page);
      if (ids.size() > maxRows) {
        throw DomainException.invalid(
            locale, "filter", Messages.get(locale, "exchange.export.tooMany", maxRows));
      }
      if (page.size() < pageSize) {
        break;
      }
      after = page.getLast();
    }
    return new Selection(f, Set.copyOf(ids), locale);
  }

  /** The file name to offer, e.g. {@code organisaties-2026-11-21.csv}. */
  public String fileName(Format format, Locale locale) {
    return Messages.get(locale, "exchange.export.fileName")
        + "-"
        + LocalDate.now(clock)
        + "."
        + format.extension;
  }

  /** The organisations of one export, chosen and counted; {@link #write} streams them. */
  public final class Selection {
    private final OrganisationFilter filter;
    private final Set<String> ids;
    private final Locale locale;

    Selection(OrganisationFilter filter, Set<String> ids, Locale locale) {
      this.filter = filter;
      this.ids = ids;
      this.locale = locale;
    }

    public int size() {
      return ids.size();
    }

    /** Writes the file; {@code out} is not closed. */
    public void write(Format format, OutputStream out) throws IOException {
      switch (format) {
        case CSV -> csv(out);
        case XLSX -> xlsx(out);
      }
    }

    private void csv(OutputStream out) throws IOException {
      Writer writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      writer.write('\uFEFF');
      char separator = "nl".equals(locale.getLanguage()) ? ';' : ',';
      CSVPrinter printer =
          new CSVPrinter(writer, CSVFormat.RFC4180.builder().setDelimiter(separator).get());
      printer.printRecord(headers());
      rows(cells -> {
        try {
          printer.printRecord(cells.stream().map(SpreadsheetCell::inert).toList());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      printer.flush();
    }

    private void xlsx(OutputStream out) throws IOException {
      SXSSFWorkbook workbook = new SXSSFWorkbook(200);
      workbook.setCompressTempFiles(true);
      try {
        SXSSFSheet sheet = workbook.createSheet(Messages.get(locale, "exchange.export.sheet"));
        sheet.createFreezePane(0, 1);
        int[] next = {0};
        java.util.function.Consumer<List<String>> writeRow =
            cells -> {
              Row row = sheet.createRow(next[0]++);
              for (int i = 0; i < cells.size(); i++) {
                String v = cells.get(i);
                if (v != null && !v.isEmpty()) {
                  Cell cell = row.createCell(i);
                  cell.setCellValue(v.length() > XLSX_CELL_MAX ? v.substring(0, XLSX_CELL_MAX) : v);
                }
              }
            };
        writeRow.accept(headers());
        rows(writeRow);
        workbook.write(out);
      } finally {
        workbook.close();
        workbook.dispose();
      }
    }

    private List<String> headers() {
      List<String> headers = new ArrayList<>();
      for (OrganisationColumn c : OrganisationColumn.values()) {
        headers.add(c.header(locale));
      }
      return headers;
    }

    private void rows(java.util.function.Consumer<List<String>> sink) {
      String after = null;
      int written = 0;
      while (written < maxRows) {
        String from = after;
        List<OrganisationExportRepository.Row> page =
            graph.read(tx -> repository.page(tx, filter, from, pageSize));
        for (OrganisationExportRepository.Row row : page) {
          if (written++ >= maxRows) {
            return;
          }
          sink.accept(cells(row));
        }
        if (page.size() < pageSize) {
          return;
        }
        after = page.getLast().id();
      }
    }

    List<String> cells(OrganisationExportRepository.Row r) {
      boolean dutch = "nl".equals(locale.getLanguage());
      List<String> cells = new ArrayList<>();
      for (OrganisationColumn c : OrganisationColumn.values()) {
        cells.add(
            switch (c) {
              case ID -> r.id();
              case KIND -> r.library() ? (dutch ? "bibliotheek" : "library") : "partner";
              case NAME -> r.name();
              case DESCRIPTION -> r.description();
              case SECTOR -> r.sector();
              case REGISTRATION_NUMBER -> r.registrationNumber();
              case EMAIL -> r.email();
              case WEBSITE -> r.website();
              case PHONE -> r.phone();
              case STREET -> r.street();
              case POSTCODE -> r.postcode();
              case PLACE -> r.place();
              case MUNICIPALITY -> r.municipality();
              case LATITUDE -> decimal(r.latitude());
              case LONGITUDE -> decimal(r.longitude());
              case TOPICS -> join(r.topics());
              case TARGET_GROUPS -> join(r.targetGroups());
              case COLLABORATES_WITH -> join(r.partners().stream().map(this::partner).toList());
              case TAALNETWERK ->
                  join(r.memberships().stream().map(Membership::taalnetwerk).toList());
              case TAALNETWERK_ROLES -> roles(r.memberships());
            });
      }
      return cells;
    }

    /** One group of roles per membership; nothing when there are no roles at all. */
    private static String roles(List<Membership> memberships) {
      if (memberships.stream().allMatch(m -> m.roles().isEmpty())) {
        return null;
      }
      return String.join(
          OrganisationColumn.ROLE_GROUP_SEPARATOR,
          memberships.stream()
              .map(m -> String.join(OrganisationColumn.LIST_SEPARATOR, m.roles()))
              .toList());
    }

    private String partner(Partner p) {
      if (ids.contains(p.id())) {
        return p.id();
      }
      if (p.registrationNumber() != null && !p.registrationNumber().isBlank()) {
        return p.registrationNumber();
      }
      return p.name();
    }
  }

  private static String decimal(Double d) {
    return d == null ? null : BigDecimal.valueOf(d).toPlainString();
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? null : String.join(OrganisationColumn.LIST_SEPARATOR, values);
  }
}
