package org.knooppunt.coverage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knooppunt.platform.domain.SpreadsheetCell;
import org.knooppunt.platform.i18n.Messages;

/**
 * A coverage report as CSV for a spreadsheet: one line per municipality in the ranked order, with
 * the need and its source. Cells a spreadsheet would run as a formula get a leading {@code '}.
 */
public final class CoverageExport {

  private CoverageExport() {}

  public static String csv(CoverageReport report, Locale locale) {
    List<String> header =
        List.of(
                "rank",
                "code",
                "name",
                "covered",
                "need",
                "estimated",
                "needSource",
                "needYear",
                "organisations",
                "needPerOrganisation",
                "servingNames",
                "taalnetwerk")
            .stream()
            .map(k -> Messages.get(locale, "coverage.csv." + k))
            .toList();
    String yes = Messages.get(locale, "coverage.yes");
    String no = Messages.get(locale, "coverage.no");
    StringWriter out = new StringWriter();
    try (CSVPrinter printer =
        CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
      int rank = 0;
      for (MunicipalityCoverage r : report.rows()) {
        List<Object> cells = new ArrayList<>();
        cells.add(++rank);
        cells.add(r.municipalityId());
        cells.add(r.name());
        cells.add(r.covered() ? yes : no);
        cells.add(r.need());
        cells.add(r.estimated() ? yes : no);
        cells.add(r.needSource() == null ? "" : r.needSource());
        cells.add(r.needYear() == null ? "" : r.needYear());
        cells.add(r.servingOrganisationIds().size());
        cells.add(r.needPerOrganisation());
        cells.add(String.join("; ", r.servingNames()));
        cells.add(r.taalnetwerkId() == null ? "" : r.taalnetwerkId());
        printer.printRecord(cells.stream().map(CoverageExport::inert).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A text a spreadsheet would evaluate gets a leading ' (see {@link SpreadsheetCell}). */
  static Object inert(Object value) {
    return SpreadsheetCell.inert(value);
  }
}
