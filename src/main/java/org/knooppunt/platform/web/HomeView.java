package org.knooppunt.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.knooppunt.freshness.FreshnessService;
import org.knooppunt.freshness.ReviewItem;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationFilter;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.region.RegionService;

/**
 * The start page: what is in Knooppunt, the user's own profiles that are due for review, and where
 * to go next.
 */
@Named
@RequestScoped
public class HomeView {

  @Inject RegionService regions;
  @Inject OrganisationService organisations;
  @Inject FreshnessService freshness;
  @Inject CurrentUser currentUser;

  private Map<String, Long> municipalities;
  private List<ReviewItem> toReview;

  /** The profiles this user looks after that are due for review (at most 20, oldest first). */
  public List<ReviewItem> getToReview() {
    if (toReview == null) {
      toReview = freshness.mine(currentUser.account().orElse(null));
    }
    return toReview;
  }

  /** Whether the user has an area whose stale profiles they may see. */
  public boolean isMaySeeStale() {
    return FreshnessService.maySeeStale(currentUser.account().orElse(null));
  }

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
