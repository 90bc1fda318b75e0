package org.knooppunt.project;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;

/**
 * The rounds page ({@code project/rounds.xhtml}): every round, newest first, and for a policy cell
 * or an administrator a form to open a new one, which then opens on its own page.
 */
@Named
@ViewScoped
public class ProjectRoundsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ProjectService service;
  @Inject transient CurrentUser currentUser;

  private transient List<ProjectRound> rounds;
  private String name;
  private Integer year;
  private Integer ticketsPerLibrary = ProjectService.TICKETS_DEFAULT;
  private String regions;

  public List<ProjectRound> getRounds() {
    if (rounds == null) {
      rounds = service.rounds(0, ProjectService.LIST_MAX);
    }
    return rounds;
  }

  public boolean isMayOpen() {
    return ProjectService.mayOpenRounds(actor());
  }

  /** The regions the form starts with: the policy cell's own. */
  public String getRegions() {
    if (regions == null) {
      Account actor = actor();
      regions = actor == null ? "" : String.join(", ", actor.regionIds());
    }
    return regions;
  }

  public String open() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    try {
      List<String> regionIds =
          Arrays.stream(getRegions().split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
      ProjectRound round =
          service.createRound(
              actor(), new RoundForm(name, year, ticketsPerLibrary, regionIds), locale);
      return "/project/round.xhtml?faces-redirect=true&done=opened&id=" + round.id();
    } catch (DomainException e) {
      FacesMessages.show(e, "project.field.");
      return null;
    }
  }

  private Account actor() {
    return currentUser.account().orElse(null);
  }

  static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Integer getTicketsPerLibrary() {
    return ticketsPerLibrary;
  }

  public void setTicketsPerLibrary(Integer ticketsPerLibrary) {
    this.ticketsPerLibrary = ticketsPerLibrary;
  }

  public void setRegions(String regions) {
    this.regions = regions;
  }
}
