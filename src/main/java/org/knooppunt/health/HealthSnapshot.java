package org.knooppunt.health;

import java.time.ZonedDateTime;

/**
 * The health of a region or taalnetwerk at one moment; one per subject per year.
 *
 * @param members active organisations located in the region, or members of the taalnetwerk
 * @param rolesFilled taalnetwerk: how many of the four roles its members hold (0–4); region: the
 *     lowest such number among the taalnetwerken covering a municipality of the region (its weakest
 *     network; 0 when none covers it)
 * @param confirmedCollaborations region: confirmed collaborations with at least one side located in
 *     the region; taalnetwerk: confirmed collaborations between two of its members
 * @param partners active partner organisations (not libraries) among the members
 * @param inhabitants the population of the region's, or the covered, municipalities
 * @param partnersPer10k partners per 10,000 inhabitants, two decimals (0 without inhabitants)
 */
public record HealthSnapshot(
    String id,
    ZonedDateTime at,
    int year,
    String subjectKind,
    String subjectId,
    long members,
    long rolesFilled,
    long confirmedCollaborations,
    long partners,
    long inhabitants,
    double partnersPer10k) {

  /** Partners per 10,000 inhabitants, rounded to two decimals. */
  public static double per10k(long partners, long inhabitants) {
    return inhabitants <= 0 ? 0 : Math.round(partners * 1_000_000.0 / inhabitants) / 100.0;
  }
}
