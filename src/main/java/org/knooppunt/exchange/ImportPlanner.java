package org.knooppunt.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.exchange.ImportPlan.Change;
import org.knooppunt.exchange.ImportPlan.PlannedOrganisation;
import org.knooppunt.exchange.ImportRepository.Existing;
import org.knooppunt.exchange.ImportRepository.MunicipalityRef;
import org.knooppunt.exchange.ImportRepository.Target;
import org.knooppunt.exchange.ImportRepository.TermRef;
import org.knooppunt.exchange.ImportSet.MembershipRow;
import org.knooppunt.exchange.ImportSet.OrganisationRow;
import org.knooppunt.exchange.ImportSet.RelationRow;
import org.knooppunt.exchange.ImportSet.RowProblem;
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
          problems.stream()
              .anyMatch(p -> p.line() == 0 && !CsvOrganisationReader.WARNINGS.contains(p.key()));
      if (fileRejected) {
        return new ImportPlan(set, List.of(), List.of(), List.of(), problems, 0, true);
      }
      Reference ref =
          new Reference(
              repository.municipalities(tx), repository.taxonomy(tx), repository.taalnetwerken(tx));
      // Postcode fallback, one statement for all rows that need it.
      List<String> prefixes =
          set.organisations().stream()
              .filter(o -> ref.municipality(o.municipality()) == null && o.postcode() != null)
              .map(o -> prefix(o.postcode()))
              .filter(p -> p != null)
              .distinct()
              .toList();
      Map<String, String> byPostcode =
          prefixes.isEmpty() ? Map.of() : repository.postcodeMunicipalities(tx, prefixes);

      Set<Integer> badLines = new HashSet<>();
      for (RowProblem p : problems) {
        if (p.line() > 0 && !CsvOrganisationReader.WARNINGS.contains(p.key())) {
          badLines.add(p.line());
        }
      }
      Map<String, OrganisationRow> byFileId = new HashMap<>();
      Map<Integer, Map<String, Object>> rows = new LinkedHashMap<>();
      Map<Integer, String> keys = new HashMap<>();
      for (OrganisationRow o : set.organisations()) {
        List<RowProblem> rowProblems = new ArrayList<>();
        Map<String, Object> row = row(set, o, ref, byPostcode, rowProblems);
        if (o.externalId() != null) {
          byFileId.put(o.externalId(), o);
        }
        if (o.registrationNumber() != null) {
          byFileId.putIfAbsent(o.registrationNumber(), o);
        }
        if (rowProblems.isEmpty() && !badLines.contains(o.line())) {
          rows.put(o.line(), row);
          keys.put(o.line(), (String) row.get("key"));
        } else {
          problems.addAll(rowProblems);
          badLines.add(o.line());
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
          problems.add(new RowProblem(set.sourceName(), e.getKey(), null, problem, List.of()));
          badLines.add(e.getKey());
          it.remove();
        } else if (stored != null) {
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
        int line = r.line();
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
                    set.sourceName(),
                    line,
                    "collaborates_with",
                    "exchange.problem.relationRejected",
                    List.of(r.to())));
            reject(rows, badLines, line);
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
                    set.sourceName(),
                    line,
                    "collaborates_with",
                    found.isEmpty()
                        ? "exchange.problem.unknownPartner"
                        : "exchange.problem.ambiguousPartner",
                    List.of(r.to())));
            reject(rows, badLines, line);
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
      Map<Integer, Map<String, Object>> memberships = new HashMap<>();
      for (MembershipRow m : set.memberships()) {
        int line = m.line();
        if (!rows.containsKey(line)) {
          continue;
        }
        String taalnetwerk = ref.taalnetwerk(m.taalnetwerk());
        if (taalnetwerk == null) {
          problems.add(
              new RowProblem(
                  set.sourceName(),
                  line,
                  "taalnetwerk",
                  "exchange.problem.unknownTaalnetwerk",
                  List.of(m.taalnetwerk())));
          reject(rows, badLines, line);
          continue;
        }
        List<String> roles = new ArrayList<>();
        for (String role : m.roles()) {
          String code =
              role.strip().toLowerCase(Locale.ROOT).replace("intermedieren", "intermediëren");
          if (TaalnetwerkRole.of(code).isEmpty()) {
            problems.add(
                new RowProblem(
                    set.sourceName(),
                    line,
                    "taalnetwerk_roles",
                    "exchange.problem.unknownRole",
                    List.of(role)));
            reject(rows, badLines, line);
            break;
          }
          roles.add(code);
        }
        if (rows.containsKey(line)) {
          memberships.put(
              line,
              new HashMap<>(
                  Map.of(
                      "key",
                      keys.get(line),
                      "taalnetwerk",
                      taalnetwerk,
                      "roles",
                      roles.stream().sorted().toList())));
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

      List<PlannedOrganisation> planned = new ArrayList<>();
      List<Map<String, Object>> relationRows = new ArrayList<>();
      List<Map<String, Object>> membershipRows = new ArrayList<>();
      for (var e : rows.entrySet()) {
        Map<String, Object> row = e.getValue();
        List<Map<String, Object>> rels = relations.getOrDefault(e.getKey(), List.of());
        Map<String, Object> member = memberships.get(e.getKey());
        String hash = hash(row, rels, member);
        row.put("hash", hash);
        Object storedHash = row.remove("storedHash");
        Change change =
            row.get("existingId") == null
                ? Change.CREATE
                : hash.equals(storedHash) ? Change.UNCHANGED : Change.UPDATE;
        planned.add(new PlannedOrganisation(e.getKey(), (String) row.get("key"), change, row));
        relationRows.addAll(rels);
        if (member != null) {
          membershipRows.add(member);
        }
      }
      problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
      return new ImportPlan(
          set, planned, relationRows, membershipRows, problems, badLines.size(), false);
    });
  }

  private static void reject(Map<Integer, Map<String, Object>> rows, Set<Integer> bad, int line) {
    rows.remove(line);
    bad.add(line);
  }

  /** The write parameters of one row, or problems. */
  private Map<String, Object> row(
      ImportSet set,
      OrganisationRow o,
      Reference ref,
      Map<String, String> byPostcode,
      List<RowProblem> problems) {
    String file = set.sourceName();
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
    MunicipalityRef m = ref.municipality(o.municipality());
    if (m == null && o.postcode() != null) {
      String id = byPostcode.get(prefix(o.postcode()));
      m = id == null ? null : ref.byId.get(id);
    }
    if (m == null) {
      problems.add(
          new RowProblem(
              file,
              line,
              "municipality",
              "exchange.problem.unknownMunicipality",
              List.of(o.municipality() == null ? "" : o.municipality())));
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
    if ((o.latitude() == null) != (o.longitude() == null)
        || (o.latitude() != null
            && (Math.abs(o.latitude()) > 90 || Math.abs(o.longitude()) > 180))) {
      problems.add(
          new RowProblem(file, line, "latitude", "exchange.problem.badCoordinates", List.of()));
    }
    List<String> topics = new ArrayList<>();
    for (String t : o.topics()) {
      String id = ref.term(t, true);
      if (id == null) {
        problems.add(
            new RowProblem(file, line, "topics", "exchange.problem.unknownTopic", List.of(t)));
      } else if (!topics.contains(id)) {
        topics.add(id);
      }
    }
    List<String> groups = new ArrayList<>();
    for (String g : o.targetGroups()) {
      String id = ref.term(g, false);
      if (id == null) {
        problems.add(
            new RowProblem(
                file, line, "target_groups", "exchange.problem.unknownTargetGroup", List.of(g)));
      } else if (!groups.contains(id)) {
        groups.add(id);
      }
    }
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
    row.put("lat", o.latitude());
    row.put("lon", o.longitude());
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

  private static String prefix(String postcode) {
    String digits = postcode.strip();
    return digits.length() >= 4 && digits.substring(0, 4).chars().allMatch(Character::isDigit)
        ? digits.substring(0, 4)
        : null;
  }

  /** SHA-256 over everything the row writes, in a fixed order. */
  static String hash(
      Map<String, Object> row, List<Map<String, Object>> relations, Map<String, Object> member) {
    StringBuilder s = new StringBuilder();
    for (String k :
        List.of(
            "key", "library", "props", "lat", "lon", "municipality", "topics", "targetGroups")) {
      s.append(k).append('=').append(row.get(k)).append('\u001f');
    }
    relations.stream()
        .map(r -> r.get("toKey") + "/" + r.get("toId") + "/" + r.get("status"))
        .sorted()
        .forEach(r -> s.append(r).append('\u001f'));
    if (member != null) {
      s.append(member.get("taalnetwerk")).append(member.get("roles"));
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
