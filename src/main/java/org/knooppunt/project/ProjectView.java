package org.knooppunt.project;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.organisation.Ref;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.topic.Taxonomy;

/**
 * One network project ({@code project/view.xhtml?id=}): what it is about and the libraries signed
 * up, with sign-up and withdraw for the librarian of a library and withdraw per library for an
 * administrator, while the round is open; for the round's managers a form to edit it, saved over
 * the version it was filled from (someone else's save in between is a conflict message).
 */
@Named
@ViewScoped
public class ProjectView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProjectService service;
  @Inject transient CurrentUser currentUser;
  @Inject transient Taxonomy taxonomy;

  private String id;
  private transient NetworkProject project;
  private transient List<SignUp> signups;
  private String name;
  private String priorityId;
  private String targetGroupId;
  private String intendedEffect;
  private String goal;
  private String result;
  private String subjects;
  private long version;

  public void load() throws IOException {
    NetworkProject p = getProject();
    if (p == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
      return;
    }
    fill(p);
  }

  /** Whether the user may edit the project: a manager of its round. */
  public boolean isManager() {
    NetworkProject p = getProject();
    if (p == null) {
      return false;
    }
    try {
      return ProjectService.mayManage(actor(), service.round(p.roundId(), locale()));
    } catch (DomainException e) {
      return false;
    }
  }

  public List<Ref> getPriorities() {
    return service.priorities();
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  /** Saves the edit form over the version it was filled from. */
  public void save() {
    try {
      List<String> list =
          subjects == null
              ? List.of()
              : Arrays.stream(subjects.split(",")).map(String::strip).toList();
      NetworkProject saved =
          service.updateProject(
              actor(),
              id,
              new ProjectForm(
                  name, priorityId, targetGroupId, intendedEffect, goal, result, list, version),
              locale());
      fill(saved);
      ProjectRoundsView.info(Messages.get(locale(), "project.saved"));
    } catch (DomainException e) {
      FacesMessages.show(e, "project.field.");
    }
    reload();
  }

  private void fill(NetworkProject p) {
    name = p.name();
    priorityId = p.priorityId();
    targetGroupId = p.targetGroupId();
    intendedEffect = p.intendedEffect();
    goal = p.goal();
    result = p.result();
    subjects = p.subjectsText();
    version = p.version();
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPriorityId() {
    return priorityId;
  }

  public void setPriorityId(String priorityId) {
    this.priorityId = priorityId;
  }

  public String getTargetGroupId() {
    return targetGroupId;
  }

  public void setTargetGroupId(String targetGroupId) {
    this.targetGroupId = targetGroupId;
  }

  public String getIntendedEffect() {
    return intendedEffect;
  }

  public void setIntendedEffect(String intendedEffect) {
    this.intendedEffect = intendedEffect;
  }

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public String getSubjects() {
    return subjects;
  }

  public void setSubjects(String subjects) {
    this.subjects = subjects;
  }
}
