package org.knooppunt.exchange.hsds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.knooppunt.exchange.ImportReader;
import org.knooppunt.exchange.ImportSet;
import org.knooppunt.exchange.ImportSet.RowProblem;

/**
 * Reads the nested JSON of the HSDS 3 API: one object (organization, service, service_at_location,
 * location, …), an array of them, or a paged list with {@code contents}. Every object is validated
 * against its HSDS 3.0 JSON Schema, then flattened into HSDS tables (nested objects keep their link
 * to the parent) and mapped like a datapackage. In problems, {@code line} is the object's position
 * in the list (1 for a single object) and {@code column} the JSON pointer of the offending value.
 */
@ApplicationScoped
public class HsdsJsonReader implements ImportReader {

  static final String FORMAT = "hsds-json";
  private static final int MAX_VIOLATIONS_PER_OBJECT = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How a nested value links to its parent: the child gets the parent's id, or the reverse. */
  private record Child(String type, String childField, String parentField) {}

  private static final Map<String, Map<String, Child>> CHILDREN =
      Map.of(
          "organization",
          Map.of(
              "locations", new Child("location", "organization_id", null),
              "services", new Child("service", "organization_id", null),
              "phones", new Child("phone", "organization_id", null),
              "contacts", new Child("contact", "organization_id", null),
              "organization_identifiers",
                  new Child("organization_identifier", "organization_id", null),
              "attributes", new Child("attribute", "link_id", null)),
          "service",
          Map.of(
              "organization", new Child("organization", null, "organization_id"),
              "service_at_locations", new Child("service_at_location", "service_id", null),
              "phones", new Child("phone", "service_id", null),
              "contacts", new Child("contact", "service_id", null),
              "attributes", new Child("attribute", "link_id", null)),
          "service_at_location",
          Map.of(
              "location", new Child("location", null, "location_id"),
              "service", new Child("service", null, "service_id"),
              "phones", new Child("phone", "service_at_location_id", null),
              "contacts", new Child("contact", "service_at_location_id", null),
              "attributes", new Child("attribute", "link_id", null)),
          "location",
          Map.of(
              "addresses", new Child("address", "location_id", null),
              "phones", new Child("phone", "location_id", null),
              "contacts", new Child("contact", "location_id", null),
              "attributes", new Child("attribute", "link_id", null)),
          "contact",
          Map.of("phones", new Child("phone", "contact_id", null)),
          "attribute",
          Map.of("taxonomy_term", new Child("taxonomy_term", null, "taxonomy_term_id")),
          "taxonomy_term",
          Map.of("taxonomy_detail", new Child("taxonomy", null, "taxonomy_id")));

