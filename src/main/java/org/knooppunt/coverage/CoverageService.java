package org.knooppunt.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.organisation.Ref;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.domain.FieldError;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.neo4j.Graph;
import org.neo4j.driver.TransactionContext;

/**
 * The coverage rule, in one place for the page, the API and the alliance suggestions.
 *
 * <p>A municipality is <em>covered</em> for a topic and/or target group when at least one active
 * organisation located in it (itself or one of its branches) or serving it works on the topic (or a
 * narrower one) and/or reaches the target group (both when both are asked), or when an active
 * taalnetwerk covering it has all four roles (programmeren, faciliteren, regisseren, intermediëren)
 * held by active members and the question is a language one (a topic in the taalvaardigheid family
 * and/or the target group laaggeletterden or nieuwkomers-anderstaligen). The need is the latest
 * imported figure for the municipality and target group, else the estimate population × the group's
 * national share; without a target group it is the population.
 *
 * <p>Reading coverage is open to admins, policy cells (any scope: it is aggregate data) and
 * librarians; partner accounts are refused, the analysis being a planning tool of libraries.
 */
@ApplicationScoped
public class CoverageService {

  /** Target groups whose need a taalnetwerk addresses. */
  static final Set<String> LANGUAGE_GROUPS = Set.of("laaggeletterden", "nieuwkomers-anderstaligen");

  static final int MUNICIPALITIES_MAX = 700;
  static final int LIBRARIES_MAX = 50;
  static final int LIBRARY_CHOICES_MAX = 300;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Graph graph;
  private final CoverageRepository repository;
  private final Clock clock;

  @Inject
  public CoverageService(Graph graph, CoverageRepository repository, Clock clock) {
    this.graph = graph;
    this.repository = repository;
    this.clock = clock;
  }

  protected CoverageService() {
    this(null, null, null);
  }

  /** Whether {@code who} may read coverage at all. */
  public static boolean mayRead(Account who) {
    return who != null && (who.has(Role.ADMIN) || who.has(Role.POLICY) || who.has(Role.LIBRARIAN));
  }

  /** Coverage of the scope, gaps first. */
  public CoverageReport analyse(Locale locale, Account who, CoverageQuery q) {
    CoverageQuery query = check(locale, who, q);
    return graph.read(tx -> {
      boolean language = verify(tx, locale, query);
      List<CoverageRepository.Row> rows =
          repository.analyse(tx, query, language, LocalDate.now(clock).toString());
      return report(query, rows.stream().map(CoverageService::coverage).toList());
    });
  }

  /** The active libraries located in or serving the scope (at most 300), for the what-if. */
  public List<Ref> libraries(Locale locale, Account who, CoverageQuery q) {
    CoverageQuery query = check(locale, who, q);
    return graph.read(tx -> {
      verify(tx, locale, query);
      return repository.libraries(tx, query, LIBRARY_CHOICES_MAX);
    });
  }

