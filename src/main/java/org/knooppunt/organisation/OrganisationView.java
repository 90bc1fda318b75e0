package org.knooppunt.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.knooppunt.platform.security.CurrentUser;

/** The profile page of one library or partner. */
@Named
@RequestScoped
public class OrganisationView {

  @Inject OrganisationService service;
  @Inject CurrentUser currentUser;
  @Inject org.knooppunt.collaboration.CollaborationService collaborations;

  private java.util.List<org.knooppunt.collaboration.Collaboration> collaborationList;

  /** Its collaborations, ended ones included: the history of its relations. */
  public java.util.List<org.knooppunt.collaboration.Collaboration> getCollaborations() {
    if (collaborationList == null) {
      collaborationList = id == null ? java.util.List.of() : collaborations.ofOrganisation(id);
    }
    return collaborationList;
  }

  private String id;
  private Organisation organisation;
  private Boolean mayEdit;

  /** Loads the profile; an unknown id answers 404 with the error page. */
  public void load() throws IOException {
    organisation =
        service
            .find(id)
            .filter(o -> OrganisationService.maySee(currentUser.account().orElse(null), o))
            .orElse(null);
    if (organisation == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
    }
  }

  public boolean isMayEdit() {
    if (mayEdit == null) {
      mayEdit = currentUser.account().map(a -> service.mayEdit(a, id)).orElse(false);
    }
    return mayEdit;
  }

  public Organisation getOrganisation() {
    return organisation;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
