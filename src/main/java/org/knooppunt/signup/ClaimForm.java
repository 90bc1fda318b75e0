package org.knooppunt.signup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A claim of an existing profile that no partner account speaks for yet: which organisation, its
 * registration number as proof, and the contact's account. Also the body of {@code POST
 * /api/signup/claims}.
 */
public class ClaimForm {

  @NotBlank(message = "{knooppunt.validation.required}")
  @Pattern(regexp = "[A-Za-z0-9-]{1,64}", message = "{signup.unknownOrganisation}")
  private String organisationId;

  @NotBlank(message = "{knooppunt.validation.required}")
  @Pattern(
      regexp = "\\d{8}|\\d{10}|\\d{4}\\.\\d{3}\\.\\d{3}",
      message = "{knooppunt.validation.registrationNumber}")
  private String registrationNumber;

  @NotNull(message = "{knooppunt.validation.required}")
  @Valid
  private ContactForm contact = new ContactForm();

  public String getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(String organisationId) {
    this.organisationId = organisationId;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public void setRegistrationNumber(String registrationNumber) {
    this.registrationNumber = registrationNumber;
  }

  public ContactForm getContact() {
    return contact;
  }

  public void setContact(ContactForm contact) {
    this.contact = contact;
  }
}
