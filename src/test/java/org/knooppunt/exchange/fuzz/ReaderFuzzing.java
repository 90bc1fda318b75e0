package org.knooppunt.exchange.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.knooppunt.exchange.ImportReader;
import org.knooppunt.exchange.ImportSet;

/**
 * The one property every {@link ImportReader} owes an uploaded file, whatever its bytes: it answers
 * {@code accepts} and {@code read} with an {@link ImportSet} (problems allowed), and never throws.
 * The fuzz test of each reader calls {@link #read} with Jazzer's input; any exception escapes to
 * Jazzer, which reports it as a finding with the input that caused it.
 */
public final class ReaderFuzzing {

  private ReaderFuzzing() {}

  /**
   * Writes {@code input} to a temporary file named like {@code fileName} (the extension tells the
   * reader the format), asks the reader whether it accepts it and reads it.
   *
   * @throws AssertionError when the reader returns no set, or a set with no format or source name
   */
  public static ImportSet read(ImportReader reader, String fileName, byte[] input) {
    reader.accepts(fileName, Arrays.copyOf(input, Math.min(input.length, 512)));
    Path dir = null;
    try {
      dir = Files.createTempDirectory("knooppunt-fuzz");
      Path file = Files.write(dir.resolve(fileName), input);
      ImportSet set = reader.read(fileName, file);
      if (set == null || set.format() == null || set.sourceName() == null) {
        throw new AssertionError(
            reader.getClass().getSimpleName() + " returned no (complete) ImportSet");
      }
      return set;
    } catch (IOException e) {
      throw new UncheckedIOException("the fuzz harness could not write its temporary file", e);
    } finally {
      if (dir != null) {
        deleteQuietly(dir);
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A left-over temporary file is not the reader's fault.
    }
  }
}
