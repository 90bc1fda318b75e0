package org.knooppunt.person;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;

/** The admins' queue of erasure requests, each completed with one button. */
@Named
@ViewScoped
public class PersonErasureView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PersonService service;
  @Inject transient CurrentUser currentUser;

  private transient List<PersonRepository.ErasureRequest> requests;

  public void load() throws IOException {
    if (!currentUser.account().map(a -> a.has(Role.ADMIN)).orElse(false)) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(403, "");
    }
  }

  public List<PersonRepository.ErasureRequest> getRequests() {
    if (requests == null) {
      requests = service.pendingErasures(actor(), locale());
    }
    return requests;
  }

  public String complete(String requestId) {
    try {
      String pseudonym = service.completeErasure(actor(), requestId, locale());
      return "/person/erasures.xhtml?faces-redirect=true&done=" + pseudonym;
    } catch (DomainException e) {
      FacesMessages.show(e, "person.field.");
      requests = null;
      return null;
    }
  }

  private Account actor() {
    return currentUser.account().orElse(null);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
