package org.knooppunt.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.ImportPlan.Change;
import org.knooppunt.exchange.ImportPlan.PlannedOrganisation;
import org.knooppunt.exchange.ImportRepository.Existing;
import org.knooppunt.exchange.ImportRepository.MunicipalityRef;
import org.knooppunt.exchange.ImportRepository.Target;
import org.knooppunt.exchange.ImportRepository.TermRef;
import org.knooppunt.exchange.ImportSet.LocationRow;
import org.knooppunt.exchange.ImportSet.MembershipRow;
import org.knooppunt.exchange.ImportSet.OrganisationRow;
import org.knooppunt.exchange.ImportSet.RelationRow;
import org.knooppunt.exchange.ImportSet.RowProblem;
import org.knooppunt.exchange.ImportSet.ServiceRow;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.organisation.Sector;
import org.knooppunt.platform.neo4j.Graph;
import org.knooppunt.taalnetwerk.TaalnetwerkRole;

/**
 * Turns what a reader read into what an import would write, for every format alike: matches
 * municipalities, taxonomy terms, sectors, registration numbers, relation targets and
 * taalnetwerken; checks who may write each row; and finds, in one read of all keys, which rows
 * would create, update or change nothing (by the stored {@code importHash}). Reference data is read
 * once per file, in a handful of statements, never per row. A row with a problem is refused whole,
 * with its reasons; the others stay importable.
 */
@ApplicationScoped
public class ImportPlanner {

  static final int MAX_TEXT = 5_000;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern POSTCODE = Pattern.compile("[0-9]{4}(\\s?[A-Za-z]{2})?");

  private final Graph graph;
  private final ImportRepository repository;

  @Inject
  public ImportPlanner(Graph graph, ImportRepository repository) {
    this.graph = graph;
    this.repository = repository;
  }

  protected ImportPlanner() {
    this(null, null);
  }

