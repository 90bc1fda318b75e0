package org.knooppunt.exchange;

import java.nio.file.Path;
import java.util.Set;

/** A file format Knooppunt can import; CDI finds every implementation. */
public interface ImportReader {

  /**
   * Problem keys that are warnings, for every format: the row still imports and the warning is
   * reported. Every other problem refuses its row (or, on line 0, the file). Readers and the
   * planner both ask {@link #isWarning}, so a new warning is added here once.
   */
  Set<String> WARNING_KEYS =
      Set.of(
          "exchange.problem.unknownColumn",
          "exchange.problem.hsdsUnmappedTerm",
          "exchange.problem.municipalityNotMatched",
          "exchange.problem.coordinatesIgnored",
          "exchange.problem.hsdsMissingTable");

  /** True when a problem with this key is only a warning. */
  static boolean isWarning(String key) {
    return WARNING_KEYS.contains(key);
  }

  /** True when this reader recognises the file, by its name and its first bytes. */
  boolean accepts(String fileName, byte[] head);

  /**
   * Reads the (already size-checked, local, temporary) file; problems go into the set, never an
   * exception for bad content.
   */
  ImportSet read(String fileName, Path file);
}
