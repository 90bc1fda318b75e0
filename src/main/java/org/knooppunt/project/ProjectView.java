package org.knooppunt.project;

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
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;

/**
 * One network project ({@code project/view.xhtml?id=}): what it is about and the libraries signed
 * up, with sign-up and withdraw for the librarian of a library and withdraw per library for an
 * administrator, while the round is open.
 */
@Named
@ViewScoped
public class ProjectView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProjectService service;
  @Inject transient CurrentUser currentUser;

  private String id;
  private transient NetworkProject project;
  private transient List<SignUp> signups;

  public void load() throws IOException {
    if (getProject() == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
    }
  }

  /** The project, read again after the view was restored; null when it does not exist. */
  public NetworkProject getProject() {
    if (project == null && id != null) {
      try {
        project = service.project(id, locale());
      } catch (DomainException e) {
        return null;
      }
    }
    return project;
  }

  public List<SignUp> getSignups() {
    if (signups == null && getProject() != null) {
      signups = service.signups(id, 0, ProjectService.LIST_MAX, locale());
    }
    return signups;
  }

  /** The user's own library, if the user is its librarian; null otherwise. */
  public String getMyLibrary() {
    Account actor = actor();
    return actor != null && actor.has(Role.LIBRARIAN) ? actor.organisationId() : null;
  }

  public boolean isSignedUp() {
    String mine = getMyLibrary();
    return mine != null && getSignups().stream().anyMatch(s -> s.libraryId().equals(mine));
  }

  public boolean mayWithdraw(String libraryId) {
    return getProject() != null
        && getProject().roundOpen()
        && ProjectService.maySignUpFor(actor(), libraryId);
  }

  public void signUp() {
    try {
      LibraryTickets t = service.signUp(actor(), id, null, locale());
      ProjectRoundsView.info(Messages.get(locale(), "project.signedUp", t.left()));
    } catch (DomainException e) {
      FacesMessages.show(e, "project.field.");
    }
    reload();
  }

  public void withdraw(String libraryId) {
    try {
      LibraryTickets t = service.withdraw(actor(), id, libraryId, locale());
      ProjectRoundsView.info(Messages.get(locale(), "project.withdrawn", t.left()));
    } catch (DomainException e) {
      FacesMessages.show(e, "project.field.");
    }
    reload();
  }

  private void reload() {
    project = null;
    signups = null;
  }

  private Account actor() {
    return currentUser.account().orElse(null);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
