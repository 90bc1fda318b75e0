package org.knooppunt.exchange;

import java.util.List;

/**
 * What a reader made of one file: raw rows, still unmatched, and the problems found while reading.
 * The format-specific readers (CSV/XLSX, HSDS) end here; everything after (matching, checking,
 * preview, writing) is one pipeline for all formats, so a rule holds for every format at once.
 *
 * @param format the format read: {@code csv}, {@code xlsx}, {@code hsds-datapackage}, {@code
 *     hsds-json}
 * @param sourceName the uploaded file's name, shown in reports and stored as provenance
 * @param idScheme the namespace of the external ids in this set (e.g. {@code hsds} or {@code
 *     csv:<file name>}); an organisation's stable key is its KvK/KBO number when it has one,
 *     otherwise {@code idScheme + ":" + externalId}
 */
public record ImportSet(
    String format,
    String sourceName,
    String idScheme,
    List<OrganisationRow> organisations,
    List<LocationRow> locations,
    List<ServiceRow> services,
    List<RelationRow> relations,
    List<MembershipRow> memberships,
    List<RowProblem> problems) {

  public ImportSet {
    organisations = List.copyOf(organisations);
    locations = List.copyOf(locations);
    services = List.copyOf(services);
    relations = List.copyOf(relations);
    memberships = List.copyOf(memberships);
    problems = List.copyOf(problems);
  }

  /** One organisation as read. Strings are trimmed, empty becomes {@code null}. */
  public record OrganisationRow(
      String file,
      int line,
      String externalId,
      String kind,
      String name,
      String description,
      String sector,
      String registrationNumber,
      String email,
      String website,
      String phone,
      String street,
      String postcode,
      String place,
      String municipality,
      Double latitude,
      Double longitude,
      List<String> topics,
      List<String> targetGroups) {}

  /** A place where an organisation works; imported as a {@code Branch} of that organisation. */
  public record LocationRow(
      String file,
      int line,
      String externalId,
      String organisationExternalId,
      String name,
      String street,
      String postcode,
      String place,
      String municipality,
      Double latitude,
      Double longitude) {}

  /** An organisation's offer (an HSDS service), with the locations where it is given. */
  public record ServiceRow(
      String file,
      int line,
      String externalId,
      String organisationExternalId,
      String name,
      String description,
      List<String> topics,
      List<String> targetGroups,
      List<String> locationExternalIds) {}

  /**
   * A collaboration between two organisations. {@code to} names the other side by external id in
   * the same file, by KvK/KBO number, or by exact name of an organisation already in Knooppunt.
   */
  public record RelationRow(
      String file, int line, String fromExternalId, String to, String topic) {}

  /** A membership of a taalnetwerk (named by id or exact name) with one or more of its roles. */
  public record MembershipRow(
      String file,
      int line,
      String organisationExternalId,
      String taalnetwerk,
      List<String> roles) {}

  /**
   * A problem with one row or with the file as a whole ({@code line} 0). {@code key} is a bundle
   * key under {@code exchange.problem.*}; {@code args} fill its placeholders.
   */
  public record RowProblem(String file, int line, String column, String key, List<String> args) {
    public RowProblem {
      args = List.copyOf(args);
    }
  }
}