  /** The plan for {@code actor}; reads only. */
  public ImportPlan plan(Account actor, ImportSet set) {
    return graph.read(tx -> {
      List<RowProblem> problems = new ArrayList<>(set.problems());
      boolean fileRejected =
          problems.stream().anyMatch(p -> p.line() == 0 && !ImportReader.isWarning(p.key()));
      if (fileRejected) {
        return new ImportPlan(set, List.of(), List.of(), List.of(), problems, 0, true);
      }
      Reference ref =
          new Reference(
              repository.municipalities(tx), repository.taxonomy(tx), repository.taalnetwerken(tx));
      // Postcode fallback, one statement for all rows (and locations) that need it.
      List<String> prefixes = new ArrayList<>();
      set.organisations().stream()
          .filter(o -> ref.municipality(o.municipality()) == null && o.postcode() != null)
          .forEach(o -> prefixes.add(prefix(o.postcode())));
      set.locations().stream()
          .filter(l -> ref.municipality(l.municipality()) == null && l.postcode() != null)
          .forEach(l -> prefixes.add(prefix(l.postcode())));
      prefixes.removeIf(p -> p == null);
      prefixes.sort(null);
      Map<String, String> byPostcode =
          prefixes.isEmpty()
              ? Map.of()
              : repository.postcodeMunicipalities(tx, prefixes.stream().distinct().toList());
      boolean lenient = set.format() != null && set.format().startsWith("hsds");

      // Refused rows by file and line: an HSDS package has one line numbering per table.
      Set<String> bad = new HashSet<>();
      for (RowProblem p : problems) {
        if (p.line() > 0 && !ImportReader.isWarning(p.key())) {
          bad.add(at(p.file(), p.line()));
        }
      }
      Map<Integer, String> fileOf = new HashMap<>();
      Map<String, OrganisationRow> byFileId = new HashMap<>();
      Map<Integer, Map<String, Object>> rows = new LinkedHashMap<>();
      Map<Integer, String> keys = new HashMap<>();
      for (OrganisationRow o : set.organisations()) {
        List<RowProblem> rowProblems = new ArrayList<>();
        Map<String, Object> row = row(set, o, ref, byPostcode, rowProblems, lenient);
        if (o.externalId() != null) {
          byFileId.put(o.externalId(), o);
        }
        if (o.registrationNumber() != null) {
          byFileId.putIfAbsent(o.registrationNumber(), o);
        }
        problems.addAll(rowProblems);
        fileOf.putIfAbsent(o.line(), o.file());
        if (rowProblems.stream().allMatch(p -> ImportReader.isWarning(p.key()))
            && !bad.contains(at(o.file(), o.line()))) {
          rows.put(o.line(), row);
          keys.put(o.line(), (String) row.get("key"));
        } else {
          bad.add(at(o.file(), o.line()));
        }
      }
      // Who may write each row, and what is stored under its key: one statement.
      List<Map<String, Object>> keyParams = new ArrayList<>();
      for (var row : rows.values()) {
        Map<String, Object> k = new HashMap<>();
        k.put("key", row.get("key"));
        k.put("number", ((Map<?, ?>) row.get("props")).get("registrationNumber"));
        keyParams.add(k);
      }
      Map<String, Existing> existing = repository.existing(tx, keyParams);
      for (var it = rows.entrySet().iterator(); it.hasNext(); ) {
        var e = it.next();
        Map<String, Object> row = e.getValue();
        Existing stored = existing.get((String) row.get("key"));
        String problem = authorise(actor, row, stored, ref);
        if (problem != null) {
          problems.add(
              new RowProblem(fileOf.get(e.getKey()), e.getKey(), null, problem, List.of()));
          bad.add(at(fileOf.get(e.getKey()), e.getKey()));
          it.remove();
        } else if (stored != null) {
          // A library stays a library: HSDS (and a table's default kind) says partner.
          if (stored.library()) {
            row.put("library", true);
          }
          row.put("existingId", stored.id());
          row.put("storedHash", stored.hash());
        }
      }
      // Relations: a file id, a KvK/KBO number or an exact name in Knooppunt; one statement.
      List<String> outside =
          set.relations().stream()
              .map(RelationRow::to)
              .filter(to -> !byFileId.containsKey(to))
              .distinct()
              .toList();
      Map<String, List<Target>> targets =
          outside.isEmpty() ? Map.of() : repository.targets(tx, outside);
      Map<Integer, List<Map<String, Object>>> relations = new HashMap<>();
      for (RelationRow r : set.relations()) {
        // The organisation's own line: in an HSDS package a relation is a row of another table.
        OrganisationRow from = r.fromExternalId() == null ? null : byFileId.get(r.fromExternalId());
        int line = from == null ? r.line() : from.line();
        if (!rows.containsKey(line)) {
          continue;
        }
        Map<String, Object> rel = new HashMap<>();
        rel.put("fromKey", keys.get(line));
        OrganisationRow inFile = byFileId.get(r.to());
        boolean mayOther;
        if (inFile != null) {
          if (!rows.containsKey(inFile.line())) {
            problems.add(
                new RowProblem(
                    fileOf.get(line),
                    line,
                    "collaborates_with",
                    "exchange.problem.relationRejected",
                    List.of(r.to())));
            reject(rows, bad, fileOf, line);
            continue;
          }
          rel.put("toKey", keys.get(inFile.line()));
          rel.put("toId", null);
          mayOther = true;
        } else {
          List<Target> found = targets.getOrDefault(r.to(), List.of());
          if (found.size() != 1) {
            problems.add(
                new RowProblem(
                    fileOf.get(line),
                    line,
                    "collaborates_with",
                    found.isEmpty()
                        ? "exchange.problem.unknownPartner"
                        : "exchange.problem.ambiguousPartner",
                    List.of(r.to())));
            reject(rows, bad, fileOf, line);
            continue;
          }
          Target t = found.getFirst();
          rel.put("toKey", null);
          rel.put("toId", t.id());
          mayOther = maySpeakFor(actor, t.id(), t.library(), t.claimed());
        }
        // Confirmed only when the importer may speak for both sides (an admin always); the
        // importer speaks for the row's own side by importing it.
        rel.put("status", mayOther ? "confirmed" : "proposed");
        relations.computeIfAbsent(line, l -> new ArrayList<>()).add(rel);
      }
      // Per row, its memberships by taalnetwerk id (a network named twice joins its roles).
      Map<Integer, Map<String, Map<String, Object>>> memberships = new HashMap<>();
      for (MembershipRow m : set.memberships()) {
        OrganisationRow member =
            m.organisationExternalId() == null ? null : byFileId.get(m.organisationExternalId());
        int line = member == null ? m.line() : member.line();
        if (!rows.containsKey(line)) {
          continue;
        }
        String taalnetwerk = ref.taalnetwerk(m.taalnetwerk());
        if (taalnetwerk == null) {
          problems.add(
              new RowProblem(
                  fileOf.get(line),
                  line,
                  "taalnetwerk",
                  "exchange.problem.unknownTaalnetwerk",
                  List.of(m.taalnetwerk())));
          reject(rows, bad, fileOf, line);
          continue;
        }
        List<String> roles = new ArrayList<>();
        for (String role : m.roles()) {
          String code =
              role.strip().toLowerCase(Locale.ROOT).replace("intermedieren", "intermediëren");
          if (TaalnetwerkRole.of(code).isEmpty()) {
            problems.add(
                new RowProblem(
                    fileOf.get(line),
                    line,
                    "taalnetwerk_roles",
                    "exchange.problem.unknownRole",
                    List.of(role)));
            reject(rows, bad, fileOf, line);
            break;
          }
          roles.add(code);
        }
        if (rows.containsKey(line)) {
          Map<String, Object> held =
              memberships
                  .computeIfAbsent(line, l -> new TreeMap<>())
                  .computeIfAbsent(
                      taalnetwerk,
                      t ->
                          new HashMap<>(
                              Map.of("key", keys.get(line), "taalnetwerk", t, "roles", List.of())));
          @SuppressWarnings("unchecked")
          Set<String> all = new TreeSet<>((List<String>) held.get("roles"));
          all.addAll(roles);
          held.put("roles", List.copyOf(all));
        }
      }
      // A relation to a row refused above goes too.
      Set<String> accepted = new HashSet<>();
      rows.keySet().forEach(line -> accepted.add(keys.get(line)));
      relations
          .values()
          .forEach(list ->
              list.removeIf(
                  rel -> rel.get("toKey") != null && !accepted.contains(rel.get("toKey"))));

      // Locations and services ride in their organisation's row: written in its batch, hashed
      // with it. Only now is it known which organisations are accepted.
      Map<String, Integer> lineOf = new HashMap<>();
      for (OrganisationRow o : set.organisations()) {
        if (o.externalId() != null && rows.containsKey(o.line())) {
          lineOf.putIfAbsent(o.externalId(), o.line());
        }
      }
      Map<String, String> locationKeys =
          attachLocations(set, ref, byPostcode, lenient, rows, lineOf, bad, problems);
      attachServices(set, ref, rows, lineOf, locationKeys, bad, problems);

      List<PlannedOrganisation> planned = new ArrayList<>();
      List<Map<String, Object>> relationRows = new ArrayList<>();
      List<Map<String, Object>> membershipRows = new ArrayList<>();
      for (var e : rows.entrySet()) {
        Map<String, Object> row = e.getValue();
        List<Map<String, Object>> rels = relations.getOrDefault(e.getKey(), List.of());
        Map<String, Map<String, Object>> byNetwork = memberships.getOrDefault(e.getKey(), Map.of());
        Collection<Map<String, Object>> member = byNetwork.values();
        // An imported membership the row no longer names is removed with the row's update.
        row.put("taalnetwerken", List.copyOf(byNetwork.keySet()));
        String hash = hash(row, rels, member);
        row.put("hash", hash);
        Object storedHash = row.remove("storedHash");
        Change change =
            row.get("existingId") == null
                ? Change.CREATE
                : hash.equals(storedHash) ? Change.UNCHANGED : Change.UPDATE;
        planned.add(new PlannedOrganisation(e.getKey(), (String) row.get("key"), change, row));
        relationRows.addAll(rels);
        membershipRows.addAll(member);
      }
      problems.sort(Comparator.comparingInt(RowProblem::line));
      return new ImportPlan(
          set, planned, relationRows, membershipRows, problems, bad.size(), false);
    });
  }

