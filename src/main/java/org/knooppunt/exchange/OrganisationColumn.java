package org.knooppunt.exchange;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the organisation table that CSV and Excel files carry, in import and export alike,
 * so that an exported file imports again unchanged. A header matches a column by its English or
 * Dutch name, case-insensitively, ignoring surrounding spaces; list cells are {@value
 * #LIST_SEPARATOR}-separated.
 *
 * <p>An organisation in several taalnetwerken lists them all in {@code taalnetwerk}; its {@code
 * taalnetwerk_roles} then holds one {@value #ROLE_GROUP_SEPARATOR}-separated group of roles per
 * network, in the same order ({@code tn-1|tn-2} with {@code programmeren|faciliteren;regisseren}).
 * A single group applies to every listed network, so a file with one network per row reads as
 * before.
 */
public enum OrganisationColumn {
  ID("id", "id"),
  KIND("kind", "soort"),
  NAME("name", "naam"),
  DESCRIPTION("description", "omschrijving"),
  SECTOR("sector", "sector"),
  REGISTRATION_NUMBER("registration_number", "kvk_kbo"),
  EMAIL("email", "email"),
  WEBSITE("website", "website"),
  PHONE("phone", "telefoon"),
  STREET("street", "straat"),
  POSTCODE("postcode", "postcode"),
  PLACE("place", "plaats"),
  MUNICIPALITY("municipality", "gemeente"),
  LATITUDE("latitude", "breedtegraad"),
  LONGITUDE("longitude", "lengtegraad"),
  TOPICS("topics", "themas"),
  TARGET_GROUPS("target_groups", "doelgroepen"),
  COLLABORATES_WITH("collaborates_with", "werkt_samen_met"),
  TAALNETWERK("taalnetwerk", "taalnetwerk"),
  TAALNETWERK_ROLES("taalnetwerk_roles", "taalnetwerk_rollen");

  /** Separates the values of one list cell (topics, target groups, partners, roles). */
  public static final String LIST_SEPARATOR = "|";

  /** Separates the role groups of several taalnetwerken in one {@code taalnetwerk_roles} cell. */
  public static final String ROLE_GROUP_SEPARATOR = ";";

  private final String english;
  private final String dutch;

  OrganisationColumn(String english, String dutch) {
    this.english = english;
    this.dutch = dutch;
  }

  public String english() {
    return english;
  }

  public String dutch() {
    return dutch;
  }

  /** The header for a file written in the given language. */
  public String header(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? dutch : english;
  }

  /** The column a header names, if any. */
  public static Optional<OrganisationColumn> of(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String h = header.strip().toLowerCase(Locale.ROOT);
    for (OrganisationColumn column : values()) {
      if (column.english.equals(h) || column.dutch.equals(h)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }
}
