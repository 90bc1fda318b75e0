package org.knooppunt.signup;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knooppunt.organisation.OrganisationForm;
import org.knooppunt.organisation.Sector;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.region.MunicipalityChoice;
import org.knooppunt.topic.Taxonomy;

/**
 * The public sign-up page ({@code signup/register.xhtml}): a partner's profile and its contact's
 * account in one form. After sending, the page says what happens next instead of the form.
 */
@Named
@ViewScoped
public class SignupView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern NAME_IN_LABEL = Pattern.compile("(.+) \\([^()]+\\)\\s*");

  @Inject transient SignupService service;
  @Inject transient Taxonomy taxonomy;

  private final SignupForm form = new SignupForm();
  private String municipalityName;
  private boolean submitted;

  public void submit() {
    try {
      service.signUp(form, SignupMessages.client(), SignupMessages.locale());
      submitted = true;
      form.getContact().setPassword(null);
    } catch (DomainException e) {
      SignupMessages.show(e);
    }
  }

  public String getMunicipality() {
    return label(form.getOrganisation(), municipalityName);
  }

  public void setMunicipality(String value) {
    municipalityName = municipality(form.getOrganisation(), value);
  }

  /** "Utrecht (GM0344)" for the code in the form, when the name is known. */
  static String label(OrganisationForm f, String name) {
    return f.getMunicipalityCode() == null
        ? null
        : MunicipalityChoice.label(name, f.getMunicipalityCode());
  }

  /** Puts the code of a chosen label into the form; returns the name in it. */
  static String municipality(OrganisationForm f, String value) {
    f.setMunicipalityCode(MunicipalityChoice.code(value));
    Matcher m = NAME_IN_LABEL.matcher(value == null ? "" : value);
    return m.matches() ? m.group(1) : null;
  }

  public String getPasswordHint() {
    return SignupMessages.passwordHint();
  }

  public Sector[] getSectors() {
    return Sector.values();
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public SignupForm getForm() {
    return form;
  }

  public boolean isSubmitted() {
    return submitted;
  }
}
