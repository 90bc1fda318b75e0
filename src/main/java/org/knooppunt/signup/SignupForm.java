package org.knooppunt.signup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.knooppunt.organisation.Kind;
import org.knooppunt.organisation.OrganisationForm;

/**
 * A partner organisation that signs itself up: its profile (the same form and checks as a profile
 * edit) and its contact's account. Also the body of {@code POST /api/signup}.
 */
public class SignupForm {

  @NotNull(message = "{knooppunt.validation.required}")
  @Valid
  private OrganisationForm organisation = partnerForm();

  @NotNull(message = "{knooppunt.validation.required}")
  @Valid
  private ContactForm contact = new ContactForm();

  static OrganisationForm partnerForm() {
    OrganisationForm f = new OrganisationForm();
    f.setKind(Kind.PARTNER);
    return f;
  }

  public OrganisationForm getOrganisation() {
    return organisation;
  }

  public void setOrganisation(OrganisationForm organisation) {
    this.organisation = organisation;
  }

  public ContactForm getContact() {
    return contact;
  }

  public void setContact(ContactForm contact) {
    this.contact = contact;
  }
}
