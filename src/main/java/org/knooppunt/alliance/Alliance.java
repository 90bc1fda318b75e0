package org.knooppunt.alliance;

import java.util.List;
import java.util.Locale;

/**
 * An alliance as shown and edited: its members with their roles and dates, the municipalities it
 * covers and its topics. Dates are ISO strings ({@code 2026-01-31}); {@code until} is null while it
 * runs. {@code version} is the optimistic version an edit must send back.
 */
public record Alliance(
    String id,
    String name,
    String description,
    String since,
    String until,
    String status,
    long version,
    List<Member> members,
    List<Place> municipalities,
    List<Topic> topics,
    String updatedBy,
    String updatedAt) {

  /** One member organisation with its role and dates. */
  public record Member(
      String organisationId, String name, String kind, String role, String since, String until) {}

  /** A municipality it covers, with the region (province) it lies in. */
  public record Place(String id, String name, String regionId) {}

  /** A topic it works on, in both languages. */
  public record Topic(String id, String nameNl, String nameEn) {
    public String name(Locale locale) {
      return locale != null && "en".equals(locale.getLanguage()) && nameEn != null
          ? nameEn
          : nameNl;
    }
  }

  public boolean ended() {
    return "ended".equals(status);
  }
}
