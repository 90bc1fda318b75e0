package org.knooppunt.organisation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.knooppunt.platform.domain.SafeText;
import org.knooppunt.platform.domain.WebUrl;

/**
 * What a person may change on an organisation profile: the edit model of the screen and the body of
 * the API, with the same validation for both. {@code version} is the version the editor started
 * from; a save against a newer stored version is a conflict.
 */
public class OrganisationForm {

  @NotNull(message = "{knooppunt.validation.kind}")
  private Kind kind = Kind.PARTNER;

  @NotBlank(message = "{knooppunt.validation.required}")
  @Size(max = 200, message = "{knooppunt.validation.size}")
  @SafeText
  private String name;

  @Size(max = 4000, message = "{knooppunt.validation.size}")
  @SafeText
  private String description;

  @Pattern(
      regexp =
          "bibliotheek|welzijn|onderwijs|zorg|gemeente|kinderopvang|taalaanbieder|cultuur|bedrijf|vrijwilligers|overig",
      message = "{knooppunt.validation.sector}")
  private String sector;

  @Pattern(
      regexp = "\\d{8}|\\d{10}|\\d{4}\\.\\d{3}\\.\\d{3}",
      message = "{knooppunt.validation.registrationNumber}")
  private String registrationNumber;

  @Email(message = "{knooppunt.validation.email}")
  @Size(max = 254, message = "{knooppunt.validation.size}")
  @SafeText
  private String email;

  @WebUrl
  @Size(max = 500, message = "{knooppunt.validation.size}")
  @SafeText
  private String website;

  @Pattern(regexp = "\\+?[0-9 ()\\-]{6,20}", message = "{knooppunt.validation.phone}")
  private String phone;

  @Size(max = 200, message = "{knooppunt.validation.size}")
  @SafeText
  private String street;

  @Pattern(
      regexp = "[1-9][0-9]{3} ?[A-Za-z]{2}|[1-9][0-9]{3}",
      message = "{knooppunt.validation.postcode}")
  private String postcode;

  @Size(max = 100, message = "{knooppunt.validation.size}")
  @SafeText
  private String place;

  @NotBlank(message = "{knooppunt.validation.required}")
  @Pattern(regexp = "GM\\d{4}|\\d{5}", message = "{knooppunt.validation.municipality}")
  private String municipalityCode;

  @DecimalMin(value = "49.4", message = "{knooppunt.validation.latitude}")
  @DecimalMax(value = "53.7", message = "{knooppunt.validation.latitude}")
  private Double latitude;

  @DecimalMin(value = "2.5", message = "{knooppunt.validation.longitude}")
  @DecimalMax(value = "7.3", message = "{knooppunt.validation.longitude}")
  private Double longitude;

  @Size(max = 30, message = "{knooppunt.validation.size}")
  private List<@Size(max = 80) @Pattern(regexp = "[a-z0-9-]+") String> topicIds = new ArrayList<>();

  @Size(max = 30, message = "{knooppunt.validation.size}")
  private List<@Size(max = 80) @Pattern(regexp = "[a-z0-9-]+") String> targetGroupIds =
      new ArrayList<>();

  @Size(max = 10, message = "{knooppunt.validation.size}")
  private List<@Size(max = 80) @Pattern(regexp = "[a-z0-9-]+") String> domainIds =
      new ArrayList<>();

  private long version;

  /** A form holding the stored values of an organisation, for editing it. */
  public static OrganisationForm of(Organisation o) {
    OrganisationForm f = new OrganisationForm();
    f.kind = o.kind();
    f.name = o.name();
    f.description = o.description();
    f.sector = o.sector();
    f.registrationNumber = o.registrationNumber();
    f.email = o.email();
    f.website = o.website();
    f.phone = o.phone();
    f.street = o.street();
    f.postcode = o.postcode();
    f.place = o.place();
    f.municipalityCode = o.municipalityCode();
    f.latitude = o.latitude();
    f.longitude = o.longitude();
    f.topicIds = new ArrayList<>(o.topics().stream().map(Ref::id).toList());
    f.targetGroupIds = new ArrayList<>(o.targetGroups().stream().map(Ref::id).toList());
    f.domainIds = new ArrayList<>(o.domains().stream().map(Ref::id).toList());
    f.version = o.version();
    return f;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
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

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public void setRegistrationNumber(String registrationNumber) {
    this.registrationNumber = registrationNumber;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public void setMunicipalityCode(String municipalityCode) {
    this.municipalityCode = municipalityCode;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public List<String> getTopicIds() {
    return topicIds;
  }

  public void setTopicIds(List<String> topicIds) {
    this.topicIds = topicIds == null ? new ArrayList<>() : topicIds;
  }

  public List<String> getTargetGroupIds() {
    return targetGroupIds;
  }

  public void setTargetGroupIds(List<String> targetGroupIds) {
    this.targetGroupIds = targetGroupIds == null ? new ArrayList<>() : targetGroupIds;
  }

  public List<String> getDomainIds() {
    return domainIds;
  }

  public void setDomainIds(List<String> domainIds) {
    this.domainIds = domainIds == null ? new ArrayList<>() : domainIds;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
