package org.knooppunt.signup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.knooppunt.organisation.OrganisationForm;

/**
 * Accepting an invite: the token from the link, the contact's account, and, for an invite to a new
 * partner, its profile ({@code organisation} is ignored when the invite names an organisation).
 * Also the body of {@code POST /api/invites/accept}.
 */
public class InviteAcceptForm {

  @NotBlank(message = "{knooppunt.validation.required}")
  @Size(max = 100, message = "{signup.invite.unknown}")
  private String token;

  @NotNull(message = "{knooppunt.validation.required}")
  @Valid
  private ContactForm contact = new ContactForm();

  private OrganisationForm organisation = SignupForm.partnerForm();

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public ContactForm getContact() {
    return contact;
  }

  public void setContact(ContactForm contact) {
    this.contact = contact;
  }

  public OrganisationForm getOrganisation() {
    return organisation;
  }

  public void setOrganisation(OrganisationForm organisation) {
    this.organisation = organisation;
  }
}