  private static void reject(
      Map<Integer, Map<String, Object>> rows,
      Set<String> bad,
      Map<Integer, String> fileOf,
      int line) {
    rows.remove(line);
    bad.add(at(fileOf.get(line), line));
  }

  /**
   * A row's place in the upload, for telling refused rows apart across an HSDS package's tables.
   */
  private static String at(String file, int line) {
    return file + "\u0000" + line;
  }

  private static MunicipalityRef municipality(
      Reference ref, Map<String, String> byPostcode, String value, String postcode) {
    MunicipalityRef m = ref.municipality(value);
    if (m == null && postcode != null) {
      String prefix = prefix(postcode);
      String id = prefix == null ? null : byPostcode.get(prefix);
      m = id == null ? null : ref.byId.get(id);
    }
    return m;
  }

  /**
   * A place that matches no municipality. In Knooppunt's own table a named municipality must exist
   * (a typo is refused); an HSDS address may lie anywhere, so there it is a warning and the row is
   * imported without {@code LOCATED_IN}.
   */
  private static RowProblem unmatched(
      String file, int line, String municipality, String place, boolean lenient) {
    if (lenient) {
      String where = municipality != null ? municipality : place;
      return new RowProblem(
          file,
          line,
          "municipality",
          "exchange.problem.municipalityNotMatched",
          List.of(where == null ? "" : where));
    }
    return new RowProblem(
        file,
        line,
        "municipality",
        "exchange.problem.unknownMunicipality",
        List.of(municipality == null ? "" : municipality));
  }

