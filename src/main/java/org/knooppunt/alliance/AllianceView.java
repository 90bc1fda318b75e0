package org.knooppunt.alliance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;

/** One alliance's page: members, municipalities, topics; edit and end for whoever may. */
@Named
@ViewScoped
public class AllianceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AllianceService service;
  @Inject transient CurrentUser currentUser;

  private String id;
  private Alliance alliance;
  private String until;

  public void load() throws IOException {
    alliance = service.find(id).orElse(null);
    if (alliance == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
    }
  }

  public String end() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    try {
      service.end(actor(), id, until, alliance.version(), locale);
      return "/alliance/view.xhtml?faces-redirect=true&done=ended&id=" + id;
    } catch (DomainException e) {
      FacesMessages.show(e, "alliance.field.");
      alliance = service.find(id).orElse(alliance);
      return null;
    }
  }

  public boolean isMayEdit() {
    return AllianceService.mayEdit(actor(), alliance);
  }

  public boolean isMayEnd() {
    return AllianceService.mayEnd(actor(), alliance);
  }

  private Account actor() {
    return currentUser.account().orElse(null);
  }

  public Alliance getAlliance() {
    return alliance;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }
}
