package org.knooppunt.community;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knooppunt.account.Account;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.topic.Taxonomy;

/**
 * Create or edit a community and its offer. The profile and the activities are separate forms over
 * the same community version: each save raises it, and the page reloads after an activity change so
 * the next save starts from the new version. On a conflict the page keeps what the user typed and
 * shows what is stored now.
 */
@Named
@ViewScoped
public class CommunityEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CommunityService service;
  @Inject transient OrganisationService organisations;
  @Inject transient CurrentUser currentUser;
  @Inject transient Taxonomy taxonomy;

  private String id;
  private String host;
  private CommunityForm form;
  private Community original;
  private Community conflict;
  private String hostName;
  private ActivityForm activity;
  private String activityId;
  private Map<String, String> runnerChoices;
  private List<Community.Place> branchChoices;

  public void load() throws IOException {
    if (form != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    Account actor = currentUser.account().orElse(null);
    if (isNew()) {
      form = new CommunityForm();
      form.setHostId(
          host != null && !host.isBlank() ? host : actor == null ? null : actor.organisationId());
      if (!CommunityService.mayCreate(actor, form.getHostId())
          || organisations.find(form.getHostId()).isEmpty()) {
        faces.responseComplete();
        external.responseSendError(403, "");
        return;
      }
      hostName = organisations.find(form.getHostId()).map(o -> o.name()).orElse(null);
      return;
    }
    original = service.find(id).orElse(null);
    if (original == null) {
      faces.responseComplete();
      external.responseSendError(404, "");
      return;
    }
    if (!service.owns(actor, id)) {
      faces.responseComplete();
      external.responseSendError(403, "");
      return;
    }
    form = CommunityForm.of(original);
    hostName = original.host() == null ? null : original.host().name();
    newActivity();
  }

  public String save() {
    Locale locale = locale();
    Account actor = currentUser.account().orElse(null);
    try {
      if (isNew()) {
        id = service.create(actor, form, locale);
      } else {
        service.update(actor, id, form, locale);
      }
      return "/community/view.xhtml?faces-redirect=true&done=saved&id=" + id;
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.CONFLICT && e.detail() instanceof Community theirs) {
        conflict = theirs;
        form.setVersion(theirs.version());
      }
      FacesMessages.show(e, "community.field.");
      return null;
    }
  }

  /** Starts a new activity in the activity form. */
  public void newActivity() {
    activity = new ActivityForm();
    activity.setVersion(original == null ? 0 : original.version());
    activityId = null;
  }

  /** Loads an activity of the offer into the activity form. */
  public void editActivity(String activity) {
    original.activities().stream()
        .filter(a -> a.id().equals(activity))
        .findFirst()
        .ifPresent(a -> {
          this.activity = ActivityForm.of(a, original.version());
          this.activityId = a.id();
        });
  }

  public String saveActivity() {
    Locale locale = locale();
    Account actor = currentUser.account().orElse(null);
    try {
      if (activityId == null) {
        service.addActivity(actor, id, activity, locale);
        return reload("activityAdded");
      }
      service.updateActivity(actor, id, activityId, activity, locale);
      return reload("activityChanged");
    } catch (DomainException e) {
      FacesMessages.show(e, "community.field.");
      return null;
    }
  }

  public String removeActivity(String activity) {
    try {
      service.removeActivity(
          currentUser.account().orElse(null), id, activity, original.version(), locale());
      return reload("activityRemoved");
    } catch (DomainException e) {
      FacesMessages.show(e, "community.field.");
      return null;
    }
  }

  private String reload(String done) {
    return "/community/edit.xhtml?faces-redirect=true&done=" + done + "&id=" + id;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** Partners to run it with: the host's current partners and those already running it. */
  public Map<String, String> getRunnerChoices() {
    if (runnerChoices == null) {
      runnerChoices = new LinkedHashMap<>();
      if (original != null) {
        original.runners().forEach(r -> runnerChoices.put(r.id(), r.name()));
      }
      service.runnerChoices(form.getHostId()).forEach(r -> runnerChoices.put(r.id(), r.name()));
    }
    return runnerChoices;
  }

  /** Branches to meet at, with the current one always among them. */
  public List<Community.Place> getBranchChoices() {
    if (branchChoices == null) {
      branchChoices = new ArrayList<>(service.branchChoices(form.getHostId(), form.getRunnerIds()));
      List<Community.Place> known = new ArrayList<>();
      if (original != null && original.branch() != null) {
        known.add(original.branch());
      }
      if (original != null) {
        original.activities().stream()
            .map(Community.Activity::place)
            .filter(p -> p != null)
            .forEach(known::add);
      }
      for (Community.Place p : known) {
        if (branchChoices.stream().noneMatch(b -> b.id().equals(p.id()))) {
          branchChoices.add(p);
        }
      }
    }
    return branchChoices;
  }

  public boolean isNew() {
    return id == null || id.isBlank();
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public CommunityForm getForm() {
    return form;
  }

  public Community getOriginal() {
    return original;
  }

  public Community getConflict() {
    return conflict;
  }

  public String getHostName() {
    return hostName;
  }

  public ActivityForm getActivity() {
    return activity;
  }

  public String getActivityId() {
    return activityId;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }
}