  private static boolean coordinates(Double lat, Double lon) {
    return (lat == null) == (lon == null)
        && (lat == null || (Math.abs(lat) <= 90 && Math.abs(lon) <= 180));
  }

  private static boolean badText(String value, int max) {
    return value != null && (CONTROL.matcher(value).find() || value.length() > max);
  }

  /**
   * Puts each accepted location, as write parameters, into its organisation's row ({@code
   * locations}); returns the import key of each accepted location by external id. A location whose
   * organisation is missing or refused, or with a problem of its own, is refused.
   */
  private static Map<String, String> attachLocations(
      ImportSet set,
      Reference ref,
      Map<String, String> byPostcode,
      boolean lenient,
      Map<Integer, Map<String, Object>> rows,
      Map<String, Integer> lineOf,
      Set<String> bad,
      List<RowProblem> problems) {
    rows.values().forEach(r -> r.put("locations", new ArrayList<Map<String, Object>>()));
    Map<String, String> keys = new HashMap<>();
    for (LocationRow l : set.locations()) {
      String file = l.file();
      int line = l.line();
      List<RowProblem> own = new ArrayList<>();
      Integer orgLine =
          l.organisationExternalId() == null ? null : lineOf.get(l.organisationExternalId());
      if (orgLine == null) {
        own.add(
            new RowProblem(
                file,
                line,
                "organization_id",
                "exchange.problem.locationWithoutOrganisation",
                List.of(label(l.name(), l.externalId()), nullToEmpty(l.organisationExternalId()))));
      }
      if (l.externalId() == null) {
        own.add(new RowProblem(file, line, "id", "exchange.problem.required", List.of("id")));
      }
      for (String[] text :
          new String[][] {
            {"name", l.name()},
            {"street", l.street()},
            {"postcode", l.postcode()},
            {"place", l.place()}
          }) {
        if (badText(text[1], "name".equals(text[0]) ? 200 : MAX_TEXT)) {
          own.add(
              new RowProblem(file, line, text[0], "exchange.problem.badText", List.of(text[0])));
        }
      }
      MunicipalityRef m = municipality(ref, byPostcode, l.municipality(), l.postcode());
      if (m == null && (lenient || l.municipality() != null || l.postcode() != null)) {
        own.add(unmatched(file, line, l.municipality(), l.place(), lenient));
      }
      Double lat = l.latitude();
      Double lon = l.longitude();
      if (!coordinates(lat, lon)) {
        own.add(
            new RowProblem(
                file, line, "latitude", "exchange.problem.coordinatesIgnored", List.of()));
        lat = null;
        lon = null;
      }
      problems.addAll(own);
      if (bad.contains(at(file, line))
          || !own.stream().allMatch(p -> ImportReader.isWarning(p.key()))) {
        bad.add(at(file, line));
        continue;
      }
      Map<String, Object> row = rows.get(orgLine);
      String key = set.idScheme() + ":location:" + l.externalId();
      Map<String, Object> location = new TreeMap<>();
      location.put("key", key);
      location.put(
          "name",
          firstOf(
              l.name(),
              l.street(),
              l.place(),
              (String) ((Map<?, ?>) row.get("props")).get("name")));
      location.put("street", l.street());
      location.put("postcode", l.postcode());
      location.put("place", l.place());
      location.put("lat", lat);
      location.put("lon", lon);
      location.put("municipality", m == null ? null : m.id());
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> list = (List<Map<String, Object>>) row.get("locations");
      list.add(location);
      keys.put(l.externalId(), key);
    }
    rows.values()
        .forEach(r -> {
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> list = (List<Map<String, Object>>) r.get("locations");
          list.sort(Comparator.comparing(x -> (String) x.get("key")));
        });
    return keys;
  }

