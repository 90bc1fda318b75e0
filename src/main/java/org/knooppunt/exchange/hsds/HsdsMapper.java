package org.knooppunt.exchange.hsds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.knooppunt.exchange.ImportSet;
import org.knooppunt.exchange.ImportSet.LocationRow;
import org.knooppunt.exchange.ImportSet.MembershipRow;
import org.knooppunt.exchange.ImportSet.OrganisationRow;
import org.knooppunt.exchange.ImportSet.RelationRow;
import org.knooppunt.exchange.ImportSet.RowProblem;
import org.knooppunt.exchange.ImportSet.ServiceRow;
import org.knooppunt.exchange.OrganisationColumn;

/**
 * Turns HSDS tables into Knooppunt's import rows: organization → organisation (kind partner, a
 * KvK/KBO organization_identifier → registration number, the address of its first physical
 * location), location → branch, service → service with its service_at_location locations,
 * attributes → topics and target groups through the {@link TaxonomyMapping}, and the Knooppunt
 * extension table → relations and taalnetwerk memberships.
 */
final class HsdsMapper {

  static final String ID_SCHEME = "hsds";
  static final String COLLABORATES_WITH = "collaborates_with";
  static final String MEMBER_OF_TAALNETWERK = "member_of_taalnetwerk";

  /**
   * A location Knooppunt's export writes for an organisation's own address (not a branch), marked
   * by this {@code external_identifier_type}.
   */
  static final String ORGANISATION_ADDRESS = "knooppunt-organisation-address";

  /** The problem key of an unmapped taxonomy term: a warning, the row is still imported. */
  public static final String UNMAPPED_TERM = "exchange.problem.hsdsUnmappedTerm";

  private final HsdsTables tables;
  private final TaxonomyMapping mapping;
  private final List<RowProblem> problems;

  HsdsMapper(HsdsTables tables, TaxonomyMapping mapping, List<RowProblem> problems) {
    this.tables = tables;
    this.mapping = mapping;
    this.problems = problems;
  }

