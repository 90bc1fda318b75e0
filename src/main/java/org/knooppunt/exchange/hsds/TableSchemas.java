package org.knooppunt.exchange.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.knooppunt.exchange.ImportSet.RowProblem;

/**
 * The table schemas of the HSDS 3.0 tabular datapackage (the shipped official {@code
 * datapackage.json}) plus the Knooppunt extension table, and the checks of a CSV header and row
 * against them: required fields, types, enums.
 */
final class TableSchemas {

  /** One field of a table schema. */
  record Field(String name, String type, boolean required, List<String> enumValues) {}

  /** One table: its resource name (e.g. {@code organization}), file path and fields. */
  record Table(String name, String path, List<Field> fields) {}

  static final String EXTENSION_TABLE = "x_knooppunt_collaboration";
  static final String EXTENSION_PATH = "x_knooppunt_collaborations.csv";

  /** The extension table of the Knooppunt profile: relations HSDS cannot express. */
  static final Table EXTENSION =
      new Table(
          EXTENSION_TABLE,
          EXTENSION_PATH,
          List.of(
              new Field("id", "string", true, List.of()),
              new Field("organization_id", "string", true, List.of()),
              new Field(
                  "relation",
                  "string",
                  true,
                  List.of(HsdsMapper.COLLABORATES_WITH, HsdsMapper.MEMBER_OF_TAALNETWERK)),
              new Field("other_organization_id", "string", false, List.of()),
              new Field("other_name", "string", false, List.of()),
              new Field("topic", "string", false, List.of()),
              new Field("taalnetwerk_id", "string", false, List.of()),
              new Field("taalnetwerk_name", "string", false, List.of()),
              new Field("roles", "string", false, List.of()),
              new Field("status", "string", false, List.of())));

  private static final Pattern TIME =
      Pattern.compile("\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");

  private static final Map<String, Table> BY_PATH = load();

  private TableSchemas() {}

  /** The HSDS 3.0 (or extension) table stored under {@code path}, e.g. {@code services.csv}. */
  static Table byPath(String path) {
    return BY_PATH.get(path);
  }

  /** The table with resource name {@code name} (e.g. {@code service_at_location}). */
  static Table byName(String name) {
    return BY_PATH.values().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  /** Problems of a header: every required field of the table must be a column. */
  static List<RowProblem> checkHeader(Table table, String file, List<String> header) {
    List<RowProblem> out = new ArrayList<>();
    for (Field f : table.fields()) {
      if (f.required() && !header.contains(f.name())) {
        out.add(
            new RowProblem(
                file, 1, f.name(), "exchange.problem.hsdsMissingColumn", List.of(f.name())));
      }
    }
    return out;
  }

  /** Problems of one row against its table's schema, each naming the field. */
  static List<RowProblem> checkRow(Table table, HsdsTables.Row row) {
    List<RowProblem> out = new ArrayList<>();
    for (Field f : table.fields()) {
      String v = row.get(f.name());
      if (v == null) {
        if (f.required()) {
          out.add(
              new RowProblem(
                  row.file(), row.line(), f.name(), "exchange.problem.hsdsRequired", List.of()));
        }
        continue;
      }
      if (!f.enumValues().isEmpty() && !f.enumValues().contains(v)) {
        out.add(
            new RowProblem(
                row.file(),
                row.line(),
                f.name(),
                "exchange.problem.hsdsEnum",
                List.of(abbreviate(v), String.join(", ", f.enumValues()))));
      } else if (!typeOk(f.type(), v)) {
        out.add(
            new RowProblem(
                row.file(),
                row.line(),
                f.name(),
                "exchange.problem.hsdsType",
                List.of(abbreviate(v), f.type())));
      }
    }
    return out;
  }

  static String abbreviate(String v) {
    return v.length() > 60 ? v.substring(0, 60) + "…" : v;
  }

  private static boolean typeOk(String type, String v) {
    try {
      switch (type) {
        case "number" -> new BigDecimal(v);
        case "integer" -> new BigDecimal(v).toBigIntegerExact();
        case "date" -> LocalDate.parse(v);
        case "datetime" -> {
          if (v.length() == 10) {
            LocalDate.parse(v);
          } else {
            OffsetDateTime.parse(v);
          }
        }
        case "time" -> {
          return TIME.matcher(v).matches();
        }
        case "boolean" -> {
          return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
        }
        default -> {
          return true;
        }
      }
      return true;
    } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
      return false;
    }
  }

  private static Map<String, Table> load() {
    try (InputStream in =
        TableSchemas.class.getResourceAsStream(
            "/org/knooppunt/exchange/hsds/schema/datapackage.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Table> out = new LinkedHashMap<>();
      for (JsonNode r : root.path("resources")) {
        List<Field> fields = new ArrayList<>();
        for (JsonNode f : r.path("schema").path("fields")) {
          List<String> enums = new ArrayList<>();
          f.path("constraints").path("enum").forEach(e -> enums.add(e.asText()));
          fields.add(
              new Field(
                  f.path("name").asText(),
                  f.path("type").asText("string"),
                  f.path("constraints").path("required").asBoolean(false),
                  List.copyOf(enums)));
        }
        String path = r.path("path").asText();
        out.put(path, new Table(r.path("name").asText(), path, List.copyOf(fields)));
      }
      out.put(EXTENSION_PATH, EXTENSION);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
