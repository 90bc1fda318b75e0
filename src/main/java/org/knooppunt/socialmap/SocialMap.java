package org.knooppunt.socialmap;

import java.util.List;

/**
 * The bounded neighbourhood of a centre: its nodes and the relations among them. {@code grouped}
 * counts the nodes that went into super-nodes because the map would pass its node limit; {@code
 * truncated} is true when something was cut off altogether (more candidates than the hard cap, or
 * more relations than the edge limit). The page says both.
 */
public record SocialMap(
    String centre,
    int depth,
    List<MapNode> nodes,
    List<MapEdge> edges,
    boolean truncated,
    int grouped,
    int maxNodes)
    implements java.io.Serializable {}
