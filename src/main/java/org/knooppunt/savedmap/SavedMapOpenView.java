package org.knooppunt.savedmap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.LocaleView;

/**
 * A saved map opened on the social map page ({@code view.xhtml?centre=…&saved=id}): its name for
 * the notice and its node positions for the network view. Kept apart from the social map's own
 * view, which only gains a view parameter bound here. A map the user may not open shows a notice
 * and no positions, like one that does not exist.
 */
@Named
@RequestScoped
public class SavedMapOpenView {

  @Inject SavedMapService service;
  @Inject CurrentUser currentUser;
  @Inject LocaleView localeView;

  private String id;
  private SavedMap map;
  private boolean missing;
  private boolean loaded;

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (id == null || id.isBlank()) {
      return;
    }
    try {
      map = service.open(currentUser.account().orElse(null), id, localeView.getLocale());
    } catch (DomainException e) {
      missing = true;
    }
  }

  public SavedMap getMap() {
    load();
    return map;
  }

  /** A {@code saved} id was given, but there is no such map for this user. */
  public boolean isMissing() {
    load();
    return missing;
  }

  /** The positions as JSON for the network view (escaped by the page), empty when none. */
  public String getPositions() {
    load();
    return map == null || map.positions() == null ? "" : map.positions().toString();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
