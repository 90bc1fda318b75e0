package org.knooppunt.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.knooppunt.search.SearchHit;
import org.knooppunt.search.SearchService;
import org.primefaces.event.SelectEvent;

/** The global search box in the header: suggestions while typing, go to the chosen one. */
@Named
@RequestScoped
public class SearchView {

  @Inject SearchService search;

  private String selected;

  public List<SearchHit> complete(String query) {
    return search.search(query, FacesContext.getCurrentInstance().getViewRoot().getLocale(), 10);
  }

  /** Goes to the chosen suggestion; only the application's own paths are accepted. */
  public void onSelect(SelectEvent<String> event) throws IOException {
    String url = event.getObject();
    if (url == null || !url.startsWith("/") || url.startsWith("//")) {
      return;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + url);
  }

  public String getSelected() {
    return selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }
}
