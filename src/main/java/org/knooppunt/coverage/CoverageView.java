package org.knooppunt.coverage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.alliance.Alliance;
import org.knooppunt.alliance.AllianceService;
import org.knooppunt.organisation.Ref;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.platform.web.LocaleView;
import org.knooppunt.region.Region;
import org.knooppunt.region.RegionService;
import org.knooppunt.topic.Taxonomy;

/**
 * The coverage page ({@code coverage/view.xhtml}) and its print view: the question in the URL, the
 * ranked report as a choropleth and its table twin, and the what-if for libraries of the scope.
 */
@Named
@ViewScoped
public class CoverageView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Upper bounds (people in need per serving organisation) of the legend's covered classes. */
  static final long[] BINS = {1_000, 5_000, 20_000};

  @Inject transient CoverageService service;
  @Inject transient CurrentUser currentUser;
  @Inject transient Taxonomy taxonomy;
  @Inject transient RegionService regions;
  @Inject transient LocaleView localeView;
  @Inject transient AllianceService alliances;

  private String region;
  private String municipalities;
  private String alliance;
  private String countries;
  private String topic;
  private String targetGroup;
  private String libraries;
  private CoverageReport report;
  private WhatIf whatIf;
  private List<Ref> libraryChoices = List.of();

  public void load() {
    FacesContext.getCurrentInstance().getViewRoot().setLocale(localeView.getLocale());
    Account actor = currentUser.account().orElse(null);
    if (region == null
        && municipalities == null
        && alliance == null
        && countries == null
        && actor != null
        && actor.has(Role.POLICY)
        && !actor.regionIds().isEmpty()) {
      region = actor.regionIds().getFirst();
    }
    if (topic == null && targetGroup == null) {
      return;
    }
    Locale locale = localeView.getLocale();
    CoverageQuery query = query();
    try {
      report = service.analyse(locale, actor, query);
      libraryChoices = service.libraries(locale, actor, query);
      if (libraries != null && !libraries.isBlank()) {
        whatIf = service.whatIf(locale, actor, query, CoverageRequest.list(libraries));
      }
    } catch (DomainException e) {
      FacesMessages.show(e, "coverage.field.");
    }
  }

  private CoverageQuery query() {
    return CoverageRequest.query(region, municipalities, alliance, countries, topic, targetGroup);
  }

  /** Shows the coverage for the chosen question, all of it in the URL. */
  public String apply() {
    libraries = null;
    return "/coverage/view.xhtml?faces-redirect=true&includeViewParams=true";
  }

  /**
   * The legend class of a row: {@code gap}, or {@code c1}..{@code c4} by people per organisation.
   */
  public String bin(MunicipalityCoverage row) {
    if (!row.covered()) {
      return "gap";
    }
    if (row.servingOrganisationIds().isEmpty()) {
      return "c1";
    }
    long per = row.needPerOrganisation();
    for (int i = 0; i < BINS.length; i++) {
      if (per <= BINS[i]) {
        return "c" + (i + 1);
      }
    }
    return "c" + (BINS.length + 1);
  }

  /** The legend's text for a class. */
  public String binLabel(String bin) {
    Locale locale = localeView.getLocale();
    return switch (bin) {
      case "gap" -> Messages.get(locale, "coverage.legend.gap");
      case "c1" -> Messages.get(locale, "coverage.legend.c1", BINS[0]);
      case "c2" -> Messages.get(locale, "coverage.legend.range", BINS[0] + 1, BINS[1]);
      case "c3" -> Messages.get(locale, "coverage.legend.range", BINS[1] + 1, BINS[2]);
      default -> Messages.get(locale, "coverage.legend.more", BINS[2]);
    };
  }

  public List<String> getBins() {
    return List.of("gap", "c1", "c2", "c3", "c4");
  }

  /** The rows for the map: code, class and a short text; {@code <} escaped for the script block. */
  public String getMapJson() {
    if (report == null) {
      return "[]";
    }
    JsonArrayBuilder rows = Json.createArrayBuilder();
    int rank = 0;
    for (MunicipalityCoverage r : report.rows()) {
      rows.add(
          Json.createObjectBuilder()
              .add("code", r.municipalityId())
              .add("rank", ++rank)
              .add("bin", bin(r))
              .add("label", r.name() + " – " + binLabel(bin(r)) + " – " + needText(r)));
    }
    return rows.build().toString().replace("<", "\\u003c");
  }

  /** "52.393 (schatting)" or "8.000 (GGD, 2023)". */
  public String needText(MunicipalityCoverage r) {
    Locale locale = localeView.getLocale();
    String number = java.text.NumberFormat.getIntegerInstance(locale).format(r.need());
    if (r.estimated()) {
      return Messages.get(locale, "coverage.estimate", number);
    }
    if (r.needSource() == null) {
      return Messages.get(locale, "coverage.population", number);
    }
    return Messages.get(
        locale, "coverage.imported", number, r.needSource(), String.valueOf(r.needYear()));
  }

  /** The serving organisations' names, at most five, with how many more. */
  public String servedBy(MunicipalityCoverage r) {
    List<String> names = r.servingNames();
    if (names.isEmpty()) {
      return "";
    }
    String shown = String.join(", ", names.subList(0, Math.min(5, names.size())));
    return names.size() <= 5
        ? shown
        : Messages.get(localeView.getLocale(), "coverage.andMore", shown, names.size() - 5);
  }

  /** The headline: share of people in need and municipalities covered. */
  public String summary(CoverageReport r) {
    Locale locale = localeView.getLocale();
    var n = java.text.NumberFormat.getIntegerInstance(locale);
    return Messages.get(
        locale,
        "coverage.summary",
        n.format(r.peopleCovered()),
        n.format(r.peopleInNeed()),
        percent(r),
        r.municipalitiesCovered(),
        r.municipalities());
  }

  /** "De dekking gaat van 61% naar 78% van de mensen in nood (12 → 17 gemeenten)." */
  public String whatIfSummary() {
    if (whatIf == null) {
      return "";
    }
    return Messages.get(
        localeView.getLocale(),
        "coverage.whatif.summary",
        percent(whatIf.before()),
        percent(whatIf.after()),
        whatIf.before().municipalitiesCovered(),
        whatIf.after().municipalitiesCovered());
  }

  public List<MunicipalityCoverage> getNewlyCovered() {
    if (whatIf == null) {
      return List.of();
    }
    return whatIf.after().rows().stream()
        .filter(r -> whatIf.newlyCoveredMunicipalityIds().contains(r.municipalityId()))
        .toList();
  }

  private static String percent(CoverageReport r) {
    return Math.round(r.share() * 100) + "%";
  }

  /** The distinct need sources of the report, for the print view. */
  public List<String> getSources() {
    if (report == null) {
      return List.of();
    }
    Map<String, String> sources = new LinkedHashMap<>();
    for (MunicipalityCoverage r : report.rows()) {
      if (r.needSource() != null) {
        String key = (r.estimated() ? "~" : "") + r.needSource();
        sources.putIfAbsent(
            key,
            r.estimated()
                ? Messages.get(localeView.getLocale(), "coverage.sourceEstimate", r.needSource())
                : r.needSource() + (r.needYear() == null ? "" : " (" + r.needYear() + ")"));
      }
    }
    return new ArrayList<>(sources.values());
  }

  /** The scope in words, for the print view and the headline. */
  public String getScopeText() {
    Locale locale = localeView.getLocale();
    if (region != null) {
      return regions.regions().stream()
          .filter(r -> r.id().equals(region))
          .map(Region::name)
          .findFirst()
          .orElse(region);
    }
    if (municipalities != null) {
      return Messages.get(locale, "coverage.scope.municipalities", municipalities);
    }
    if (alliance != null) {
      String name = alliances.find(alliance).map(Alliance::name).orElse(alliance);
      return Messages.get(locale, "coverage.scope.alliance", name);
    }
    return countries == null ? "" : countries;
  }

  public String getQuestionText() {
    Locale locale = localeView.getLocale();
    List<String> parts = new ArrayList<>();
    Taxonomy.Lists lists = taxonomy.lists();
    if (topic != null) {
      lists.topics().stream()
          .filter(t -> t.id().equals(topic))
          .findFirst()
          .ifPresent(t -> parts.add(t.name(locale)));
    }
    if (targetGroup != null) {
      lists.targetGroups().stream()
          .filter(t -> t.id().equals(targetGroup))
          .findFirst()
          .ifPresent(t -> parts.add(t.name(locale)));
    }
    return String.join(" · ", parts);
  }

  public String getToday() {
    return LocalDate.now()
        .format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(localeView.getLocale()));
  }

  /** The query string of this question, for the CSV, print and what-if links. */
  public String getQueryString() {
    List<String> parts = new ArrayList<>();
    add(parts, "region", region);
    add(parts, "municipalities", municipalities);
    add(parts, "alliance", alliance);
    add(parts, "countries", countries);
    add(parts, "topic", topic);
    add(parts, "targetGroup", targetGroup);
    return String.join("&", parts);
  }

  private static void add(List<String> parts, String name, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  public List<Region> getRegions() {
    return regions.regions();
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public CoverageReport getReport() {
    return report;
  }

  public WhatIf getWhatIf() {
    return whatIf;
  }

  public List<Ref> getLibraryChoices() {
    return libraryChoices;
  }

  public List<String> getCountryList() {
    List<String> l = CoverageRequest.list(countries);
    return l == null ? List.of() : l;
  }

  public void setCountryList(List<String> list) {
    countries = list == null || list.isEmpty() ? null : String.join(",", list);
  }

  public List<String> getLibraryList() {
    List<String> l = CoverageRequest.list(libraries);
    return l == null ? List.of() : l;
  }

  public void setLibraryList(List<String> list) {
    libraries = list == null || list.isEmpty() ? null : String.join(",", list);
  }

  /** Runs the what-if for the chosen libraries, in the URL too. */
  public String tryAlliance() {
    return "/coverage/view.xhtml?faces-redirect=true&includeViewParams=true";
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = blank(region);
  }

  public String getMunicipalities() {
    return municipalities;
  }

  public void setMunicipalities(String municipalities) {
    this.municipalities = blank(municipalities);
  }

  public String getAlliance() {
    return alliance;
  }

  public void setAlliance(String alliance) {
    this.alliance = blank(alliance);
  }

  public String getCountries() {
    return countries;
  }

  public void setCountries(String countries) {
    this.countries = blank(countries);
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = blank(topic);
  }

  public String getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(String targetGroup) {
    this.targetGroup = blank(targetGroup);
  }

  public String getLibraries() {
    return libraries;
  }

  public void setLibraries(String libraries) {
    this.libraries = blank(libraries);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
