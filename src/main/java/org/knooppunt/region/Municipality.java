package org.knooppunt.region;

/** A municipality (gemeente) of the Netherlands or of Flanders/Brussels, with its province. */
public record Municipality(
    String code,
    String name,
    String country,
    long population,
    int populationYear,
    String provinceCode,
    String provinceName,
    Double latitude,
    Double longitude,
    long organisations) {}
