package org.knooppunt.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.knooppunt.platform.domain.SafeText;

/**
 * What may be stored about a person, and no more: name, job title, role at her organisation and
 * business contact, plus her visibility and consents. The edit model of the screen and the body of
 * the API, with the same validation. {@code version} is the version the editor started from.
 */
public class PersonForm {

  @NotBlank(message = "{knooppunt.validation.required}")
  @Size(max = 120, message = "{knooppunt.validation.size}")
  @SafeText
  private String name;

  @Size(max = 120, message = "{knooppunt.validation.size}")
  @SafeText
  private String jobTitle;

  @Size(max = 60, message = "{knooppunt.validation.size}")
  @SafeText
  private String role;

  @Email(message = "{knooppunt.validation.email}")
  @Size(max = 254, message = "{knooppunt.validation.size}")
  @SafeText
  private String email;

  @Pattern(regexp = "\\+?[0-9 ()\\-]{6,20}", message = "{knooppunt.validation.phone}")
  private String phone;

  @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "{knooppunt.validation.required}")
  private String organisationId;

  private String visibility = Visibility.ORGANISATION.name();
  private boolean consentMaps;
  private boolean consentIntroductions;
  private boolean consentRecommendations;
  private long version;

  /** The form filled with what is stored. */
  public static PersonForm of(Person p) {
    PersonForm f = new PersonForm();
    f.name = p.name();
    f.jobTitle = p.jobTitle();
    f.role = p.role();
    f.email = p.email();
    f.phone = p.phone();
    f.organisationId = p.organisationId();
    f.visibility = p.visibility().name();
    f.consentMaps = p.maps().given();
    f.consentIntroductions = p.introductions().given();
    f.consentRecommendations = p.recommendations().given();
    f.version = p.version();
    return f;
  }

  /** Whether the form gives {@code kind}. */
  public boolean gives(ConsentKind kind) {
    return switch (kind) {
      case MAPS -> consentMaps;
      case INTRODUCTIONS -> consentIntroductions;
      case RECOMMENDATIONS -> consentRecommendations;
    };
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId = organisationId;
  }

  public String getVisibility() {
    return visibility;
  }

  public void setVisibility(String visibility) {
    this.visibility = visibility;
  }

  public boolean isConsentMaps() {
    return consentMaps;
  }

  public void setConsentMaps(boolean consentMaps) {
    this.consentMaps = consentMaps;
  }

  public boolean isConsentIntroductions() {
    return consentIntroductions;
  }

  public void setConsentIntroductions(boolean consentIntroductions) {
    this.consentIntroductions = consentIntroductions;
  }

  public boolean isConsentRecommendations() {
    return consentRecommendations;
  }

  public void setConsentRecommendations(boolean consentRecommendations) {
    this.consentRecommendations = consentRecommendations;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