  /**
   * If these libraries ally: every municipality of the scope where one of them (or a branch) is
   * located, or which one of them serves, becomes covered when the allied libraries together, with
   * their confirmed collaboration partners, do the topic and reach the target group (one of them
   * may bring the topic, another the group). Libraries outside the scope (none of their
   * municipalities in it) are refused by name.
   */
  public WhatIf whatIf(Locale locale, Account who, CoverageQuery q, List<String> libraryIds) {
    CoverageQuery query = check(locale, who, q);
    List<String> ids = libraryIds(locale, libraryIds);
    return graph.read(tx -> {
      boolean language = verify(tx, locale, query);
      List<CoverageRepository.Ally> allies = repository.allies(tx, query, ids);
      List<String> unknown =
          allies.stream().filter(a -> !a.found()).map(CoverageRepository.Ally::id).toList();
      if (!unknown.isEmpty()) {
        throw DomainException.invalid(
            locale,
            "libraries",
            Messages.get(locale, "coverage.unknownLibraries", String.join(", ", unknown)));
      }
      List<CoverageRepository.Row> rows =
          repository.analyse(tx, query, language, LocalDate.now(clock).toString());
      CoverageReport before = report(query, rows.stream().map(CoverageService::coverage).toList());
      Set<String> inScope = new LinkedHashSet<>();
      rows.forEach(r -> inScope.add(r.id()));
      List<String> outside =
          allies.stream()
              .filter(a -> a.area().stream().noneMatch(inScope::contains))
              .map(a -> a.name())
              .toList();
      if (!outside.isEmpty()) {
        throw DomainException.invalid(
            locale,
            "libraries",
            Messages.get(locale, "coverage.librariesOutside", String.join(", ", outside)));
      }
      boolean topic =
          query.topicId() == null
              || allies.stream().anyMatch(CoverageRepository.Ally::worksOnTopic);
      boolean group =
          query.targetGroupId() == null
              || allies.stream().anyMatch(CoverageRepository.Ally::reachesGroup);
      if (!(topic && group)) {
        return new WhatIf(before, before, List.of());
      }
      List<MunicipalityCoverage> after = new ArrayList<>();
      List<String> gained = new ArrayList<>();
      for (MunicipalityCoverage row : before.rows()) {
        List<CoverageRepository.Ally> here =
            allies.stream().filter(a -> a.area().contains(row.municipalityId())).toList();
        if (here.isEmpty()) {
          after.add(row);
          continue;
        }
        if (!row.covered()) {
          gained.add(row.municipalityId());
        }
        List<String> servingIds = new ArrayList<>(row.servingOrganisationIds());
        List<String> servingNames = new ArrayList<>(row.servingNames());
        for (CoverageRepository.Ally a : here) {
          if (!servingIds.contains(a.id())) {
            servingIds.add(a.id());
            servingNames.add(a.name());
          }
        }
        after.add(
            new MunicipalityCoverage(
                row.municipalityId(),
                row.name(),
                row.need(),
                row.estimated(),
                row.needSource(),
                row.needYear(),
                true,
                List.copyOf(servingIds),
                List.copyOf(servingNames),
                row.taalnetwerkId()));
      }
      return new WhatIf(before, report(query, after), List.copyOf(gained));
    });
  }

