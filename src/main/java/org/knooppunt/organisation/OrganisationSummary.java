package org.knooppunt.organisation;

/** One row of the organisation list. */
public record OrganisationSummary(
    String id,
    Kind kind,
    String name,
    String sector,
    String municipalityCode,
    String municipalityName,
    String provinceName,
    boolean demo) {}
