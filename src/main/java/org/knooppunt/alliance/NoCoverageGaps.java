package org.knooppunt.alliance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knooppunt.account.Account;

/**
 * Stands in for the coverage analysis until it is part of the application: no gain is known, so
 * suggestions are ranked by how strongly their libraries are tied.
 */
@ApplicationScoped
public class NoCoverageGaps implements AllianceGaps {

  @Override
  public Optional<Gain> gain(
      Locale locale,
      Account who,
      String regionId,
      String topicId,
      String targetGroupId,
      List<String> libraryIds) {
    return Optional.empty();
  }
}
