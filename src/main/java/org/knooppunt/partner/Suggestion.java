package org.knooppunt.partner;

import java.util.List;

/**
 * One suggested partner with its score and the reasons behind it: the topics of the need it works
 * on (a narrower topic counts), the target groups it reaches, partners in common (their names), its
 * distance, its roles in taalnetwerken, and whether its profile is stale (not reviewed in 24
 * months: it ranks lower and is marked).
 */
public record Suggestion(
    String id,
    String name,
    String kind,
    String sector,
    String municipality,
    double score,
    Double distanceKm,
    List<String> topics,
    List<String> targetGroups,
    List<String> commonPartners,
    List<String> taalnetwerkRoles,
    boolean stale) {}
