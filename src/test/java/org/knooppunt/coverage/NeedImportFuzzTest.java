package org.knooppunt.coverage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knooppunt.exchange.fuzz.FuzzCorpus;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;

/**
 * Fuzzes the parser of uploaded need figures (the CSV of {@link NeedImportService}): for any bytes
 * it returns checked rows or refuses the file with an invalid-input message, never another
 * exception, and every row it returns is one the import may write. The seeds are in {@code
 * src/test/resources/fuzz/need/}; in the build's fuzz run ({@code JAZZER_FUZZ=1}) Jazzer mutates
 * them 10,000 times, otherwise the seeds alone run.
 */
class NeedImportFuzzTest {

  private static final int LATEST_YEAR = 2027;

  @FuzzTest(maxExecutions = 10_000)
  void anyBytesGiveCheckedRowsOrARefusal(byte[] input) {
    parse(input);
  }

  @Test
  void theSeedsParse() {
    int rows = 0;
    for (FuzzCorpus.Seed seed : FuzzCorpus.seeds("need")) {
      rows += parse(seed.bytes());
    }
    assertTrue(rows >= 4, "the valid seeds give rows, got " + rows);
  }

  private static int parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<NeedImportService.Problem> problems = new ArrayList<>();
    List<NeedImportService.Row> rows;
    try {
      rows = NeedImportService.parse(Messages.DUTCH, text, LATEST_YEAR, problems);
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.INVALID) {
        throw e;
      }
      return 0;
    }
    for (NeedImportService.Row row : rows) {
      boolean writable =
          row.municipality().matches("GM\\d{4}|\\d{5}")
              && row.group().matches("[a-z0-9-]{1,64}")
              && (row.count() == null) != (row.share() == null)
              && row.year() >= 1900
              && row.year() <= LATEST_YEAR
              && !row.source().isEmpty()
              && row.source().length() <= NeedImportService.SOURCE_MAX
              && row.line() >= 2;
      if (!writable) {
        throw new AssertionError("the parser let through a row the import may not write: " + row);
      }
    }
    return rows.size();
  }
}
