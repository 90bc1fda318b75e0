package org.knooppunt.taalnetwerk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.knooppunt.platform.security.CurrentUser;

/**
 * The list of taalnetwerken with their role completeness: the filters in the URL (so a filtered
 * list can be bookmarked), rows loaded page by page.
 */
@Named
@ViewScoped
public class TaalnetwerkListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TaalnetwerkService service;
  @Inject transient CurrentUser currentUser;

  private String q;
  private String municipality;
  private TaalnetwerkLazyModel model;

  public TaalnetwerkLazyModel getModel() {
    if (model == null) {
      model = new TaalnetwerkLazyModel(service, q, municipality);
    }
    return model;
  }

  /** Re-reads the list with the current filters (and keeps them in the URL). */
  public String apply() {
    return "/taalnetwerk/list.xhtml?faces-redirect=true&includeViewParams=true";
  }

  public boolean isMayCreate() {
    return currentUser.account().map(TaalnetwerkService::mayStart).orElse(false);
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }
}
