package org.knooppunt.person;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.knooppunt.account.Account;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;

/**
 * Create, edit or remove a person. Whoever speaks for her organisation edits everything; the person
 * herself (an account linked to her) sees only her visibility and consents. On a version conflict
 * the page keeps what the user typed, shows the message, and a second save goes over the newer
 * version.
 */
@Named
@ViewScoped
public class PersonEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PersonService service;
  @Inject transient OrganisationService organisations;
  @Inject transient CurrentUser currentUser;

  private String id;
  private String organisation;
  private String organisationName;
  private PersonForm form;
  private boolean manage;
  private boolean deleting;

  public void load() throws IOException {
    if (form != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Account actor = currentUser.account().orElse(null);
    if (isNew()) {
      var org = organisations.find(organisation).orElse(null);
      if (org == null) {
        faces.responseComplete();
        faces.getExternalContext().responseSendError(404, "");
        return;
      }
      if (!service.mayManage(actor, organisation)) {
        faces.responseComplete();
        faces.getExternalContext().responseSendError(403, "");
        return;
      }
      organisationName = org.name();
      manage = true;
      form = new PersonForm();
      form.setOrganisationId(organisation);
      return;
    }
    Person person = service.find(actor, id).orElse(null);
    if (person == null) {
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
      return;
    }
    manage = service.mayManage(actor, person.organisationId());
    if (!manage && !service.isSelf(actor, id)) {
      faces.responseComplete();
      faces.getExternalContext().responseSendError(403, "");
      return;
    }
    organisation = person.organisationId();
    organisationName = person.organisationName();
    form = PersonForm.of(person);
  }

  public String save() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Account actor = currentUser.account().orElse(null);
    try {
      if (isNew()) {
        id = service.create(actor, form, locale);
      } else if (manage) {
        service.update(actor, id, form, locale);
      } else {
        service.setConsents(
            actor,
            id,
            new PersonService.Consents(
                form.getVisibility(),
                form.isConsentMaps(),
                form.isConsentIntroductions(),
                form.isConsentRecommendations(),
                form.getVersion()),
            locale);
      }
      return "/person/view.xhtml?faces-redirect=true&saved=true&id=" + id;
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.CONFLICT && e.detail() instanceof Person theirs) {
        form.setVersion(theirs.version());
      }
      FacesMessages.show(e, "person.field.");
      return null;
    }
  }

  public void askDelete() {
    deleting = true;
  }

  public void cancelDelete() {
    deleting = false;
  }

  public String delete() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    try {
      service.delete(currentUser.account().orElse(null), id, locale);
      return "/organisation/view.xhtml?faces-redirect=true&personDeleted=true&id=" + organisation;
    } catch (DomainException e) {
      deleting = false;
      FacesMessages.show(e, "person.field.");
      return null;
    }
  }

  public Visibility[] getVisibilities() {
    return Visibility.values();
  }

  public boolean isNew() {
    return id == null || id.isBlank();
  }

  public boolean isManage() {
    return manage;
  }

  public boolean isDeleting() {
    return deleting;
  }

  public PersonForm getForm() {
    return form;
  }

  public String getOrganisationName() {
    return organisationName;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }
}
