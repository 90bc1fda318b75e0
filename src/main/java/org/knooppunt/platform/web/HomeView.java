package org.knooppunt.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationFilter;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.region.RegionService;

/** The start page: what is in Knooppunt, and where to go next. */
@Named
@RequestScoped
public class HomeView {

  @Inject RegionService regions;
  @Inject OrganisationService organisations;

  private Map<String, Long> municipalities;

  public Map<String, Long> getMunicipalities() {
    if (municipalities == null) {
      municipalities = regions.countsByCountry();
    }
    return municipalities;
  }

  public long getMunicipalityTotal() {
    return getMunicipalities().values().stream().mapToLong(Long::longValue).sum();
  }

  public long getLibraries() {
    return organisations.count(filter(Kind.LIBRARY));
  }

  public long getPartners() {
    return organisations.count(filter(Kind.PARTNER));
  }

  /** Whether the database holds demo data, which the start page then says. */
  public boolean isDemo() {
    return organisations.demoPresent();
  }

  private static OrganisationFilter filter(Kind kind) {
    return new OrganisationFilter(kind, null, null, null, null, null, null);
  }
}
