package org.knooppunt.taalnetwerk;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A taalnetwerk as read: its profile, the municipalities it covers, its Taalhuis, its members with
 * their roles and how complete and fragile the network is.
 */
public record Taalnetwerk(
    String id,
    String name,
    String description,
    boolean demo,
    long version,
    ZonedDateTime updatedAt,
    String updatedBy,
    ZonedDateTime lastReviewedAt,
    List<Place> municipalities,
    Taalhuis taalhuis,
    List<Member> members,
    Completeness completeness) {

  /** A covered municipality. */
  public record Place(String code, String name, long population) {}

  /** The Taalhuis: a branch of a library, and the phase it is in (a code of TaalhuisPhase). */
  public record Taalhuis(
      String branchId, String branchName, String libraryId, String libraryName, String phase) {
    @JsonbTransient
    public String getPhaseKey() {
      return TaalhuisPhase.keyOf(phase);
    }
  }

  /** A member organisation with its roles (codes of TaalnetwerkRole) and the date it joined. */
  public record Member(
      String organisationId, String name, boolean library, List<String> roles, LocalDate since) {
    /** Its roles as the enum (for labels), unknown codes left out. */
    @JsonbTransient
    public List<TaalnetwerkRole> getRoleList() {
      return roles.stream().flatMap(r -> TaalnetwerkRole.of(r).stream()).toList();
    }
  }

  @JsonbTransient
  public long getInhabitants() {
    return municipalities.stream().mapToLong(Place::population).sum();
  }
}
