package org.knooppunt.collaboration;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;

/** One collaboration with its history, and the actions the user may take on it. */
@Named
@ViewScoped
public class CollaborationView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  @Inject transient CollaborationService service;
  @Inject transient CurrentUser currentUser;

  private String id;
  private String map;
  private Collaboration collaboration;
  private CollaborationService.Permissions permissions =
      new CollaborationService.Permissions(false, false, false);
  private LocalDate until;

  public void load() throws IOException {
    if (collaboration != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      collaboration = service.get(id, faces.getViewRoot().getLocale());
      permissions = service.permissions(currentUser.account().orElse(null), collaboration);
    } catch (DomainException e) {
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
    }
  }

  public String confirm() {
    return act(
        () -> service.confirm(currentUser.account().orElse(null), id, locale()), "confirmed");
  }

  public String end() {
    return act(() -> service.end(currentUser.account().orElse(null), id, until, locale()), "ended");
  }

  private String act(Runnable action, String done) {
    try {
      action.run();
      return "/collaboration/view.xhtml?faces-redirect=true&done="
          + done
          + "&id="
          + id
          + (map != null && ID.matcher(map).matches() ? "&map=" + map : "");
    } catch (DomainException e) {
      FacesMessages.show(e, "collaboration.field.");
      return null;
    }
  }

  private static java.util.Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public Collaboration getCollaboration() {
    return collaboration;
  }

  public CollaborationService.Permissions getPermissions() {
    return permissions;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getMap() {
    return map;
  }

  public void setMap(String map) {
    this.map = map;
  }

  public LocalDate getUntil() {
    return until;
  }

  public void setUntil(LocalDate until) {
    this.until = until;
  }
}
