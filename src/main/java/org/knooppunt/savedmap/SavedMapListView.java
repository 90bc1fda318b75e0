package org.knooppunt.savedmap;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;

/**
 * The saved maps page: the user's own maps and their organisation's, with a change form and a
 * delete confirmation for the maps the user may change. Both are a second step on the same page (no
 * dialog), so they work with the keyboard and without scripts.
 */
@Named
@ViewScoped
public class SavedMapListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SavedMapService service;
  @Inject transient CurrentUser currentUser;

  // Reloaded after a restore; only ids are kept, so the bean serialises with the session.
  private transient List<SavedMap> maps;
  private String editing;
  private String deleting;
  private String name;
  private String description;
  private boolean shared;

  public List<SavedMap> getMaps() {
    if (maps == null) {
      maps = service.list(actor(), 0, SavedMapService.LIST_MAX);
    }
    return maps;
  }

  public boolean mayChange(SavedMap map) {
    return SavedMapService.mayChange(actor(), map);
  }

  /** Whether the change form offers sharing: the map is shared, or its owner has colleagues. */
  public boolean isSharable() {
    Account actor = actor();
    SavedMap map = getEditing();
    return map != null
        && (map.shared()
            || (actor != null
                && actor.organisationId() != null
                && actor.username().equals(map.ownerUsername())));
  }

  public void edit(String id) {
    SavedMap map = find(id);
    editing = map == null ? null : map.id();
    deleting = null;
    if (map != null) {
      name = map.name();
      description = map.description();
      shared = map.shared();
    }
  }

  public void askDelete(String id) {
    SavedMap map = find(id);
    deleting = map == null ? null : map.id();
    editing = null;
  }

  public void cancel() {
    editing = null;
    deleting = null;
  }

  public String update() {
    if (editing == null) {
      return null;
    }
    try {
      service.update(actor(), editing, name, description, shared, locale());
      return "/socialmap/saved.xhtml?faces-redirect=true&done=updated";
    } catch (DomainException e) {
      FacesMessages.show(e, "savedmap.field.");
      return null;
    }
  }

  public String delete() {
    if (deleting == null) {
      return null;
    }
    try {
      service.delete(actor(), deleting, locale());
      return "/socialmap/saved.xhtml?faces-redirect=true&done=deleted";
    } catch (DomainException e) {
      FacesMessages.show(e, "savedmap.field.");
      return null;
    }
  }

  private SavedMap find(String id) {
    if (id == null) {
      return null;
    }
    return getMaps().stream()
        .filter(m -> m.id().equals(id) && mayChange(m))
        .findFirst()
        .orElse(null);
  }

  private Account actor() {
    return currentUser.account().orElse(null);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The map being changed, null when none. */
  public SavedMap getEditing() {
    return find(editing);
  }

  /** The map whose deletion awaits confirmation, null when none. */
  public SavedMap getDeleting() {
    return find(deleting);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isShared() {
    return shared;
  }

  public void setShared(boolean shared) {
    this.shared = shared;
  }
}
