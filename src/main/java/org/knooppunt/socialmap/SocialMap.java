package org.knooppunt.socialmap;

import java.util.List;

/**
 * The bounded neighbourhood of a centre: its nodes and the relations among them, and whether the
 * limits cut anything off (then {@code truncated} is true and the page says so).
 */
public record SocialMap(
    String centre, int depth, List<MapNode> nodes, List<MapEdge> edges, boolean truncated) {}
