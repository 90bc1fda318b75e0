package org.knooppunt.signup;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;

/**
 * The invites page ({@code signup/invites.xhtml}) for admins and librarians: make an invite (for a
 * new partner, or an unclaimed profile chosen by name), see the link once, list and revoke one's
 * invites.
 */
@Named
@ViewScoped
public class InviteListView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE = 100;

  @Inject transient SignupService service;
  @Inject transient CurrentUser currentUser;

  private transient List<Invite> invites;
  private final Map<String, String> choices = new LinkedHashMap<>();
  private String organisation;
  private String note;
  private Integer days = 14;
  private String link;

  public void load() throws IOException {
    if (!SignupService.mayDecide(actor())) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(403, "");
    }
  }

  public List<String> complete(String query) {
    List<String> labels = new ArrayList<>();
    for (var c : service.claimable(query)) {
      String label =
          c.municipalityName() == null ? c.name() : c.name() + " (" + c.municipalityName() + ")";
      choices.put(label, c.id());
      labels.add(label);
    }
    return labels;
  }

  public void create() {
    String id = null;
    if (organisation != null && !organisation.isBlank()) {
      id = choices.getOrDefault(organisation.strip(), organisation.strip());
    }
    try {
      var made = service.invite(actor(), id, note, days, SignupMessages.locale());
      link =
          SignupResource.acceptLink(
              (HttpServletRequest)
                  FacesContext.getCurrentInstance().getExternalContext().getRequest(),
              made.token());
      organisation = null;
      note = null;
    } catch (DomainException e) {
      SignupMessages.show(e);
    }
    invites = null;
  }

  public void revoke(String id) {
    try {
      service.revoke(actor(), id, SignupMessages.locale());
      SignupMessages.info("signup.invite.revokedMessage");
    } catch (DomainException e) {
      SignupMessages.show(e);
    }
    invites = null;
  }

  public List<Invite> getInvites() {
    if (invites == null) {
      invites = service.invites(actor(), 0, PAGE, SignupMessages.locale());
    }
    return invites;
  }

  private Account actor() {
    return currentUser.account().orElse(null);
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Integer getDays() {
    return days;
  }

  public void setDays(Integer days) {
    this.days = days;
  }

  public String getLink() {
    return link;
  }
}
