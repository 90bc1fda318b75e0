package org.knooppunt.taalnetwerk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.knooppunt.platform.security.CurrentUser;

/** One taalnetwerk: profile, Taalhuis, members with roles, completeness and its rule. */
@Named
@ViewScoped
public class TaalnetwerkView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TaalnetwerkService service;
  @Inject transient CurrentUser currentUser;

  private String id;
  private Taalnetwerk taalnetwerk;
  private Boolean mayEdit;

  public void load() throws IOException {
    if (taalnetwerk != null) {
      return;
    }
    taalnetwerk = service.find(id).orElse(null);
    if (taalnetwerk == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
    }
  }

  public boolean isMayEdit() {
    if (mayEdit == null) {
      mayEdit = service.mayEdit(currentUser.account().orElse(null), id);
    }
    return mayEdit;
  }

  public Taalnetwerk getTaalnetwerk() {
    return taalnetwerk;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
