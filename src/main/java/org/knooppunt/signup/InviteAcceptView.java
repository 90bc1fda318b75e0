package org.knooppunt.signup;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.knooppunt.organisation.Sector;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.topic.Taxonomy;

/**
 * The public page an invite link opens ({@code signup/accept.xhtml?token=…}): says what the invite
 * is for, or why it cannot be used, and creates the account (with the profile of a new partner).
 */
@Named
@ViewScoped
public class InviteAcceptView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SignupService service;
  @Inject transient Taxonomy taxonomy;

  private final InviteAcceptForm form = new InviteAcceptForm();
  private Invite invite;
  private String municipalityName;
  private boolean loaded;
  private boolean accepted;
  private String problem;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    try {
      invite = service.inviteFor(form.getToken(), SignupMessages.locale());
    } catch (DomainException e) {
      problem = e.getMessage();
    }
  }

  public void submit() {
    try {
      service.accept(form, SignupMessages.client(), SignupMessages.locale());
      accepted = true;
      form.getContact().setPassword(null);
    } catch (DomainException e) {
      SignupMessages.show(e);
    }
  }

  public String getMunicipality() {
    return SignupView.label(form.getOrganisation(), municipalityName);
  }

  public void setMunicipality(String value) {
    municipalityName = SignupView.municipality(form.getOrganisation(), value);
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

  public InviteAcceptForm getForm() {
    return form;
  }

  public String getToken() {
    return form.getToken();
  }

  public void setToken(String token) {
    form.setToken(token);
  }

  public Invite getInvite() {
    return invite;
  }

  /** Why the link cannot be used (unknown, used, revoked, expired), or null. */
  public String getProblem() {
    return problem;
  }

  public boolean isAccepted() {
    return accepted;
  }
}
