package org.knooppunt.exchange.hsds;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knooppunt.exchange.OrganisationColumn;

/**
 * Knooppunt's organisations as HSDS 3: organization objects (with their branches as locations with
 * addresses, services with the branches they are given at, phones, KvK/KBO identifiers, topics and
 * target groups as taxonomy terms of the taxonomies {@code knooppunt-topic} and {@code
 * knooppunt-target-group}, contacts for people who are visible platform-wide and consented to
 * maps), as a paged JSON list or as a tabular datapackage zip. Collaborations and taalnetwerk
 * memberships, which HSDS cannot express, go into {@code x_knooppunt_collaborations.csv}.
 * Read-only; the data comes page by page from {@link HsdsExportRepository}.
 */
@ApplicationScoped
public class HsdsExporter {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 500;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern NL_POSTCODE = Pattern.compile("\\d{4}\\s?[A-Za-z]{2}");

  /** The tables a datapackage export writes, in the order of the HSDS datapackage. */
  static final List<String> TABLES =
      List.of(
          "organization",
          "organization_identifier",
          "service",
          "attribute",
          "service_at_location",
          "location",
          "phone",
          "contact",
          "address",
          "taxonomy_term",
          "taxonomy");

  private final HsdsExportRepository repository;

  @Inject
  public HsdsExporter(HsdsExportRepository repository) {
    this.repository = repository;
  }

  /** For CDI proxies only. */
  protected HsdsExporter() {
    this.repository = null;
  }

  /** An HSDS API page: total_items, total_pages, page_number, size, …, contents. */
  static ObjectNode page(long total, int pageNumber, int perPage, List<? extends JsonNode> items) {
    ObjectNode page = JSON.createObjectNode();
    long pages = total == 0 ? 0 : (total + perPage - 1) / perPage;
    page.put("total_items", total);
    page.put("total_pages", pages);
    page.put("page_number", pageNumber);
    page.put("size", items.size());
    page.put("first_page", pageNumber == 1);
    page.put("last_page", pageNumber >= pages);
    page.put("empty", items.isEmpty());
    page.putArray("contents").addAll(items);
    return page;
  }

  public ObjectNode organisationPage(ZonedDateTime after, int pageNumber, int perPage) {
    var page = repository.organisations(null, after, (long) (pageNumber - 1) * perPage, perPage);
    return page(
        page.total(), pageNumber, perPage, page.docs().stream().map(this::organization).toList());
  }

  public ObjectNode servicePage(ZonedDateTime after, int pageNumber, int perPage) {
    var page = repository.services(null, after, (long) (pageNumber - 1) * perPage, perPage);
    return page(
        page.total(),
        pageNumber,
        perPage,
        page.docs().stream().map(d -> service(d, (String) d.get("organisation"))).toList());
  }

  public ObjectNode locationPage(ZonedDateTime after, int pageNumber, int perPage) {
    var page = repository.locations(after, (long) (pageNumber - 1) * perPage, perPage);
    return page(
        page.total(),
        pageNumber,
        perPage,
        page.docs().stream().map(d -> branch(d, (String) d.get("organisation"))).toList());
  }

  public ObjectNode termPage(int pageNumber, int perPage) {
    List<Map<String, Object>> all = repository.terms();
    int from = Math.min(all.size(), (pageNumber - 1) * perPage);
    int to = Math.min(all.size(), from + perPage);
    List<ObjectNode> items = new ArrayList<>();
    for (Map<String, Object> t : all.subList(from, to)) {
      items.add(term(t, Boolean.TRUE.equals(t.get("topic"))));
    }
    return page(all.size(), pageNumber, perPage, items);
  }

  /** One organization (full), or null when there is no such active organisation. */
  public ObjectNode organisation(String id) {
    var page = repository.organisations(id, null, 0, 1);
    return page.docs().isEmpty() ? null : organization(page.docs().getFirst());
  }

