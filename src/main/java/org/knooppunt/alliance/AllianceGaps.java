package org.knooppunt.alliance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knooppunt.account.Account;

/**
 * The seam between alliance suggestions and the coverage analysis: what a group of libraries would
 * add to the need-weighted coverage of a province for a topic and/or target group. Kept as an
 * interface so suggestions work (ranked by cohesion) where no coverage analysis answers.
 */
public interface AllianceGaps {

  /** Coverage before and after the libraries ally. */
  record Gain(
      long peopleInNeed,
      long peopleCoveredBefore,
      long peopleCoveredAfter,
      int municipalities,
      int municipalitiesCoveredBefore,
      int municipalitiesCoveredAfter,
      List<String> newlyCoveredMunicipalityIds,
      List<String> newlyCoveredMunicipalityNames) {

    /** Share (0..1) of the people in need covered before. */
    public double shareBefore() {
      return peopleInNeed == 0 ? 0 : (double) peopleCoveredBefore / peopleInNeed;
    }

    /** Share (0..1) of the people in need covered after. */
    public double shareAfter() {
      return peopleInNeed == 0 ? 0 : (double) peopleCoveredAfter / peopleInNeed;
    }

    public long peopleNewlyCovered() {
      return peopleCoveredAfter - peopleCoveredBefore;
    }

    public int municipalitiesNewlyCovered() {
      return municipalitiesCoveredAfter - municipalitiesCoveredBefore;
    }
  }

  /** The gain, or empty when coverage cannot be computed here. */
  Optional<Gain> gain(
      Locale locale,
      Account who,
      String regionId,
      String topicId,
      String targetGroupId,
      List<String> libraryIds);
}
