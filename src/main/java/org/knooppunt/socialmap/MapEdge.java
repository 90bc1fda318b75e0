package org.knooppunt.socialmap;

import java.util.List;

/**
 * One relation of a social map, between two of its nodes, with who asserted it and when ({@code id}
 * only for collaborations, which have a page of their own).
 */
public record MapEdge(
    String id,
    String source,
    String target,
    String type,
    String status,
    String since,
    List<String> roles,
    String assertedBy,
    String assertedAt)
    implements java.io.Serializable {

  /** The roles held, e.g. in a taalnetwerk, as one line. */
  public String rolesText() {
    return roles == null ? "" : String.join(", ", roles);
  }
}
