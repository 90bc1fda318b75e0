package org.knooppunt.alliance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.region.MunicipalityChoice;
import org.knooppunt.search.SearchHit;
import org.knooppunt.search.SearchService;
import org.knooppunt.topic.Taxonomy;
import org.primefaces.event.SelectEvent;

/**
 * Creates or edits an alliance. A new one may be filled from a suggestion by the address ({@code
 * members}, {@code partners} (as key partners), {@code municipalities}, {@code topics}: ids,
 * comma-separated). Members and municipalities are added by name and removed one by one; the page
 * keeps them as rows until it saves through the service.
 */
@Named
@ViewScoped
public class AllianceEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AllianceService service;
  @Inject transient CurrentUser currentUser;
  @Inject transient SearchService search;
  @Inject transient Taxonomy taxonomy;

  /** A member as the form holds it. */
  public static final class MemberRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String organisationId;
    private final String name;
    private final String kind;
    private String role;
    private final String since;
    private final String until;

    MemberRow(
        String organisationId, String name, String kind, String role, String since, String until) {
      this.organisationId = organisationId;
      this.name = name;
      this.kind = kind;
      this.role = role;
      this.since = since;
      this.until = until;
    }

    public String getOrganisationId() {
      return organisationId;
    }

    public String getName() {
      return name;
    }

    public String getKind() {
      return kind;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }

    public String getSince() {
      return since;
    }

    public String getUntil() {
      return until;
    }
  }

  /** A municipality as the form holds it. */
  public record PlaceRow(String id, String name) implements Serializable {}

  private String id;
  private String membersParam;
  private String partnersParam;
  private String municipalitiesParam;
  private String topicsParam;
  private boolean loaded;
  private long version;
  private String name;
  private String description;
  private String since;
  private final List<MemberRow> members = new ArrayList<>();
  private final List<PlaceRow> municipalities = new ArrayList<>();
  private List<String> topicIds = new ArrayList<>();
  private String memberChoice;
  private String municipalityChoice;

  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    FacesContext faces = FacesContext.getCurrentInstance();
    Account actor = currentUser.account().orElse(null);
    if (isNew()) {
      if (!AllianceService.mayCreate(actor)) {
        faces.responseComplete();
        faces.getExternalContext().responseSendError(403, "");
        return;
      }
      prefill();
      return;
    }
    Alliance alliance = service.find(id).orElse(null);
    if (alliance == null) {
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
      return;
    }
    if (!AllianceService.mayEdit(actor, alliance)) {
      faces.responseComplete();
      faces.getExternalContext().responseSendError(403, "");
      return;
    }
    version = alliance.version();
    name = alliance.name();
    description = alliance.description();
    since = alliance.since();
    for (Alliance.Member m : alliance.members()) {
      members.add(
          new MemberRow(m.organisationId(), m.name(), m.kind(), m.role(), m.since(), m.until()));
    }
    for (Alliance.Place p : alliance.municipalities()) {
      municipalities.add(new PlaceRow(p.id(), p.name()));
    }
    topicIds = new ArrayList<>(alliance.topics().stream().map(Alliance.Topic::id).toList());
  }

  /** Fills a new alliance from the address (a suggestion): libraries first, then key partners. */
  private void prefill() {
    List<String> libraries = split(membersParam);
    List<String> partners = split(partnersParam);
    List<String> all = new ArrayList<>(libraries);
    all.addAll(partners);
    var names = service.names(all, split(municipalitiesParam));
    for (String orgId : all) {
      names.get("organisations").stream()
          .filter(row -> row.get(0).equals(orgId))
          .findFirst()
          .ifPresent(row ->
              members.add(
                  new MemberRow(
                      orgId,
                      row.get(1),
                      row.get(2),
                      partners.contains(orgId) && !libraries.contains(orgId)
                          ? "kernpartner"
                          : members.isEmpty() ? "penvoerder" : "deelnemer",
                      null,
                      null)));
    }
    for (List<String> row : names.get("municipalities")) {
      municipalities.add(new PlaceRow(row.get(0), row.get(1)));
    }
    municipalities.sort(java.util.Comparator.comparing(PlaceRow::name));
    topicIds = new ArrayList<>(split(topicsParam));
  }

  private static List<String> split(String param) {
    if (param == null || param.isBlank() || param.length() > 20_000) {
      return List.of();
    }
    return Arrays.stream(param.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }

  public String save() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Account actor = currentUser.account().orElse(null);
    AllianceForm form =
        new AllianceForm(
            name,
            description,
            since,
            members.stream()
                .map(m ->
                    new AllianceForm.MemberForm(
                        m.getOrganisationId(), m.getRole(), m.getSince(), m.getUntil()))
                .toList(),
            municipalities.stream().map(PlaceRow::id).toList(),
            topicIds,
            version);
    try {
      if (isNew()) {
        id = service.create(actor, form, locale);
      } else {
        service.update(actor, id, form, locale);
      }
      return "/alliance/view.xhtml?faces-redirect=true&done=saved&id=" + id;
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.CONFLICT && e.detail() instanceof Alliance theirs) {
        version = theirs.version();
      }
      FacesMessages.show(e, "alliance.field.");
      return null;
    }
  }

  /** Organisations to add, while typing. */
  public List<SearchHit> completeMember(String query) {
    return search
        .search(query, FacesContext.getCurrentInstance().getViewRoot().getLocale(), 10)
        .stream()
        .filter(h -> h.type().equals("library") || h.type().equals("partner"))
        .toList();
  }

  public void onMemberSelect(SelectEvent<String> event) {
    addMember(event.getObject());
  }

  public void addMember() {
    addMember(memberChoice);
  }

  private void addMember(String orgId) {
    memberChoice = null;
    if (orgId == null
        || orgId.isBlank()
        || members.stream().anyMatch(m -> m.getOrganisationId().equals(orgId))) {
      return;
    }
    service.names(List.of(orgId), List.of()).get("organisations").stream()
        .findFirst()
        .ifPresent(row ->
            members.add(
                new MemberRow(
                    row.get(0),
                    row.get(1),
                    row.get(2),
                    "library".equals(row.get(2)) ? "deelnemer" : "kernpartner",
                    null,
                    null)));
  }

  public void removeMember(String orgId) {
    members.removeIf(m -> m.getOrganisationId().equals(orgId));
  }

  public void onMunicipalitySelect(SelectEvent<String> event) {
    addMunicipality(event.getObject());
  }

  public void addMunicipality() {
    addMunicipality(municipalityChoice);
  }

  private void addMunicipality(String label) {
    municipalityChoice = null;
    String code = label == null ? null : MunicipalityChoice.code(label);
    if (code == null || municipalities.stream().anyMatch(p -> p.id().equals(code))) {
      return;
    }
    service.names(List.of(), List.of(code)).get("municipalities").stream()
        .findFirst()
        .ifPresent(row -> municipalities.add(new PlaceRow(row.get(0), row.get(1))));
  }

  public void removeMunicipality(String municipalityId) {
    municipalities.removeIf(p -> p.id().equals(municipalityId));
  }

  public List<String> getRoles() {
    return AllianceService.ROLES;
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public boolean isNew() {
    return id == null || id.isBlank();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getMembersParam() {
    return membersParam;
  }

  public void setMembersParam(String membersParam) {
    this.membersParam = membersParam;
  }

  public String getPartnersParam() {
    return partnersParam;
  }

  public void setPartnersParam(String partnersParam) {
    this.partnersParam = partnersParam;
  }

  public String getMunicipalitiesParam() {
    return municipalitiesParam;
  }

  public void setMunicipalitiesParam(String municipalitiesParam) {
    this.municipalitiesParam = municipalitiesParam;
  }

  public String getTopicsParam() {
    return topicsParam;
  }

  public void setTopicsParam(String topicsParam) {
    this.topicsParam = topicsParam;
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

  public String getSince() {
    return since;
  }

  public void setSince(String since) {
    this.since = since;
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public List<PlaceRow> getMunicipalities() {
    return municipalities;
  }

  public List<String> getTopicIds() {
    return topicIds;
  }

  public void setTopicIds(List<String> topicIds) {
    this.topicIds = topicIds == null ? new ArrayList<>() : new ArrayList<>(topicIds);
  }

  public String getMemberChoice() {
    return memberChoice;
  }

  public void setMemberChoice(String memberChoice) {
    this.memberChoice = memberChoice;
  }

  public String getMunicipalityChoice() {
    return municipalityChoice;
  }

  public void setMunicipalityChoice(String municipalityChoice) {
    this.municipalityChoice = municipalityChoice;
  }
}
