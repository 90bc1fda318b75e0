package org.knooppunt.savedmap;

import jakarta.json.JsonObject;

/**
 * One saved social map. {@code query} holds the map's depth and filters as the social map page
 * takes them ({@code depth=2&topic=taalvaardigheid}, values URL-encoded, only known keys); {@code
 * positions} the node positions of the network view ({@code {"id": {"x": 1.5, "y": -3}}}), null
 * when none were saved and in lists. {@code libraryId}/{@code libraryName} name the organisation it
 * is shared with, null when it is private. Dates to the minute, Europe/Amsterdam.
 */
public record SavedMap(
    String id,
    String name,
    String description,
    String centre,
    String centreName,
    String query,
    JsonObject positions,
    String ownerUsername,
    String ownerDisplayName,
    String libraryId,
    String libraryName,
    String createdAt,
    String updatedAt) {

  public boolean shared() {
    return libraryId != null;
  }

  /**
   * The social map page's query string for this map: centre (none for an area of municipalities),
   * depth, filters and its own id.
   */
  public String viewQuery() {
    StringBuilder q = new StringBuilder();
    if (centre != null) {
      q.append("centre=")
          .append(java.net.URLEncoder.encode(centre, java.nio.charset.StandardCharsets.UTF_8))
          .append('&');
    }
    if (query != null && !query.isEmpty()) {
      q.append(query).append('&');
    }
    return q.append("saved=").append(id).toString();
  }
}
