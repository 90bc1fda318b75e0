package org.knooppunt.coverage;

import java.util.List;

/** Coverage before and after a group of libraries allies, and the municipalities that gain. */
public record WhatIf(
    CoverageReport before, CoverageReport after, List<String> newlyCoveredMunicipalityIds) {}
