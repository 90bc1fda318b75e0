package org.knooppunt.exchange.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knooppunt.exchange.ImportReader;
import org.knooppunt.exchange.ImportSet;

/**
 * The fuzz harness itself: it hands the reader the input as a named file, returns the reader's set,
 * lets a reader's exception through (so that Jazzer reports it), refuses a missing set, leaves no
 * temporary file behind, and finds the seed corpora.
 */
class ReaderFuzzingTest {

  /** Counts lines; throws on a NUL byte, as a careless reader might. */
  private static final class LineCounter implements ImportReader {
    final List<Path> seen = new ArrayList<>();

    @Override
    public boolean accepts(String fileName, byte[] head) {
      return fileName.endsWith(".csv");
    }

    @Override
    public ImportSet read(String fileName, Path file) {
      seen.add(file);
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) {
          throw new IllegalStateException("NUL");
        }
        List<ImportSet.RowProblem> problems = new ArrayList<>();
        text.lines()
            .forEach(l ->
                problems.add(
                    new ImportSet.RowProblem(fileName, 1, null, "exchange.problem.x", List.of(l))));
        return new ImportSet(
            "csv",
            fileName,
            "csv:" + fileName,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            problems);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Test
  void readsTheInputAsANamedFileAndCleansUp() {
    LineCounter reader = new LineCounter();
    ImportSet set = ReaderFuzzing.read(reader, "x.csv", "a\nb\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(2, set.problems().size());
    assertEquals("x.csv", reader.seen.get(0).getFileName().toString());
    assertFalse(Files.exists(reader.seen.get(0)), "the temporary file is removed");
  }

  @Test
  void letsTheReadersExceptionThrough() {
    LineCounter reader = new LineCounter();
    assertThrows(
        IllegalStateException.class,
        () -> ReaderFuzzing.read(reader, "x.csv", new byte[] {'a', 0}));
    assertFalse(Files.exists(reader.seen.get(0)));
  }

  @Test
  void refusesAMissingSet() {
    ImportReader nothing =
        new ImportReader() {
          @Override
          public boolean accepts(String fileName, byte[] head) {
            return true;
          }

          @Override
          public ImportSet read(String fileName, Path file) {
            return null;
          }
        };
    assertThrows(AssertionError.class, () -> ReaderFuzzing.read(nothing, "x.csv", new byte[0]));
  }

  @Test
  void findsTheSeedCorpora() {
    assertTrue(FuzzCorpus.seeds("csv").size() >= 3);
    assertTrue(FuzzCorpus.seeds("need").size() >= 4);
    assertTrue(
        FuzzCorpus.seeds("hsds").stream().anyMatch(s -> s.name().equals("organization_full.json")));
    assertTrue(FuzzCorpus.seeds("hsds").stream().noneMatch(s -> s.name().startsWith("LICENSE")));
    assertThrows(IllegalStateException.class, () -> FuzzCorpus.seeds("no-such-parser"));
  }
}