  ImportSet map(String format, String sourceName) {
    Map<String, HsdsTables.Row> orgs = byId("organization");
    Map<String, HsdsTables.Row> services = byId("service");
    Map<String, HsdsTables.Row> locations = byId("location");
    byId("service_at_location");
    Map<String, List<HsdsTables.Row>> addressesOf = groupBy("address", "location_id");
    Map<String, List<HsdsTables.Row>> locationsOf = groupBy("location", "organization_id");
    Map<String, List<HsdsTables.Row>> phonesOf = groupBy("phone", "organization_id");
    Map<String, List<HsdsTables.Row>> identifiersOf =
        groupBy("organization_identifier", "organization_id");
    Map<String, List<HsdsTables.Row>> locationsOfService =
        groupBy("service_at_location", "service_id");
    Map<String, List<HsdsTables.Row>> servicesAtLocation =
        groupBy("service_at_location", "location_id");
    Terms terms = terms();

    List<OrganisationRow> organisationRows = new ArrayList<>();
    for (HsdsTables.Row o : orgs.values()) {
      HsdsTables.Row place = addressLocation(locationsOf.get(o.get("id")), addressesOf);
      HsdsTables.Row address =
          place == null ? null : firstAddress(addressesOf.get(place.get("id")));
      List<HsdsTables.Row> phones = phonesOf.getOrDefault(o.get("id"), List.of());
      organisationRows.add(
          new OrganisationRow(
              o.file(),
              o.line(),
              o.get("id"),
              "partner",
              o.get("name"),
              o.get("description"),
              null,
              registrationNumber(identifiersOf.get(o.get("id"))),
              o.get("email"),
              o.get("website"),
              phones.isEmpty() ? null : phones.getFirst().get("number"),
              address == null ? null : address.get("address_1"),
              address == null ? null : address.get("postal_code"),
              address == null ? null : address.get("city"),
              address == null ? null : municipality(address),
              place == null ? null : number(place.get("latitude")),
              place == null ? null : number(place.get("longitude")),
              terms.of(o.get("id"), true),
              terms.of(o.get("id"), false)));
    }

    List<LocationRow> locationRows = new ArrayList<>();
    for (HsdsTables.Row l : locations.values()) {
      if (ORGANISATION_ADDRESS.equals(l.get("external_identifier_type"))) {
        continue;
      }
      String org = l.get("organization_id");
      if (org == null || !orgs.containsKey(org)) {
        for (HsdsTables.Row sal : servicesAtLocation.getOrDefault(l.get("id"), List.of())) {
          HsdsTables.Row s = services.get(sal.get("service_id"));
          if (s != null && orgs.containsKey(s.get("organization_id"))) {
            org = s.get("organization_id");
            break;
          }
        }
      }
      HsdsTables.Row address = firstAddress(addressesOf.get(l.get("id")));
      locationRows.add(
          new LocationRow(
              l.file(),
              l.line(),
              l.get("id"),
              org,
              l.get("name"),
              address == null ? null : address.get("address_1"),
              address == null ? null : address.get("postal_code"),
              address == null ? null : address.get("city"),
              address == null ? null : municipality(address),
              number(l.get("latitude")),
              number(l.get("longitude"))));
    }

    List<ServiceRow> serviceRows = new ArrayList<>();
    for (HsdsTables.Row s : services.values()) {
      List<String> at = new ArrayList<>();
      for (HsdsTables.Row sal : locationsOfService.getOrDefault(s.get("id"), List.of())) {
        if (sal.get("location_id") != null && !at.contains(sal.get("location_id"))) {
          at.add(sal.get("location_id"));
        }
      }
      serviceRows.add(
          new ServiceRow(
              s.file(),
              s.line(),
              s.get("id"),
              s.get("organization_id"),
              s.get("name"),
              s.get("description"),
              terms.of(s.get("id"), true),
              terms.of(s.get("id"), false),
              at));
    }

    List<RelationRow> relations = new ArrayList<>();
    List<MembershipRow> memberships = new ArrayList<>();
    for (HsdsTables.Row x : tables.rows(TableSchemas.EXTENSION_TABLE)) {
      if (COLLABORATES_WITH.equals(x.get("relation"))) {
        String other = x.get("other_organization_id");
        String to =
            other != null && (orgs.containsKey(other) || x.get("other_name") == null)
                ? other
                : x.get("other_name");
        relations.add(
            new RelationRow(x.file(), x.line(), x.get("organization_id"), to, x.get("topic")));
      } else if (MEMBER_OF_TAALNETWERK.equals(x.get("relation"))) {
        String net =
            x.get("taalnetwerk_id") != null ? x.get("taalnetwerk_id") : x.get("taalnetwerk_name");
        memberships.add(
            new MembershipRow(
                x.file(), x.line(), x.get("organization_id"), net, split(x.get("roles"))));
      }
    }
    return new ImportSet(
        format,
        sourceName,
        ID_SCHEME,
        organisationRows,
        locationRows,
        serviceRows,
        relations,
        memberships,
        problems);
  }

