package org.knooppunt.exchange.hsds;

import java.util.List;
import org.knooppunt.exchange.ImportSet;
import org.knooppunt.exchange.ImportSet.RowProblem;

/**
 * The set an HSDS reader answers when a file cannot be imported at all: no rows, only the problems
 * that say why. One place, so the datapackage and the JSON reader refuse alike.
 */
final class FailedSet {

  private FailedSet() {}

  /** An empty set of {@code format} for {@code fileName} that carries {@code problems}. */
  static ImportSet of(String format, String fileName, List<RowProblem> problems) {
    return new ImportSet(
        format,
        fileName,
        HsdsMapper.ID_SCHEME,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.copyOf(problems));
  }
}