  public ObjectNode service(String id) {
    var page = repository.services(id, null, 0, 1);
    return page.docs().isEmpty()
        ? null
        : service(page.docs().getFirst(), (String) page.docs().getFirst().get("organisation"));
  }

  /** Every active organisation as one HSDS organization list, streamed. */
  public void writeJson(OutputStream out) throws IOException {
    long total = repository.organisations(null, null, 0, 1).total();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("total_items", total);
      g.writeNumberField("total_pages", total == 0 ? 0 : 1);
      g.writeNumberField("page_number", 1);
      g.writeNumberField("size", total);
      g.writeBooleanField("first_page", true);
      g.writeBooleanField("last_page", true);
      g.writeBooleanField("empty", total == 0);
      g.writeArrayFieldStart("contents");
      forEachOrganisation(o -> {
        try {
          JSON.writeTree(g, o);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /** Every active organisation as an HSDS 3 tabular datapackage (zip), with the extension. */
  public void writeDatapackage(OutputStream out) throws IOException {
    Path dir = Files.createTempDirectory("hsds-export");
    try {
      Map<String, CSVPrinter> printers = new LinkedHashMap<>();
      Map<String, List<String>> columns = new LinkedHashMap<>();
      for (String name : TABLES) {
        columns.put(name, fields(TableSchemas.byName(name)));
      }
      columns.put(TableSchemas.EXTENSION_TABLE, fields(TableSchemas.EXTENSION));
      for (var c : columns.entrySet()) {
        String path = TableSchemas.byName(c.getKey()).path();
        BufferedWriter w = Files.newBufferedWriter(dir.resolve(path), StandardCharsets.UTF_8);
        printers.put(
            c.getKey(),
            CSVFormat.DEFAULT
                .builder()
                .setHeader(c.getValue().toArray(String[]::new))
                .get()
                .print(w));
      }
      Set<String> seen = new HashSet<>();
      try {
        forEachOrganisationDoc((doc, org) -> {
          HsdsTables tables = new HsdsTables();
          HsdsJsonReader.flatten("organization", org, Map.of(), "", 0, tables, seen, 0);
          List<Map<String, String>> ext = extension(doc);
          try {
            for (String name : TABLES) {
              for (HsdsTables.Row r : tables.rows(name)) {
                print(printers.get(name), columns.get(name), r.values());
              }
            }
            for (Map<String, String> r : ext) {
              print(
                  printers.get(TableSchemas.EXTENSION_TABLE),
                  columns.get(TableSchemas.EXTENSION_TABLE),
                  r);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } finally {
        for (CSVPrinter p : printers.values()) {
          p.close();
        }
      }
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(new ZipEntry("datapackage.json"));
        zip.write(
            JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor(columns.keySet())));
        zip.closeEntry();
        for (String name : columns.keySet()) {
          String path = TableSchemas.byName(name).path();
          zip.putNextEntry(new ZipEntry(path));
          Files.copy(dir.resolve(path), zip);
          zip.closeEntry();
        }
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static List<String> fields(TableSchemas.Table table) {
    return table.fields().stream().map(TableSchemas.Field::name).toList();
  }

  private static void print(CSVPrinter printer, List<String> columns, Map<String, String> values)
      throws IOException {
    List<String> row = new ArrayList<>(columns.size());
    for (String c : columns) {
      row.add(values.getOrDefault(c, ""));
    }
    printer.printRecord(row);
  }

  /** The export's datapackage.json: the HSDS 3.0 resources written, plus the extension. */
  private static JsonNode descriptor(Set<String> tables) throws IOException {
    ObjectNode dp;
    try (InputStream in =
        HsdsExporter.class.getResourceAsStream(
            "/org/knooppunt/exchange/hsds/schema/datapackage.json")) {
      dp = (ObjectNode) JSON.readTree(in);
    }
    dp.put("name", "knooppunt");
    dp.put("title", "Knooppunt organisations (HSDS 3.0, Knooppunt profile)");
    ArrayNode resources = JSON.createArrayNode();
    for (JsonNode r : dp.path("resources")) {
      if (tables.contains(r.path("name").asText())) {
        resources.add(r);
      }
    }
    ObjectNode ext = resources.addObject();
    ext.put("name", TableSchemas.EXTENSION_TABLE);
    ext.put("path", TableSchemas.EXTENSION_PATH);
    ext.put(
        "description",
        "Knooppunt profile of HSDS: collaborations between organisations and taalnetwerk"
            + " memberships (roles separated by "
            + OrganisationColumn.LIST_SEPARATOR
            + ").");
    ext.put("format", "csv");
    ext.put("mediatype", "text/csv");
    ext.put("profile", "tabular-data-resource");
    ObjectNode schema = ext.putObject("schema");
    schema.put("primaryKey", "id");
    ArrayNode fields = schema.putArray("fields");
    for (TableSchemas.Field f : TableSchemas.EXTENSION.fields()) {
      ObjectNode field = fields.addObject();
      field.put("name", f.name());
      field.put("type", f.type());
      ObjectNode c = field.putObject("constraints");
      c.put("required", f.required());
      if (!f.enumValues().isEmpty()) {
        f.enumValues().forEach(c.putArray("enum")::add);
      }
    }
    schema
        .putArray("foreignKeys")
        .addObject()
        .put("fields", "organization_id")
        .putObject("reference")
        .put("resource", "organization")
        .put("fields", "id");
    dp.set("resources", resources);
    return dp;
  }

  private interface DocConsumer {
    void accept(Map<String, Object> doc, ObjectNode organization);
  }

  private void forEachOrganisation(java.util.function.Consumer<ObjectNode> consumer) {
    forEachOrganisationDoc((doc, org) -> consumer.accept(org));
  }

  private void forEachOrganisationDoc(DocConsumer consumer) {
    long skip = 0;
    while (true) {
      var page = repository.organisations(null, null, skip, BATCH);
      for (Map<String, Object> doc : page.docs()) {
        consumer.accept(doc, organization(doc));
      }
      skip += page.docs().size();
      if (page.docs().size() < BATCH || skip >= page.total()) {
        return;
      }
    }
  }

  /** The extension rows of one organisation: its collaborations and taalnetwerk memberships. */
  static List<Map<String, String>> extension(Map<String, Object> doc) {
    String org = (String) doc.get("id");
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, Object> c : list(doc.get("collaborations"))) {
      Map<String, String> r = new LinkedHashMap<>();
      r.put("id", c.get("id") != null ? (String) c.get("id") : uuid(org + ":" + c.get("other")));
      r.put("organization_id", org);
      r.put("relation", HsdsMapper.COLLABORATES_WITH);
      r.put("other_organization_id", (String) c.get("other"));
      r.put("other_name", (String) c.get("otherName"));
      r.put("topic", (String) c.get("topic"));
      r.put("status", (String) c.get("status"));
      rows.add(r);
    }
    for (Map<String, Object> m : list(doc.get("memberships"))) {
      Map<String, String> r = new LinkedHashMap<>();
      r.put("id", uuid(org + ":" + m.get("id")));
      r.put("organization_id", org);
      r.put("relation", HsdsMapper.MEMBER_OF_TAALNETWERK);
      r.put("taalnetwerk_id", (String) m.get("id"));
      r.put("taalnetwerk_name", (String) m.get("name"));
      List<String> roles = new ArrayList<>();
      if (m.get("roles") instanceof List<?> l) {
        l.forEach(x -> roles.add(String.valueOf(x)));
      }
      r.put("roles", String.join(OrganisationColumn.LIST_SEPARATOR, roles));
      rows.add(r);
    }
    return rows;
  }

  /** One organisation document as an HSDS organization (full). */
  ObjectNode organization(Map<String, Object> doc) {
    String id = (String) doc.get("id");
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("name", (String) doc.get("name"));
    String description = (String) doc.get("description");
    o.put(
        "description",
        description == null || description.isBlank() ? (String) doc.get("name") : description);
    putIf(o, "email", email((String) doc.get("email")));
    putIf(o, "website", website((String) doc.get("website")));
    String registration = (String) doc.get("registrationNumber");
    ArrayNode identifiers = o.putArray("organization_identifiers");
    if (registration != null && registration.matches("\\d{8}|\\d{10}")) {
      boolean kvk = registration.length() == 8;
      ObjectNode i = identifiers.addObject();
      i.put("id", uuid(id + ":identifier"));
      i.put("organization_id", id);
      i.put("identifier_scheme", kvk ? "NL-KVK" : "BE-BCE_KBO");
      i.put("identifier_type", kvk ? "KvK-nummer" : "KBO-nummer");
      i.put("identifier", registration);
    }
    ArrayNode phones = o.putArray("phones");
    if (doc.get("phone") != null) {
      ObjectNode p = phones.addObject();
      p.put("id", uuid(id + ":phone"));
      p.put("organization_id", id);
      p.put("number", (String) doc.get("phone"));
    }
    ArrayNode locations = o.putArray("locations");
    if (doc.get("street") != null || doc.get("lat") != null) {
      ObjectNode l = location(uuid(id + ":address"), (String) doc.get("name"), doc, id);
      l.put("external_identifier", id);
      l.put("external_identifier_type", HsdsMapper.ORGANISATION_ADDRESS);
      locations.add(l);
    }
    for (Map<String, Object> b : list(doc.get("branches"))) {
      locations.add(branch(b, id));
    }
    ArrayNode services = o.putArray("services");
    for (Map<String, Object> s : list(doc.get("services"))) {
      services.add(service(s, id));
    }
    ArrayNode contacts = o.putArray("contacts");
    for (Map<String, Object> p : list(doc.get("contacts"))) {
      ObjectNode c = contacts.addObject();
      c.put("id", (String) p.get("id"));
      c.put("organization_id", id);
      putIf(c, "name", (String) p.get("name"));
      putIf(
          c,
          "title",
          p.get("jobTitle") != null ? (String) p.get("jobTitle") : (String) p.get("role"));
      putIf(c, "email", email((String) p.get("email")));
      ArrayNode cp = c.putArray("phones");
      if (p.get("phone") != null) {
        ObjectNode ph = cp.addObject();
        ph.put("id", uuid(p.get("id") + ":phone"));
        ph.put("contact_id", (String) p.get("id"));
        ph.put("number", (String) p.get("phone"));
      }
    }
    o.set("attributes", attributes(id, "organization", doc));
    return o;
  }

  ObjectNode branch(Map<String, Object> b, String organisationId) {
    return location((String) b.get("id"), (String) b.get("name"), b, organisationId);
  }

  private ObjectNode location(
      String id, String name, Map<String, Object> doc, String organisationId) {
    ObjectNode l = JSON.createObjectNode();
    l.put("id", id);
    l.put("location_type", "physical");
    l.put("organization_id", organisationId);
    putIf(l, "name", name);
    if (doc.get("lat") instanceof Number lat && doc.get("lon") instanceof Number lon) {
      l.put("latitude", lat.doubleValue());
      l.put("longitude", lon.doubleValue());
    }
    ArrayNode addresses = l.putArray("addresses");
    String street = (String) doc.get("street");
    String postcode = (String) doc.get("postcode");
    String place = (String) doc.get("place");
    if (street != null && postcode != null && place != null) {
      ObjectNode a = addresses.addObject();
      a.put("id", uuid(id + ":postal-address"));
      a.put("location_id", id);
      a.put("address_1", street);
      a.put("city", place);
      String municipality = (String) doc.get("municipalityName");
      putIf(a, "region", municipality);
      String province = (String) doc.get("province");
      a.put(
          "state_province",
          province != null ? province : municipality != null ? municipality : place);
      a.put("postal_code", postcode);
      a.put("country", country((String) doc.get("municipalityCode"), postcode));
      a.put("address_type", "physical");
    }
    return l;
  }

  ObjectNode service(Map<String, Object> s, String organisationId) {
    String id = (String) s.get("id");
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("organization_id", organisationId);
    o.put("name", (String) s.get("name"));
    putIf(o, "description", (String) s.get("description"));
    o.put("status", "active");
    ArrayNode at = o.putArray("service_at_locations");
    for (Object b : list2(s.get("branches"))) {
      ObjectNode sal = at.addObject();
      sal.put("id", uuid(id + ":" + b));
      sal.put("service_id", id);
      sal.put("location_id", String.valueOf(b));
    }
    o.set("attributes", attributes(id, "service", s));
    return o;
  }

  private ArrayNode attributes(String link, String entity, Map<String, Object> doc) {
    ArrayNode out = JSON.createArrayNode();
    for (boolean topic : new boolean[] {true, false}) {
      for (Map<String, Object> t : list(doc.get(topic ? "topics" : "targetGroups"))) {
        ObjectNode term = term(t, topic);
        ObjectNode a = out.addObject();
        a.put("id", uuid(link + ":" + term.get("id").asText()));
        a.put("link_id", link);
        a.put("taxonomy_term_id", term.get("id").asText());
        a.put("link_type", topic ? "topic" : "target_group");
        a.put("link_entity", entity);
        a.set("taxonomy_term", term);
      }
    }
    return out;
  }

  static ObjectNode term(Map<String, Object> t, boolean topic) {
    String taxonomy =
        topic ? TaxonomyMapping.TOPIC_TAXONOMY : TaxonomyMapping.TARGET_GROUP_TAXONOMY;
    String id = (String) t.get("id");
    String name = t.get("nameNl") != null ? (String) t.get("nameNl") : id;
    ObjectNode term = JSON.createObjectNode();
    term.put("id", uuid(taxonomy + ":" + id));
    term.put("code", id);
    term.put("name", name);
    term.put("description", t.get("nameEn") != null ? name + " / " + t.get("nameEn") : name);
    term.put("taxonomy", taxonomy);
    term.put("taxonomy_id", uuid(taxonomy));
    term.put("language", "nld");
    ObjectNode detail = term.putObject("taxonomy_detail");
    detail.put("id", uuid(taxonomy));
    detail.put("name", taxonomy);
    detail.put(
        "description",
        topic ? "Knooppunt topics (thema's)" : "Knooppunt target groups (doelgroepen)");
    detail.put("version", "1");
    return term;
  }

  /** A stable UUID for a derived HSDS record, so that exports are reproducible. */
  static String uuid(String key) {
    return UUID.nameUUIDFromBytes(("knooppunt:" + key).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static String country(String municipalityCode, String postcode) {
    if (municipalityCode != null) {
      return municipalityCode.startsWith("GM") ? "NL" : "BE";
    }
    return postcode != null && NL_POSTCODE.matcher(postcode.strip()).matches() ? "NL" : "BE";
  }

  static String email(String email) {
    return email != null && EMAIL.matcher(email.strip()).matches() ? email.strip() : null;
  }

  static String website(String website) {
    if (website == null || website.isBlank()) {
      return null;
    }
    String w = website.strip();
    if (!w.matches("(?i)https?://.*")) {
      w = "https://" + w;
    }
    try {
      URI uri = new URI(w);
      return uri.getHost() == null ? null : uri.toString();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static void putIf(ObjectNode o, String field, String value) {
    if (value != null && !value.isBlank()) {
      o.put(field, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    if (!(value instanceof List<?> l)) {
      return List.of();
    }
    return (List<Map<String, Object>>) l;
  }

  private static List<?> list2(Object value) {
    return value instanceof List<?> l ? l : List.of();
  }
}