  private static List<String> split(String list) {
    if (list == null) {
      return List.of();
    }
    return Arrays.stream(list.split("\\" + OrganisationColumn.LIST_SEPARATOR))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /**
   * The municipality to match: the region (where Knooppunt's export writes it) or the city; none
   * for an address in another country than the Netherlands or Belgium, so a foreign place never
   * matches a Dutch or Belgian name by chance.
   */
  private static String municipality(HsdsTables.Row address) {
    String country = address.get("country");
    if (country != null && !HOME_COUNTRIES.contains(country.strip().toLowerCase(Locale.ROOT))) {
      return null;
    }
    return address.get("region") != null ? address.get("region") : address.get("city");
  }

  /** How an address may name the Netherlands or Belgium (ISO codes and names). */
  private static final Set<String> HOME_COUNTRIES =
      Set.of(
          "nl",
          "nld",
          "netherlands",
          "the netherlands",
          "nederland",
          "be",
          "bel",
          "belgium",
          "belgië",
          "belgie",
          "belgique");

  private static Double number(String v) {
    if (v == null) {
      return null;
    }
    try {
      double d = Double.parseDouble(v);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The organisation's address location: the one Knooppunt marked, else the first with one. */
  private static HsdsTables.Row addressLocation(
      List<HsdsTables.Row> locations, Map<String, List<HsdsTables.Row>> addressesOf) {
    if (locations == null) {
      return null;
    }
    for (HsdsTables.Row l : locations) {
      if (ORGANISATION_ADDRESS.equals(l.get("external_identifier_type"))) {
        return l;
      }
    }
    for (HsdsTables.Row l : locations) {
      if (addressesOf.containsKey(l.get("id"))) {
        return l;
      }
    }
    return null;
  }

  private static HsdsTables.Row firstAddress(List<HsdsTables.Row> addresses) {
    if (addresses == null || addresses.isEmpty()) {
      return null;
    }
    for (HsdsTables.Row a : addresses) {
      if ("physical".equals(a.get("address_type"))) {
        return a;
      }
    }
    return addresses.getFirst();
  }

  /** A KvK (8 digits) or KBO (10 digits) number from the organisation's identifiers. */
  static String registrationNumber(List<HsdsTables.Row> identifiers) {
    if (identifiers == null) {
      return null;
    }
    for (HsdsTables.Row i : identifiers) {
      String scheme =
          (String.valueOf(i.get("identifier_scheme")) + " " + i.get("identifier_type"))
              .toLowerCase(Locale.ROOT);
      if (scheme.contains("kvk")
          || scheme.contains("kbo")
          || scheme.contains("bce")
          || scheme.contains("kamer van koophandel")
          || scheme.contains("ondernemingsnummer")) {
        String digits = String.valueOf(i.get("identifier")).replaceAll("[^0-9]", "");
        return digits.isEmpty() ? i.get("identifier") : digits;
      }
    }
    return null;
  }

  private Map<String, HsdsTables.Row> byId(String table) {
    Map<String, HsdsTables.Row> out = new LinkedHashMap<>();
    for (HsdsTables.Row r : tables.rows(table)) {
      String id = r.get("id");
      if (id == null) {
        continue;
      }
      if (out.putIfAbsent(id, r) != null) {
        problems.add(
            new RowProblem(
                r.file(),
                r.line(),
                "id",
                "exchange.problem.hsdsDuplicateId",
                List.of(TableSchemas.abbreviate(id))));
      }
    }
    return out;
  }

  private Map<String, List<HsdsTables.Row>> groupBy(String table, String field) {
    Map<String, List<HsdsTables.Row>> out = new HashMap<>();
    for (HsdsTables.Row r : tables.rows(table)) {
      if (r.get(field) != null) {
        out.computeIfAbsent(r.get(field), k -> new ArrayList<>()).add(r);
      }
    }
    return out;
  }

  /** Topics and target groups per linked id, from attributes and their taxonomy terms. */
  private Terms terms() {
    Map<String, String> taxonomyNames = new HashMap<>();
    for (HsdsTables.Row t : tables.rows("taxonomy")) {
      if (t.get("id") != null && t.get("name") != null) {
        taxonomyNames.put(t.get("id"), t.get("name"));
      }
    }
    Map<String, HsdsTables.Row> termsById = new HashMap<>();
    for (HsdsTables.Row t : tables.rows("taxonomy_term")) {
      if (t.get("id") != null) {
        termsById.putIfAbsent(t.get("id"), t);
      }
    }
    Terms terms = new Terms();
    Set<String> linkable = new HashSet<>();
    tables.rows("organization").forEach(r -> linkable.add(r.get("id")));
    tables.rows("service").forEach(r -> linkable.add(r.get("id")));
    for (HsdsTables.Row a : tables.rows("attribute")) {
      String link = a.get("link_id");
      if (link == null || !linkable.contains(link)) {
        continue;
      }
      HsdsTables.Row term = termsById.get(a.get("taxonomy_term_id"));
      if (term == null) {
        continue;
      }
      String taxonomy =
          term.get("taxonomy") != null
              ? term.get("taxonomy")
              : taxonomyNames.get(term.get("taxonomy_id"));
      var target = mapping.find(taxonomy, term.get("code"), term.get("name"));
      if (target.isPresent()) {
        terms.add(link, target.get());
      } else {
        problems.add(
            new RowProblem(
                a.file(),
                a.line(),
                "taxonomy_term_id",
                UNMAPPED_TERM,
                List.of(
                    String.valueOf(taxonomy),
                    TableSchemas.abbreviate(
                        term.get("code") != null ? term.get("code") : term.get("name")))));
      }
    }
    return terms;
  }

  private static final class Terms {
    private final Map<String, List<String>> topics = new HashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();

    void add(String link, TaxonomyMapping.Target target) {
      List<String> list =
          (target.topic() ? topics : groups).computeIfAbsent(link, k -> new ArrayList<>());
      if (!list.contains(target.id())) {
        list.add(target.id());
      }
    }

    List<String> of(String link, boolean topic) {
      return List.copyOf((topic ? topics : groups).getOrDefault(link, List.of()));
    }
  }
}
