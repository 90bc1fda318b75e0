package org.knooppunt.collaboration;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.knooppunt.account.Account;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.search.SearchHit;
import org.knooppunt.search.SearchService;
import org.knooppunt.topic.Taxonomy;
import org.primefaces.event.SelectEvent;

/**
 * Add a collaboration: on behalf of an organisation the user may speak for, with another one chosen
 * by name. From the social map, {@code with} is the map's centre: the user's own organisation
 * becomes the proposing side, any other the other side.
 */
@Named
@ViewScoped
public class CollaborationNewView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  @Inject transient CollaborationService service;
  @Inject transient OrganisationService organisations;
  @Inject transient SearchService search;
  @Inject transient CurrentUser currentUser;
  @Inject transient Taxonomy taxonomy;

  private String with;
  private String from;
  private String to;
  private String map;
  private String toName;
  private final Map<String, String> sides = new LinkedHashMap<>();
  private String topic;
  private LocalDate since;
  private String note;
  private String chosen;
  private boolean loaded;

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    Account actor = currentUser.account().orElse(null);
    List<String> candidates = new ArrayList<>();
    if (actor != null && actor.organisationId() != null) {
      candidates.add(actor.organisationId());
    }
    if (valid(from)) {
      candidates.add(from);
    }
    if (valid(with)) {
      if (actor != null && with.equals(actor.organisationId())) {
        from = with;
      } else {
        candidates.add(with);
        if (to == null) {
          to = with;
        }
      }
    }
    for (String id : candidates) {
      if (!id.equals(to) && !sides.containsKey(id) && service.speaksFor(actor, id)) {
        organisations.find(id).ifPresent(o -> sides.put(o.id(), o.name()));
      }
    }
    if (from == null || !sides.containsKey(from)) {
      from = sides.isEmpty() ? null : sides.keySet().iterator().next();
    }
    if (valid(to)) {
      toName = organisations.find(to).map(o -> o.name()).orElse(null);
      if (toName == null) {
        FacesMessages.error("organisation.notFound");
        to = null;
      }
    } else {
      to = null;
    }
  }

  /** Organisations to collaborate with, while typing. */
  public List<SearchHit> complete(String query) {
    return search
        .search(query, FacesContext.getCurrentInstance().getViewRoot().getLocale(), 10)
        .stream()
        .filter(h -> h.type().equals("library") || h.type().equals("partner"))
        .toList();
  }

  /** A choice in the autocomplete reloads the page with it in the URL. */
  public void onSelect(SelectEvent<String> event) throws IOException {
    String id = event.getObject();
    if (!valid(id)) {
      return;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    StringBuilder url =
        new StringBuilder(external.getRequestContextPath())
            .append("/collaboration/new.xhtml?to=")
            .append(id);
    if (from != null) {
      url.append("&from=").append(from);
    }
    if (valid(map)) {
      url.append("&map=").append(map);
    }
    external.redirect(url.toString());
  }

  public String propose() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      String id =
          service.propose(
              currentUser.account().orElse(null),
              new CollaborationForm(from, to, topic, since, note),
              faces.getViewRoot().getLocale());
      return "/collaboration/view.xhtml?faces-redirect=true&done=proposed&id="
          + id
          + (valid(map) ? "&map=" + URLEncoder.encode(map, StandardCharsets.UTF_8) : "");
    } catch (DomainException e) {
      FacesMessages.show(e, "collaboration.field.");
      return null;
    }
  }

  private static boolean valid(String id) {
    return id != null && ID.matcher(id).matches();
  }

  public Map<String, String> getSides() {
    return sides;
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public String getWith() {
    return with;
  }

  public void setWith(String with) {
    this.with = with;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getMap() {
    return map;
  }

  public void setMap(String map) {
    this.map = map;
  }

  public String getToName() {
    return toName;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public LocalDate getSince() {
    return since;
  }

  public void setSince(LocalDate since) {
    this.since = since;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }
}
