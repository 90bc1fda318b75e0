package org.knooppunt.coverage;

import java.util.List;

/**
 * The answer of a coverage analysis: one row per municipality of the scope, gaps first (uncovered,
 * largest need first), and the totals of people and municipalities.
 */
public record CoverageReport(
    CoverageQuery query,
    List<MunicipalityCoverage> rows,
    long peopleInNeed,
    long peopleCovered,
    int municipalities,
    int municipalitiesCovered) {

  /** The share (0..1) of the people in need who live in a covered municipality. */
  public double share() {
    return peopleInNeed == 0 ? 0 : (double) peopleCovered / peopleInNeed;
  }
}
