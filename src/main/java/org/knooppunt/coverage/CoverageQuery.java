package org.knooppunt.coverage;

/**
 * What a coverage analysis asks: a scope of municipalities and a topic and/or a target group (at
 * least one of the two; both means an organisation must do both).
 */
public record CoverageQuery(Scope scope, String topicId, String targetGroupId) {}
