package org.knooppunt.person;

import java.time.ZonedDateTime;

/**
 * One consent of a person as stored: whether it is given, when, under which wording version, and
 * when it was last withdrawn.
 */
public record Consent(
    ConsentKind kind, boolean given, ZonedDateTime at, String version, ZonedDateTime withdrawnAt) {

  /** The bundle key of the wording agreed to, or of today's wording when not given. */
  public String wordingKey() {
    return kind.wordingKey + "." + (version == null ? ConsentKind.CURRENT_VERSION : version);
  }
}
