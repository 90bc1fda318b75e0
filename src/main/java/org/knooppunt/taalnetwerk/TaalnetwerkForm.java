package org.knooppunt.taalnetwerk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.knooppunt.platform.domain.SafeText;

/**
 * What a person may change on a taalnetwerk: the edit model of the screen and the body of the API,
 * validated the same way for both. The members list replaces the stored one; {@code version} is the
 * version the editor started from, and a save against a newer stored version is a conflict.
 */
public class TaalnetwerkForm {

  @NotBlank(message = "{knooppunt.validation.required}")
  @Size(max = 200, message = "{knooppunt.validation.size}")
  @SafeText
  private String name;

  @Size(max = 4000, message = "{knooppunt.validation.size}")
  @SafeText
  private String description;

  @Size(min = 1, max = 100, message = "{taalnetwerk.validation.municipalities}")
  private List<
          @Pattern(regexp = "GM\\d{4}|\\d{5}", message = "{knooppunt.validation.municipality}")
          String>
      municipalityCodes = new ArrayList<>();

  @Size(max = 64, message = "{knooppunt.validation.size}")
  @Pattern(regexp = "[A-Za-z0-9-]*", message = "{taalnetwerk.validation.id}")
  private String taalhuisBranchId;

  @Size(max = 40, message = "{knooppunt.validation.size}")
  private String taalhuisPhase;

  @Size(max = 200, message = "{knooppunt.validation.size}")
  private List<@Valid Member> members = new ArrayList<>();

  private long version;

  /** One member and its roles. */
  public static class Member {

    @NotBlank(message = "{knooppunt.validation.required}")
    @Size(max = 64, message = "{knooppunt.validation.size}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{taalnetwerk.validation.id}")
    private String organisationId;

    @Size(max = 4, message = "{knooppunt.validation.size}")
    private List<@Size(max = 40) String> roles = new ArrayList<>();

    private LocalDate since;

    public Member() {}

    public Member(String organisationId, List<String> roles, LocalDate since) {
      this.organisationId = organisationId;
      this.roles = new ArrayList<>(roles);
      this.since = since;
    }

    public String getOrganisationId() {
      return organisationId;
    }

    public void setOrganisationId(String organisationId) {
      this.organisationId = organisationId;
    }

    public List<String> getRoles() {
      return roles;
    }

    public void setRoles(List<String> roles) {
      this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public LocalDate getSince() {
      return since;
    }

    public void setSince(LocalDate since) {
      this.since = since;
    }
  }

  /** A form holding the stored values, for editing them. */
  public static TaalnetwerkForm of(Taalnetwerk n) {
    TaalnetwerkForm f = new TaalnetwerkForm();
    f.name = n.name();
    f.description = n.description();
    f.municipalityCodes =
        new ArrayList<>(n.municipalities().stream().map(Taalnetwerk.Place::code).toList());
    if (n.taalhuis() != null) {
      f.taalhuisBranchId = n.taalhuis().branchId();
      f.taalhuisPhase = n.taalhuis().phase();
    }
    f.members =
        new ArrayList<>(
            n.members().stream()
                .map(m -> new Member(m.organisationId(), m.roles(), m.since()))
                .toList());
    f.version = n.version();
    return f;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getMunicipalityCodes() {
    return municipalityCodes;
  }

  public void setMunicipalityCodes(List<String> municipalityCodes) {
    this.municipalityCodes = municipalityCodes == null ? new ArrayList<>() : municipalityCodes;
  }

  public String getTaalhuisBranchId() {
    return taalhuisBranchId;
  }

  public void setTaalhuisBranchId(String taalhuisBranchId) {
    this.taalhuisBranchId = taalhuisBranchId;
  }

  public String getTaalhuisPhase() {
    return taalhuisPhase;
  }

  public void setTaalhuisPhase(String taalhuisPhase) {
    this.taalhuisPhase = taalhuisPhase;
  }

  public List<Member> getMembers() {
    return members;
  }

  public void setMembers(List<Member> members) {
    this.members = members == null ? new ArrayList<>() : members;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
