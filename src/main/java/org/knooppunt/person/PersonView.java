package org.knooppunt.person;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;

/**
 * The page of one person: what is stored, her visibility and consents with the date and wording,
 * and, for the person herself, her data as a download and a way to ask for erasure. A person the
 * user may not see answers 404, like one that does not exist.
 */
@Named
@ViewScoped
public class PersonView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PersonService service;
  @Inject transient CurrentUser currentUser;

  private String id;
  private Person person;
  private boolean manage;
  private boolean self;
  private String reason;

  public void load() throws IOException {
    Account actor = currentUser.account().orElse(null);
    person = service.find(actor, id).orElse(null);
    if (person == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
      return;
    }
    manage = service.mayManage(actor, person.organisationId());
    self = service.isSelf(actor, id);
  }

  /** Asks for erasure: the person herself or whoever manages her. */
  public String requestErasure() {
    try {
      service.requestErasure(
          currentUser.account().orElse(null),
          id,
          reason,
          FacesContext.getCurrentInstance().getViewRoot().getLocale());
      return "/person/view.xhtml?faces-redirect=true&erasure=requested&id=" + id;
    } catch (DomainException e) {
      FacesMessages.show(e, "person.field.");
      return null;
    }
  }

  /** A date as the page shows it, e.g. "1 maart 2026", in Dutch time. */
  public String date(java.time.ZonedDateTime t) {
    if (t == null) {
      return "";
    }
    return t.withZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))
        .format(
            java.time.format.DateTimeFormatter.ofPattern(
                "d MMMM yyyy", FacesContext.getCurrentInstance().getViewRoot().getLocale()));
  }

  /** The three consents in a fixed order, for the page. */
  public List<Consent> getConsents() {
    return person == null
        ? List.of()
        : List.of(person.maps(), person.introductions(), person.recommendations());
  }

  public boolean isMayEdit() {
    return manage || self;
  }

  public boolean isMayManage() {
    return manage;
  }

  public boolean isSelf() {
    return self;
  }

  public boolean isMayExport() {
    return self
        || currentUser.account().map(a -> a.has(org.knooppunt.account.Role.ADMIN)).orElse(false);
  }

  public boolean isMayAskErasure() {
    return (self || manage) && person != null && !person.erasureRequested();
  }

  public Person getPerson() {
    return person;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
