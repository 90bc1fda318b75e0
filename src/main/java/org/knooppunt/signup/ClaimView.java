package org.knooppunt.signup;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knooppunt.platform.domain.DomainException;

/**
 * The public claim page ({@code signup/claim.xhtml}): choose an unclaimed partner profile by name,
 * prove it with its registration number, and create the contact's account. The suggestions read
 * "name (municipality)"; the page keeps which id each stands for.
 */
@Named
@ViewScoped
public class ClaimView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SignupService service;

  private final ClaimForm form = new ClaimForm();
  private final Map<String, String> choices = new LinkedHashMap<>();
  private String organisation;
  private boolean submitted;

  public List<String> complete(String query) {
    List<String> labels = new java.util.ArrayList<>();
    for (var c : service.claimable(query)) {
      String label =
          c.municipalityName() == null ? c.name() : c.name() + " (" + c.municipalityName() + ")";
      choices.put(label, c.id());
      labels.add(label);
    }
    return labels;
  }

  public void submit() {
    form.setOrganisationId(organisation == null ? null : choices.get(organisation.strip()));
    try {
      service.claim(form, SignupMessages.client(), SignupMessages.locale());
      submitted = true;
      form.getContact().setPassword(null);
    } catch (DomainException e) {
      SignupMessages.show(e);
    }
  }

  public String getPasswordHint() {
    return SignupMessages.passwordHint();
  }

  public ClaimForm getForm() {
    return form;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public boolean isSubmitted() {
    return submitted;
  }
}
