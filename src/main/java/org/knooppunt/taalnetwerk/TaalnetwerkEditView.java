package org.knooppunt.taalnetwerk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.region.MunicipalityChoice;

/**
 * Create or edit a taalnetwerk. Municipalities and members are added and removed on the page (kept
 * in the view until "Save"), members chosen by name from suggestions. On a version conflict the
 * page keeps what the user typed and shows what is stored now beside it.
 */
@Named
@ViewScoped
public class TaalnetwerkEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TaalnetwerkService service;
  @Inject transient CurrentUser currentUser;

  private String id;
  private TaalnetwerkForm form;
  private Taalnetwerk original;
  private Taalnetwerk conflict;
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, String> municipalityNames = new HashMap<>();
  private final Map<String, String> suggested = new HashMap<>();
  private List<TaalnetwerkRepository.Choice> branchChoices;
  private String newMunicipality;
  private String newMember;
  private List<String> newRoles = new ArrayList<>();

  public void load() throws IOException {
    if (form != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    var external = faces.getExternalContext();
    Account actor = currentUser.account().orElse(null);
    if (isNew()) {
      if (!TaalnetwerkService.mayStart(actor)) {
        faces.responseComplete();
        external.responseSendError(403, "");
        return;
      }
      form = new TaalnetwerkForm();
      if (actor.has(Role.LIBRARIAN) && actor.organisationId() != null) {
        // A librarian writes networks her library is in: it starts as their first member.
        form.getMembers().add(new TaalnetwerkForm.Member(actor.organisationId(), List.of(), null));
        if (actor.organisationName() != null) {
          names.put(actor.organisationId(), actor.organisationName());
        }
      }
    } else {
      original = service.findForEdit(id).orElse(null);
      if (original == null) {
        faces.responseComplete();
        external.responseSendError(404, "");
        return;
      }
      if (!service.mayEdit(actor, id)) {
        faces.responseComplete();
        external.responseSendError(403, "");
        return;
      }
      form = TaalnetwerkForm.of(original);
      remember(original);
    }
    readBranchChoices();
  }

  /**
   * The branches of the editor's own library, of the member libraries (those added on the page too)
   * and the current Taalhuis.
   */
  private void readBranchChoices() {
    List<String> libraries = new ArrayList<>();
    currentUser.account().map(Account::organisationId).ifPresent(libraries::add);
    form.getMembers().forEach(m -> libraries.add(m.getOrganisationId()));
    branchChoices = new ArrayList<>(service.branchChoices(libraries));
    if (original != null
        && original.taalhuis() != null
        && branchChoices.stream().noneMatch(b -> b.id().equals(original.taalhuis().branchId()))) {
      branchChoices.add(
          new TaalnetwerkRepository.Choice(
              original.taalhuis().branchId(),
              original.taalhuis().libraryName() + " – " + original.taalhuis().branchName()));
    }
  }

  private void remember(Taalnetwerk n) {
    n.members().forEach(m -> names.put(m.organisationId(), m.name()));
    n.municipalities().forEach(m -> municipalityNames.put(m.code(), m.name()));
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
      return "/taalnetwerk/view.xhtml?faces-redirect=true&done=saved&id=" + id;
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.CONFLICT && e.detail() instanceof Taalnetwerk theirs) {
        conflict = theirs;
        remember(theirs);
        form.setVersion(theirs.version());
      }
      FacesMessages.show(e, "taalnetwerk.field.");
      return null;
    }
  }

  /** Organisation names containing the query, remembered so the chosen label maps to its id. */
  public List<String> completeOrganisation(String query) {
    List<String> labels = new ArrayList<>();
    for (TaalnetwerkRepository.Choice c : service.organisationChoices(query)) {
      suggested.put(c.label(), c.id());
      names.putIfAbsent(c.id(), c.label().replaceFirst(" · [^·]*$", ""));
      labels.add(c.label());
    }
    return labels;
  }

  /** Adds the chosen organisation with the ticked roles to the members (saved with "Save"). */
  public void addMember() {
    String chosen = newMember == null ? null : suggested.get(newMember.strip());
    if (chosen == null) {
      FacesMessages.error("taalnetwerk.unknownChoice");
      return;
    }
    form.getMembers().removeIf(m -> chosen.equals(m.getOrganisationId()));
    form.getMembers().add(new TaalnetwerkForm.Member(chosen, newRoles, null));
    newMember = null;
    newRoles = new ArrayList<>();
    readBranchChoices();
  }

  public void removeMember(String organisationId) {
    form.getMembers().removeIf(m -> organisationId.equals(m.getOrganisationId()));
  }

  public void addMunicipality() {
    String code = MunicipalityChoice.code(newMunicipality);
    if (code == null) {
      return;
    }
    String label = newMunicipality.strip();
    int bracket = label.lastIndexOf(" (");
    municipalityNames.putIfAbsent(code, bracket > 0 ? label.substring(0, bracket) : code);
    if (!form.getMunicipalityCodes().contains(code)) {
      form.getMunicipalityCodes().add(code);
    }
    newMunicipality = null;
  }

  public void removeMunicipality(String code) {
    form.getMunicipalityCodes().remove(code);
  }

  public String name(String organisationId) {
    return names.getOrDefault(organisationId, organisationId);
  }

  public String municipalityLabel(String code) {
    return MunicipalityChoice.label(municipalityNames.get(code), code);
  }

  /** Role code → label key, in the order of the four roles. */
  public Map<String, String> getRoles() {
    Map<String, String> out = new LinkedHashMap<>();
    for (TaalnetwerkRole r : TaalnetwerkRole.values()) {
      out.put(r.code, r.getKey());
    }
    return out;
  }

  public TaalhuisPhase[] getPhases() {
    return TaalhuisPhase.values();
  }

  public List<TaalnetwerkRepository.Choice> getBranchChoices() {
    return branchChoices;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public boolean isNew() {
    return id == null || id.isBlank();
  }

  public TaalnetwerkForm getForm() {
    return form;
  }

  public Taalnetwerk getOriginal() {
    return original;
  }

  public Taalnetwerk getConflict() {
    return conflict;
  }

  public String getNewMunicipality() {
    return newMunicipality;
  }

  public void setNewMunicipality(String newMunicipality) {
    this.newMunicipality = newMunicipality;
  }

  public String getNewMember() {
    return newMember;
  }

  public void setNewMember(String newMember) {
    this.newMember = newMember;
  }

  public List<String> getNewRoles() {
    return newRoles;
  }

  public void setNewRoles(List<String> newRoles) {
    this.newRoles = newRoles == null ? new ArrayList<>() : newRoles;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