  @Override
  public boolean accepts(String fileName, byte[] head) {
    if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return true;
    }
    if (head == null) {
      return false;
    }
    for (byte b : head) {
      if (b == '{' || b == '[') {
        return true;
      }
      if (!(b == ' '
          || b == '\n'
          || b == '\r'
          || b == '\t'
          || b == (byte) 0xEF
          || b == (byte) 0xBB
          || b == (byte) 0xBF)) {
        return false;
      }
    }
    return false;
  }

  @Override
  public ImportSet read(String fileName, Path file) {
    List<RowProblem> problems = new ArrayList<>();
    HsdsTables tables = new HsdsTables();
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      return only(
          fileName,
          new RowProblem(
              fileName, Math.max(line, 0), null, "exchange.problem.hsdsBadJson", List.of()));
    } catch (IOException | RuntimeException e) {
      return only(
          fileName, new RowProblem(fileName, 0, null, "exchange.problem.hsdsBadJson", List.of()));
    }
    if (root == null || !(root.isObject() || root.isArray())) {
      return only(
          fileName, new RowProblem(fileName, 0, null, "exchange.problem.hsdsBadJson", List.of()));
    }
    List<JsonNode> items = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(items::add);
    } else if (root.has("contents") && root.get("contents").isArray()) {
      root.get("contents").forEach(items::add);
    } else {
      items.add(root);
    }
    String listType = null;
    for (JsonNode item : items) {
      listType = listType == null && item.isObject() ? detect(item) : listType;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      int line = i + 1;
      String type = null;
      if (item.isObject()) {
        type = detect(item) != null ? detect(item) : listType;
      }
      if (type == null) {
        problems.add(
            new RowProblem(fileName, line, null, "exchange.problem.hsdsUnknownObject", List.of()));
        continue;
      }
      int n = 0;
      for (HsdsSchemas.Violation v : HsdsSchemas.validate(type, item)) {
        if (n++ == MAX_VIOLATIONS_PER_OBJECT) {
          break;
        }
        problems.add(
            new RowProblem(
                fileName,
                line,
                v.path(),
                "exchange.problem.hsdsSchema",
                List.of(TableSchemas.abbreviate(v.message()))));
      }
      flatten(type, item, Map.of(), fileName, line, tables, seen, 0);
    }
    return new HsdsMapper(tables, TaxonomyMapping.defaults(), problems).map(FORMAT, fileName);
  }

  private static ImportSet only(String fileName, RowProblem problem) {
    return FailedSet.of(FORMAT, fileName, List.of(problem));
  }

  /** The HSDS object type of a JSON object, by the fields only that type has. */
  static String detect(JsonNode o) {
    if (o.has("location_type") || o.has("addresses")) {
      return "location";
    }
    if (o.has("service") || (o.has("location") && !o.has("status"))) {
      return "service_at_location";
    }
    if (o.has("status") || o.has("service_at_locations") || o.has("organization")) {
      return "service";
    }
    if (o.has("link_entity") || o.has("taxonomy_term")) {
      return "attribute";
    }
    if (o.has("taxonomy_detail") || o.has("term_uri") || o.has("parent_id")) {
      return "taxonomy_term";
    }
    if (o.has("address_1")) {
      return "address";
    }
    if (o.has("identifier_scheme") || o.has("identifier_type")) {
      return "organization_identifier";
    }
    if (o.has("number")) {
      return "phone";
    }
    if (o.has("name")
        && (o.has("services")
            || o.has("locations")
            || o.has("website")
            || o.has("email")
            || o.has("organization_identifiers")
            || o.has("legal_status")
            || o.has("description"))) {
      return o.has("version") && o.size() <= 5 ? "taxonomy" : "organization";
    }
    return null;
  }

  /** Adds {@code node} and its nested objects to {@code tables}, once per type and id. */
  static void flatten(
      String type,
      JsonNode node,
      Map<String, String> links,
      String file,
      int line,
      HsdsTables tables,
      Set<String> seen,
      int depth) {
    if (!node.isObject() || depth > 8) {
      return;
    }
    Map<String, String> raw = new LinkedHashMap<>();
    node.properties()
        .forEach(e -> {
          if (e.getValue().isValueNode() && !e.getValue().isNull()) {
            raw.put(e.getKey(), e.getValue().asText());
          }
        });
    raw.putAll(links);
    Map<String, Child> children = CHILDREN.getOrDefault(type, Map.of());
    for (var c : children.entrySet()) {
      JsonNode v = node.get(c.getKey());
      if (c.getValue().parentField() != null && v != null && v.isObject() && v.hasNonNull("id")) {
        raw.putIfAbsent(c.getValue().parentField(), v.get("id").asText());
      }
    }
    String id = raw.get("id");
    boolean fresh = id == null || seen.add(type + "\u0000" + id);
    if (fresh) {
      tables.add(type, HsdsTables.row(file, line, raw));
    }
    for (var c : children.entrySet()) {
      JsonNode v = node.get(c.getKey());
      if (v == null) {
        continue;
      }
      Child child = c.getValue();
      Map<String, String> childLinks = new LinkedHashMap<>();
      if (child.childField() != null && id != null) {
        childLinks.put(child.childField(), id);
        if ("attribute".equals(child.type())) {
          childLinks.put("link_entity", type);
        }
      }
      if (v.isArray()) {
        for (JsonNode x : v) {
          flatten(child.type(), x, childLinks, file, line, tables, seen, depth + 1);
        }
      } else {
        flatten(child.type(), v, childLinks, file, line, tables, seen, depth + 1);
      }
    }
  }
}
