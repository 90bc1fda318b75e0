package org.knooppunt.coverage;

import java.util.List;

/**
 * One municipality in a coverage report: its need (imported, or {@code estimated} from population ×
 * national share), whether it is covered and by which organisations or complete taalnetwerk.
 */
public record MunicipalityCoverage(
    String municipalityId,
    String name,
    long need,
    boolean estimated,
    String needSource,
    Integer needYear,
    boolean covered,
    List<String> servingOrganisationIds,
    List<String> servingNames,
    String taalnetwerkId) {

  /** People in need per serving organisation; the whole need when nobody serves it. */
  public long needPerOrganisation() {
    return servingOrganisationIds.isEmpty() ? need : need / servingOrganisationIds.size();
  }
}
