package org.knooppunt.alliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knooppunt.account.Account;
import org.knooppunt.coverage.CoverageQuery;
import org.knooppunt.coverage.CoverageService;
import org.knooppunt.coverage.Scope;
import org.knooppunt.coverage.WhatIf;

/**
 * The gain of an alliance from the coverage analysis' what-if: coverage of the province for the
 * topic and/or target group before and after the libraries ally. Without a topic or group there is
 * no need to weigh, so no gain.
 */
@ApplicationScoped
public class CoverageGaps implements AllianceGaps {

  private final CoverageService coverage;

  @Inject
  public CoverageGaps(CoverageService coverage) {
    this.coverage = coverage;
  }

  protected CoverageGaps() {
    this(null);
  }

  @Override
  public Optional<Gain> gain(
      Locale locale,
      Account who,
      String regionId,
      String topicId,
      String targetGroupId,
      List<String> libraryIds) {
    if ((topicId == null && targetGroupId == null) || !CoverageService.mayRead(who)) {
      return Optional.empty();
    }
    return Optional.of(
        of(
            coverage.whatIf(
                locale,
                who,
                new CoverageQuery(Scope.region(regionId), topicId, targetGroupId),
                libraryIds)));
  }

  static Gain of(WhatIf w) {
    return new Gain(
        w.before().peopleInNeed(),
        w.before().peopleCovered(),
        w.after().peopleCovered(),
        w.before().municipalities(),
        w.before().municipalitiesCovered(),
        w.after().municipalitiesCovered(),
        w.newlyCoveredMunicipalityIds(),
        w.after().rows().stream()
            .filter(r -> w.newlyCoveredMunicipalityIds().contains(r.municipalityId()))
            .map(r -> r.name())
            .toList());
  }
}
