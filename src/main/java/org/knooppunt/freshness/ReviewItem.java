package org.knooppunt.freshness;

import java.time.ZonedDateTime;

/**
 * One profile as the review lists show it: what it is, when it was last confirmed and where it is
 * (its municipality, empty when unknown). {@code stale} is true past {@link
 * FreshnessService#STALE_AFTER}.
 */
public record ReviewItem(
    ProfileKind kind,
    String id,
    String name,
    long version,
    ZonedDateTime lastReviewedAt,
    String municipalityName,
    boolean stale) {

  public String link() {
    return kind.link(id);
  }

  public String editLink() {
    return kind.editLink(id);
  }
}
