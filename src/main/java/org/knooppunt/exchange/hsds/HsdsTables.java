package org.knooppunt.exchange.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HSDS data in its tabular form: rows per table ({@code organization}, {@code location}, …) with
 * the file and line they came from. The datapackage reader fills it from the CSVs, the JSON reader
 * by flattening nested objects; one {@link HsdsMapper} then turns either into an import set.
 */
final class HsdsTables {

  /** One row; values are trimmed, empty cells are absent. */
  record Row(String file, int line, Map<String, String> values) {
    String get(String field) {
      return values.get(field);
    }
  }

  private final Map<String, List<Row>> tables = new LinkedHashMap<>();

  void add(String table, Row row) {
    tables.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
  }

  List<Row> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }

  /** A row from loose values: trims, drops empty ones and nulls. */
  static Row row(String file, int line, Map<String, String> raw) {
    Map<String, String> values = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      if (k != null && v != null && !v.isBlank()) {
        values.put(k.strip(), v.strip());
      }
    });
    return new Row(file, line, values);
  }
}