  /**
   * Puts each accepted service into its organisation's row ({@code services}), with its topics,
   * target groups and the keys of the organisation's own accepted locations where it is given.
   */
  private static void attachServices(
      ImportSet set,
      Reference ref,
      Map<Integer, Map<String, Object>> rows,
      Map<String, Integer> lineOf,
      Map<String, String> locationKeys,
      Set<String> bad,
      List<RowProblem> problems) {
    rows.values().forEach(r -> r.put("services", new ArrayList<Map<String, Object>>()));
    for (ServiceRow sr : set.services()) {
      String file = sr.file();
      int line = sr.line();
      List<RowProblem> own = new ArrayList<>();
      Integer orgLine =
          sr.organisationExternalId() == null ? null : lineOf.get(sr.organisationExternalId());
      if (orgLine == null) {
        own.add(
            new RowProblem(
                file,
                line,
                "organization_id",
                "exchange.problem.serviceWithoutOrganisation",
                List.of(
                    label(sr.name(), sr.externalId()), nullToEmpty(sr.organisationExternalId()))));
      }
      if (sr.externalId() == null) {
        own.add(new RowProblem(file, line, "id", "exchange.problem.required", List.of("id")));
      }
      if (sr.name() == null) {
        own.add(new RowProblem(file, line, "name", "exchange.problem.required", List.of("name")));
      }
      if (badText(sr.name(), 200)) {
        own.add(new RowProblem(file, line, "name", "exchange.problem.badText", List.of("name")));
      }
      if (badText(sr.description(), MAX_TEXT)) {
        own.add(
            new RowProblem(
                file, line, "description", "exchange.problem.badText", List.of("description")));
      }
      List<String> topics = terms(ref, sr.topics(), true, file, line, own);
      List<String> groups = terms(ref, sr.targetGroups(), false, file, line, own);
      problems.addAll(own);
      if (bad.contains(at(file, line))
          || !own.stream().allMatch(p -> ImportReader.isWarning(p.key()))) {
        bad.add(at(file, line));
        continue;
      }
      Map<String, Object> row = rows.get(orgLine);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> locations = (List<Map<String, Object>>) row.get("locations");
      Set<String> ownKeys = new HashSet<>();
      locations.forEach(x -> ownKeys.add((String) x.get("key")));
      List<String> at = new ArrayList<>();
      for (String l : sr.locationExternalIds()) {
        String key = locationKeys.get(l);
        // Only a place of the same organisation: it is written in the same batch.
        if (key != null && ownKeys.contains(key) && !at.contains(key)) {
          at.add(key);
        }
      }
      Map<String, Object> service = new TreeMap<>();
      service.put("key", set.idScheme() + ":service:" + sr.externalId());
      service.put("name", sr.name());
      service.put("description", sr.description());
      service.put("topics", topics.stream().sorted().toList());
      service.put("targetGroups", groups.stream().sorted().toList());
      service.put("at", at.stream().sorted().toList());
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> list = (List<Map<String, Object>>) row.get("services");
      list.add(service);
    }
    rows.values()
        .forEach(r -> {
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> list = (List<Map<String, Object>>) r.get("services");
          list.sort(Comparator.comparing(x -> (String) x.get("key")));
        });
  }

