package org.knooppunt.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.knooppunt.platform.i18n.Messages;

/** The CSV of a coverage report: ranked rows, and no cell a spreadsheet would run as a formula. */
class CoverageExportTest {

  @Test
  void rowsKeepTheirRankAndFormulasAreDefused() throws IOException {
    CoverageReport report =
        new CoverageReport(
            new CoverageQuery(Scope.region("PV26"), "taalvaardigheid", null),
            List.of(
                new MunicipalityCoverage(
                    "GM0310",
                    "=HYPERLINK(\"x\")",
                    900,
                    true,
                    "@bron",
                    2024,
                    false,
                    List.of(),
                    List.of(),
                    null),
                new MunicipalityCoverage(
                    "GM0344",
                    "Utrecht",
                    1000,
                    false,
                    "GGD",
                    2023,
                    true,
                    List.of("A", "B"),
                    List.of("+Taalschool", "-Welzijn"),
                    "T")),
            1900,
            1000,
            2,
            1);

    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(CoverageExport.csv(report, Messages.ENGLISH)))
            .getRecords();

    assertEquals(2, rows.size());
    assertEquals(
        List.of(
            "1",
            "GM0310",
            "'=HYPERLINK(\"x\")",
            "no",
            "900",
            "yes",
            "'@bron",
            "2024",
            "0",
            "900",
            "",
            ""),
        rows.get(0).toList());
    assertEquals(
        List.of(
            "2",
            "GM0344",
            "Utrecht",
            "yes",
            "1000",
            "no",
            "GGD",
            "2023",
            "2",
            "500",
            "'+Taalschool; -Welzijn",
            "T"),
        rows.get(1).toList());
  }
}
