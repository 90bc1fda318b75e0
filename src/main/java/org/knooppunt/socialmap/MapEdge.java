package org.knooppunt.socialmap;

import java.util.List;

/** One relation of a social map, between two of its nodes. */
public record MapEdge(
    String source, String target, String type, String status, String since, List<String> roles) {}