  private static String label(String name, String id) {
    return name != null ? name : nullToEmpty(id);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String firstOf(String... values) {
    for (String v : values) {
      if (v != null) {
        return v;
      }
    }
    return "";
  }

  /** The write parameters of one row, or problems. */
  private Map<String, Object> row(
      ImportSet set,
      OrganisationRow o,
      Reference ref,
      Map<String, String> byPostcode,
      List<RowProblem> problems,
      boolean lenient) {
    String file = o.file();
    int line = o.line();
    Map<String, Object> row = new HashMap<>();
    boolean library = false;
    if (o.kind() != null) {
      String k = o.kind().toLowerCase(Locale.ROOT);
      if (k.equals("library") || k.equals("bibliotheek")) {
        library = true;
      } else if (!k.equals("partner")) {
        problems.add(
            new RowProblem(file, line, "kind", "exchange.problem.unknownKind", List.of(o.kind())));
      }
    }
    if (o.name() == null) {
      problems.add(
          new RowProblem(file, line, "name", "exchange.problem.required", List.of("name")));
    }
    for (String[] text :
        new String[][] {
          {"name", o.name()}, {"description", o.description()}, {"email", o.email()},
          {"website", o.website()}, {"phone", o.phone()}, {"street", o.street()},
          {"postcode", o.postcode()}, {"place", o.place()}
        }) {
      if (text[1] != null
          && (CONTROL.matcher(text[1]).find()
              || text[1].length() > MAX_TEXT
              || ("name".equals(text[0]) && text[1].length() > 200))) {
        problems.add(
            new RowProblem(file, line, text[0], "exchange.problem.badText", List.of(text[0])));
      }
    }
    if (o.email() != null && !EMAIL.matcher(o.email()).matches()) {
      problems.add(
          new RowProblem(file, line, "email", "exchange.problem.badEmail", List.of(o.email())));
    }
    String sector = library ? Sector.BIBLIOTHEEK.code() : null;
    if (!library) {
      Sector s =
          o.sector() == null ? Sector.OVERIG : Sector.ofCode(o.sector().toLowerCase(Locale.ROOT));
      if (s == null) {
        problems.add(
            new RowProblem(
                file, line, "sector", "exchange.problem.unknownSector", List.of(o.sector())));
      } else {
        sector = s.code();
      }
    }
    MunicipalityRef m = municipality(ref, byPostcode, o.municipality(), o.postcode());
    boolean noAddress = o.municipality() == null && o.place() == null && o.postcode() == null;
    if (m == null && !(lenient && noAddress)) {
      problems.add(unmatched(file, line, o.municipality(), o.place(), lenient));
    }
    String number =
        o.registrationNumber() == null ? null : o.registrationNumber().replaceAll("[^0-9]", "");
    if (number != null) {
      String country = number.length() == 8 ? "NL" : "BE";
      if (!OrganisationService.registrationValid(number, country)) {
        problems.add(
            new RowProblem(
                file,
                line,
                "registration_number",
                "exchange.problem.badRegistration",
                List.of(o.registrationNumber())));
      }
    }
    Double lat = o.latitude();
    Double lon = o.longitude();
    if (!coordinates(lat, lon)) {
      // An HSDS place (e.g. the official example's 100/101) loses its point, with a warning.
      problems.add(
          new RowProblem(
              file,
              line,
              "latitude",
              lenient ? "exchange.problem.coordinatesIgnored" : "exchange.problem.badCoordinates",
              List.of()));
      lat = null;
      lon = null;
    }
    List<String> topics = terms(ref, o.topics(), true, file, line, problems);
    List<String> groups = terms(ref, o.targetGroups(), false, file, line, problems);
    Map<String, Object> props = new TreeMap<>();
    props.put("name", o.name());
    props.put("description", o.description());
    props.put("sector", sector);
    props.put("registrationNumber", number);
    props.put("email", o.email());
    props.put("website", o.website());
    props.put("phone", o.phone());
    props.put("street", o.street());
    props.put("postcode", o.postcode());
    props.put("place", o.place());
    String key =
        number != null
            ? (number.length() == 8 ? "kvk:" : "kbo:") + number
            : set.idScheme() + ":" + o.externalId();
    row.put("key", key);
    row.put("library", library);
    row.put("props", props);
    row.put("lat", lat);
    row.put("lon", lon);
    row.put("municipality", m == null ? null : m.id());
    row.put("region", m == null ? null : m.region());
    row.put("topics", topics.stream().sorted().toList());
    row.put("targetGroups", groups.stream().sorted().toList());
    row.put("existingId", null);
    return row;
  }

  /** Null when {@code actor} may write the row, else the problem key. */
  private static String authorise(
      Account actor, Map<String, Object> row, Existing stored, Reference ref) {
    boolean library = (Boolean) row.get("library") || (stored != null && stored.library());
    if (actor.has(Role.ADMIN)) {
      return null;
    }
    if (library) {
      return "exchange.problem.libraryAdminOnly";
    }
    if (stored != null && stored.claimed()) {
      return "exchange.problem.claimed";
    }
    if (actor.has(Role.LIBRARIAN)) {
      return null;
    }
    if (actor.has(Role.POLICY)) {
      String region = (String) row.get("region");
      boolean inRegion =
          region != null && actor.regionIds() != null && actor.regionIds().contains(region);
      boolean storedInRegion =
          stored == null || stored.region() == null || actor.regionIds().contains(stored.region());
      return inRegion && storedInRegion ? null : "exchange.problem.outsideRegion";
    }
    return "exchange.problem.notAllowed";
  }

  /** Whether {@code actor} may speak for an organisation already in Knooppunt. */
  private static boolean maySpeakFor(Account actor, String id, boolean library, boolean claimed) {
    if (actor.has(Role.ADMIN)) {
      return true;
    }
    if (id.equals(actor.organisationId())) {
      return true;
    }
    return actor.has(Role.LIBRARIAN) && !library && !claimed;
  }

  /**
   * The four digits of a Dutch ({@code 3511 AB}) or Belgian ({@code 9000}) postcode; none for any
   * other form, so a foreign postcode (a US ZIP code) never points to a municipality here.
   */
  private static String prefix(String postcode) {
    String p = postcode.strip();
    return POSTCODE.matcher(p).matches() ? p.substring(0, 4) : null;
  }

  /** SHA-256 over everything the row writes, in a fixed order. */
  static String hash(
      Map<String, Object> row,
      List<Map<String, Object>> relations,
      Collection<Map<String, Object>> members) {
    StringBuilder s = new StringBuilder();
    for (String k :
        List.of(
            "key",
            "library",
            "props",
            "lat",
            "lon",
            "municipality",
            "topics",
            "targetGroups",
            "locations",
            "services")) {
      s.append(k).append('=').append(row.get(k)).append('\u001f');
    }
    relations.stream()
        .map(r -> r.get("toKey") + "/" + r.get("toId") + "/" + r.get("status"))
        .sorted()
        .forEach(r -> s.append(r).append('\u001f'));
    // In taalnetwerk order; one membership hashes as it did when a row could hold only one.
    for (Map<String, Object> m : members) {
      s.append(m.get("taalnetwerk")).append(m.get("roles"));
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reference data of one plan, indexed for matching by code and by name. */
  /**
   * The topic (or target group) ids that {@code values} name, each once, in their order; a value
   * that names none adds its problem to {@code problems}.
   */
  private static List<String> terms(
      Reference ref,
      List<String> values,
      boolean topic,
      String file,
      int line,
      List<RowProblem> problems) {
    List<String> ids = new ArrayList<>();
    for (String v : values) {
      String id = ref.term(v, topic);
      if (id == null) {
        problems.add(
            topic
                ? new RowProblem(file, line, "topics", "exchange.problem.unknownTopic", List.of(v))
                : new RowProblem(
                    file,
                    line,
                    "target_groups",
                    "exchange.problem.unknownTargetGroup",
                    List.of(v)));
      } else if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static final class Reference {
    final Map<String, MunicipalityRef> byId = new HashMap<>();
    final Map<String, MunicipalityRef> byName = new HashMap<>();
    final Map<String, String> topics = new HashMap<>();
    final Map<String, String> groups = new HashMap<>();
    final Map<String, String> taalnetwerken = new HashMap<>();

    Reference(
        List<MunicipalityRef> municipalities, List<TermRef> terms, Map<String, String> networks) {
      for (MunicipalityRef m : municipalities) {
        byId.put(m.id().toUpperCase(Locale.ROOT), m);
        if (m.name() != null) {
          // A name shared by two municipalities (NL and BE) matches neither: the code must say.
          String n = m.name().toLowerCase(Locale.ROOT);
          byName.put(n, byName.containsKey(n) ? null : m);
        }
      }
      for (TermRef t : terms) {
        Map<String, String> target = t.topic() ? topics : groups;
        target.put(t.id().toLowerCase(Locale.ROOT), t.id());
        if (t.nameNl() != null) {
          target.putIfAbsent(t.nameNl().toLowerCase(Locale.ROOT), t.id());
        }
        if (t.nameEn() != null) {
          target.putIfAbsent(t.nameEn().toLowerCase(Locale.ROOT), t.id());
        }
      }
      networks.forEach((id, name) -> {
        taalnetwerken.put(id, id);
        if (name != null) {
          taalnetwerken.putIfAbsent(name, id);
        }
      });
    }

    MunicipalityRef municipality(String value) {
      if (value == null) {
        return null;
      }
      String v = value.strip();
      MunicipalityRef m = byId.get(v.toUpperCase(Locale.ROOT));
      if (m == null && v.matches("[0-9]{1,4}")) {
        m = byId.get("GM" + "0".repeat(4 - v.length()) + v);
      }
      return m != null ? m : byName.get(v.toLowerCase(Locale.ROOT));
    }

    String term(String value, boolean topic) {
      return (topic ? topics : groups).get(value.strip().toLowerCase(Locale.ROOT));
    }

    String taalnetwerk(String value) {
      return taalnetwerken.get(value.strip());
    }
  }
}
