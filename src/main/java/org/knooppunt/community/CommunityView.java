package org.knooppunt.community;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;

/**
 * The page of one community: what it is and offers, who runs it and who is in it; for a user who
 * may speak for an organisation, asking to join (for it or a colleague); for its owners, the open
 * requests to accept or decline and the members to remove. A handful of reads per page.
 */
@Named
@ViewScoped
public class CommunityView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CommunityService service;
  @Inject transient org.knooppunt.person.PersonService persons;
  @Inject transient CurrentUser currentUser;

  private String id;
  private Community community;
  private boolean owner;
  private List<JoinRequest> requests = List.of();
  private List<CommunityRepository.Choice> joinChoices = List.of();
  private String memberId;
  private String message;
  private final Map<String, String> roles = new HashMap<>();

  public void load() throws IOException {
    if (community != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    community = service.find(id).orElse(null);
    if (community == null) {
      faces.responseComplete();
      faces.getExternalContext().responseSendError(404, "");
      return;
    }
    Account actor = currentUser.account().orElse(null);
    community = community.seenBy(persons.hidden(actor, community.personMemberIds(), locale()));
    owner = service.owns(actor, id);
    if (owner) {
      requests = service.requests(actor, id, locale());
    }
    joinChoices = service.joinChoices(actor);
  }

  public String ask() {
    return act(() -> service.ask(actor(), id, memberId, message, locale()), "asked");
  }

  public String accept(String member) {
    return act(() -> service.accept(actor(), id, member, roles.get(member), locale()), "accepted");
  }

  public String decline(String member) {
    return act(() -> service.decline(actor(), id, member, locale()), "declined");
  }

  public String removeMember(String member) {
    return act(() -> service.removeMember(actor(), id, member, locale()), "removed");
  }

  /** Whether the user may search partners for it: the finder speaks for the host. */
  public boolean isMayFindPartners() {
    return community.host() != null
        && currentUser
            .account()
            .map(a ->
                a.has(org.knooppunt.account.Role.ADMIN)
                    || community.host().id().equals(a.organisationId()))
            .orElse(false);
  }

  /** The community's topics as the finder's URL takes them. */
  public String getTopicCodes() {
    return String.join(",", community.topics().stream().map(t -> t.id()).toList());
  }

  public String getTargetGroupCodes() {
    return String.join(",", community.targetGroups().stream().map(t -> t.id()).toList());
  }

  /** Whether the user may end this membership: an owner, or for her own organisation. */
  public boolean mayRemove(Community.Member m) {
    return owner
        || currentUser
            .account()
            .map(a -> "organisation".equals(m.kind()) && m.id().equals(a.organisationId()))
            .orElse(false);
  }

  private String act(Runnable action, String done) {
    try {
      action.run();
      return "/community/view.xhtml?faces-redirect=true&done=" + done + "&id=" + id;
    } catch (DomainException e) {
      FacesMessages.show(e, "community.field.");
      return null;
    }
  }

  private Account actor() {
    return currentUser.account().orElse(null);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public Community getCommunity() {
    return community;
  }

  public boolean isOwner() {
    return owner;
  }

  public List<JoinRequest> getRequests() {
    return requests;
  }

  public List<CommunityRepository.Choice> getJoinChoices() {
    return joinChoices;
  }

  public Map<String, String> getRoles() {
    return roles;
  }

  public String getMemberId() {
    return memberId;
  }

  public void setMemberId(String memberId) {
    this.memberId = memberId;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
