package org.knooppunt.alliance;

import java.util.List;

/**
 * An alliance to create or save, as the edit page and the API send it. Dates are ISO strings
 * ({@code 2026-01-31}), checked by the service so a bad one is a message, not an error; {@code
 * version} is the version the editor read (ignored on create).
 */
public record AllianceForm(
    String name,
    String description,
    String since,
    List<MemberForm> members,
    List<String> municipalityIds,
    List<String> topicIds,
    long version) {

  /** A member: an organisation (library or partner), its role and when it joined (and left). */
  public record MemberForm(String organisationId, String role, String since, String until) {}
}