  /** Checks the request before the database is asked; returns it with cleaned lists. */
  private static CoverageQuery check(Locale locale, Account who, CoverageQuery q) {
    if (!mayRead(who)) {
      throw DomainException.forbidden(locale);
    }
    if (q == null || q.scope() == null) {
      throw DomainException.invalid(locale, "scope", Messages.get(locale, "coverage.emptyScope"));
    }
    List<FieldError> errors = new ArrayList<>();
    Scope s = q.scope();
    String region = blankToNull(s.regionId());
    String alliance = blankToNull(s.allianceId());
    List<String> municipalities = clean(s.municipalityIds());
    List<String> countries = clean(s.countries());
    int kinds =
        (region == null ? 0 : 1)
            + (alliance == null ? 0 : 1)
            + (municipalities == null ? 0 : 1)
            + (countries == null ? 0 : 1);
    if (kinds == 0) {
      errors.add(new FieldError("scope", Messages.get(locale, "coverage.emptyScope")));
    } else if (kinds > 1) {
      errors.add(new FieldError("scope", Messages.get(locale, "coverage.oneScope")));
    }
    if (municipalities != null && municipalities.size() > MUNICIPALITIES_MAX) {
      errors.add(
          new FieldError(
              "municipalities",
              Messages.get(locale, "coverage.tooManyMunicipalities", MUNICIPALITIES_MAX)));
    }
    if (countries != null) {
      countries = countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
      if (!Set.of("NL", "BE").containsAll(countries)) {
        errors.add(new FieldError("countries", Messages.get(locale, "coverage.unknownCountry")));
      }
    }
    String topic = blankToNull(q.topicId());
    String group = blankToNull(q.targetGroupId());
    if (topic == null && group == null) {
      errors.add(new FieldError("topic", Messages.get(locale, "coverage.topicOrGroup")));
    }
    for (String id : Stream.of(region, alliance, topic, group).filter(Objects::nonNull).toList()) {
      if (!ID.matcher(id).matches()) {
        errors.add(new FieldError("scope", Messages.get(locale, "coverage.badId")));
        break;
      }
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    return new CoverageQuery(new Scope(region, municipalities, alliance, countries), topic, group);
  }

  /** Checks that every name the query uses exists; returns whether it is a language question. */
  private boolean verify(TransactionContext tx, Locale locale, CoverageQuery query) {
    CoverageRepository.Lookup found = repository.lookup(tx, query);
    Scope s = query.scope();
    List<FieldError> errors = new ArrayList<>();
    if (s.regionId() != null && !found.region()) {
      errors.add(new FieldError("region", Messages.get(locale, "coverage.unknownRegion")));
    }
    if (!found.unknownMunicipalities().isEmpty()) {
      errors.add(
          new FieldError(
              "municipalities",
              Messages.get(
                  locale,
                  "coverage.unknownMunicipalities",
                  String.join(", ", found.unknownMunicipalities()))));
    }
    if (s.allianceId() != null && !found.alliance()) {
      errors.add(new FieldError("alliance", Messages.get(locale, "coverage.unknownAlliance")));
    }
    if (query.topicId() != null && !found.topic()) {
      errors.add(new FieldError("topic", Messages.get(locale, "coverage.unknownTopic")));
    }
    if (query.targetGroupId() != null && !found.targetGroup()) {
      errors.add(new FieldError("targetGroup", Messages.get(locale, "coverage.unknownGroup")));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(locale, errors);
    }
    return (query.topicId() == null || found.languageTopic())
        && (query.targetGroupId() == null || LANGUAGE_GROUPS.contains(query.targetGroupId()));
  }

  private static List<String> libraryIds(Locale locale, List<String> libraryIds) {
    List<String> ids = clean(libraryIds);
    if (ids == null) {
      throw DomainException.invalid(
          locale, "libraries", Messages.get(locale, "coverage.noLibraries"));
    }
    if (ids.size() > LIBRARIES_MAX || ids.stream().anyMatch(id -> !ID.matcher(id).matches())) {
      throw DomainException.invalid(
          locale, "libraries", Messages.get(locale, "coverage.badLibraries", LIBRARIES_MAX));
    }
    return ids;
  }

  /** A database row as a report row: need chosen, serving organisations sorted by name. */
  private static MunicipalityCoverage coverage(CoverageRepository.Row r) {
    long need;
    boolean estimated;
    String source;
    Integer year;
    if (r.importedCount() != null) {
      need = r.importedCount();
      estimated = false;
      source = r.importedSource();
      year = r.importedYear();
    } else if (r.share() != null) {
      need = Math.round(r.population() * r.share());
      estimated = true;
      source = r.shareSource();
      year = r.populationYear();
    } else {
      need = r.population();
      estimated = false;
      source = null;
      year = r.populationYear();
    }
    Map<String, String> serving = new LinkedHashMap<>();
    for (int i = 0; i < r.servingIds().size(); i++) {
      serving.put(r.servingIds().get(i), r.servingNames().get(i));
    }
    List<Map.Entry<String, String>> sorted =
        serving.entrySet().stream()
            .sorted(
                Map.Entry.<String, String>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .toList();
    boolean covered = !sorted.isEmpty() || r.taalnetwerkId() != null;
    return new MunicipalityCoverage(
        r.id(),
        r.name(),
        need,
        estimated,
        source,
        year,
        covered,
        sorted.stream().map(Map.Entry::getKey).toList(),
        sorted.stream().map(Map.Entry::getValue).toList(),
        r.taalnetwerkId());
  }

  /** Gaps first: uncovered before covered, then the largest need, then the name. */
  static final Comparator<MunicipalityCoverage> RANKING =
      Comparator.comparing(MunicipalityCoverage::covered)
          .thenComparing(Comparator.comparingLong(MunicipalityCoverage::need).reversed())
          .thenComparing(MunicipalityCoverage::name)
          .thenComparing(MunicipalityCoverage::municipalityId);

  private static CoverageReport report(CoverageQuery q, List<MunicipalityCoverage> rows) {
    List<MunicipalityCoverage> ranked = rows.stream().sorted(RANKING).toList();
    long need = 0;
    long covered = 0;
    int municipalitiesCovered = 0;
    for (MunicipalityCoverage r : ranked) {
      need += r.need();
      if (r.covered()) {
        covered += r.need();
        municipalitiesCovered++;
      }
    }
    return new CoverageReport(q, ranked, need, covered, ranked.size(), municipalitiesCovered);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Null when absent or empty; otherwise the non-blank entries, stripped, without repeats. */
  private static List<String> clean(List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> out =
        values.stream()
            .filter(v -> v != null && !v.isBlank())
            .map(String::strip)
            .distinct()
            .toList();
    return out.isEmpty() ? null : out;
  }
}
