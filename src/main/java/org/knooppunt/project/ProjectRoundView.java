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
 * One round ({@code project/round.xhtml?id=}): its projects with sign-up and withdraw buttons for
 * the librarian (an administrator first chooses the library) and the tickets the library has left,
 * the libraries and their tickets, and for the round's managers a form to add a project and a
 * button to close the round. Every action stays on the page with a message and reloads what it
 * shows.
 */
@Named
@ViewScoped
public class ProjectRoundView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProjectService service;
  @Inject transient CurrentUser currentUser;
  @Inject transient Taxonomy taxonomy;

  private String id;
  private transient ProjectRound round;
  private transient List<NetworkProject> projects;
  private transient List<LibraryTickets> libraries;
  private transient LibraryTickets mine;
  private boolean mineLoaded;
  private String library;
  private String name;
  private String priorityId;
  private String targetGroupId;
  private String intendedEffect;
  private String goal;
  private String result;
  private String subjects;

  public void load() throws IOException {
    if (getRound() == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
    }
  }

  /** The round, read again after the view was restored; null when it does not exist. */
  public ProjectRound getRound() {
    if (round == null && id != null) {
      try {
        round = service.round(id, locale());
      } catch (DomainException e) {
        return null;
      }
    }
    return round;
  }

  public List<NetworkProject> getProjects() {
    if (projects == null && getRound() != null) {
      projects = service.projects(id, 0, ProjectService.LIST_MAX);
    }
    return projects;
  }

  public List<LibraryTickets> getLibraries() {
    if (libraries == null && getRound() != null) {
      libraries = service.libraries(id, 0, ProjectService.LIST_MAX, locale());
    }
    return libraries;
  }

  /**
   * The tickets of the library the user signs up: a librarian's own, the one an administrator
   * chose; null when there is none.
   */
  public LibraryTickets getMine() {
    if (!mineLoaded && getRound() != null) {
      mineLoaded = true;
      String acting = acting();
      if (acting != null) {
        mine = service.tickets(id, acting).orElse(null);
      }
    }
    return mine;
  }

  /** Whether the user chooses the library to sign up (an administrator). */
  public boolean isChoosesLibrary() {
    Account actor = actor();
    return actor != null && actor.has(Role.ADMIN);
  }

  public List<Ref> getLibraryChoices() {
    return service.libraryChoices();
  }

  /** Shows the tickets of the chosen library. */
  public void choose() {
    mine = null;
    mineLoaded = false;
  }

  private String acting() {
    Account actor = actor();
    if (actor == null) {
      return null;
    }
    if (actor.has(Role.LIBRARIAN) && actor.organisationId() != null) {
      return actor.organisationId();
    }
    return actor.has(Role.ADMIN) && library != null && !library.isBlank() ? library : null;
  }

  public boolean isManager() {
    return ProjectService.mayManage(actor(), getRound());
  }

  public List<Ref> getPriorities() {
    return service.priorities();
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public void signUp(String projectId) {
    try {
      LibraryTickets t = service.signUp(actor(), projectId, acting(), locale());
      ProjectRoundsView.info(Messages.get(locale(), "project.signedUp", t.left()));
    } catch (DomainException e) {
      FacesMessages.show(e, "project.field.");
    }
    reload();
  }

  public void withdraw(String projectId) {
    try {
      LibraryTickets t = service.withdraw(actor(), projectId, acting(), locale());
      ProjectRoundsView.info(Messages.get(locale(), "project.withdrawn", t.left()));
    } catch (DomainException e) {
      FacesMessages.show(e, "project.field.");
    }
    reload();
  }

  public void close() {
    try {
      service.closeRound(actor(), id, locale());
      ProjectRoundsView.info(Messages.get(locale(), "project.roundClosed"));
    } catch (DomainException e) {
      FacesMessages.show(e, "project.field.");
    }
    reload();
  }

  public void addProject() {
    try {
      List<String> list =
          subjects == null
              ? List.of()
              : Arrays.stream(subjects.split(",")).map(String::strip).toList();
      service.createProject(
          actor(),
          id,
          new ProjectForm(
              name, priorityId, targetGroupId, intendedEffect, goal, result, list, null),
          locale());
      ProjectRoundsView.info(Messages.get(locale(), "project.projectAdded"));
      name = null;
      priorityId = null;
      targetGroupId = null;
      intendedEffect = null;
      goal = null;
      result = null;
      subjects = null;
    } catch (DomainException e) {
      FacesMessages.show(e, "project.field.");
    }
    reload();
  }

  private void reload() {
    round = null;
    projects = null;
    libraries = null;
    mine = null;
    mineLoaded = false;
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

  public String getLibrary() {
    return library;
  }

  public void setLibrary(String library) {
    this.library = library;
  }
}
