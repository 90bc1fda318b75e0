package org.knooppunt.socialmap;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.search.SearchHit;
import org.knooppunt.search.SearchService;
import org.primefaces.event.SelectEvent;

/**
 * The social map page: the centre and depth come from the URL (so a map can be bookmarked), the
 * graph from one call of the service; the network view and the table twin show the same data.
 */
@Named
@RequestScoped
public class SocialMapView {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject SocialMapService service;
  @Inject SearchService search;
  @Inject org.knooppunt.platform.web.LocaleView localeView;
  @Inject org.knooppunt.topic.Taxonomy taxonomy;

  private String centre;
  private int depth = 1;
  private SocialMap map;
  private Map<String, MapNode> byId = Map.of();
  private String chosen;
  private String topic;
  private String targetGroup;
  private String sector;
  private String status;

  public void load() {
    if (centre == null || centre.isBlank()) {
      return;
    }
    // A GET's view action runs before f:view applies the user's language: apply it now, so that
    // messages from here speak it too.
    FacesContext.getCurrentInstance().getViewRoot().setLocale(localeView.getLocale());
    try {
      map =
          service.map(
              centre,
              depth,
              new MapFilter(topic, targetGroup, sector, status),
              FacesContext.getCurrentInstance().getViewRoot().getLocale());
      byId =
          map.nodes().stream()
              .collect(Collectors.toMap(MapNode::id, Function.identity(), (a, b) -> a));
    } catch (DomainException e) {
      FacesMessages.show(e, "socialmap.field.");
    }
  }

  /** Organisations to choose as centre, while typing. */
  public List<SearchHit> complete(String query) {
    return search
        .search(query, FacesContext.getCurrentInstance().getViewRoot().getLocale(), 10)
        .stream()
        .filter(h -> h.type().equals("library") || h.type().equals("partner"))
        .toList();
  }

  public void onSelect(SelectEvent<String> event) throws IOException {
    String id = event.getObject();
    if (id == null || !id.matches("[A-Za-z0-9-]{1,64}")) {
      return;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/socialmap/view.xhtml?centre="
            + id
            + "&depth="
            + depth);
  }

  /** Shows the map again with the chosen filters, all of them in the URL. */
  public String apply() {
    return "/socialmap/view.xhtml?faces-redirect=true&includeViewParams=true";
  }

  public org.knooppunt.topic.Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public org.knooppunt.organisation.Sector[] getSectors() {
    return org.knooppunt.organisation.Sector.values();
  }

  /** The map as JSON for the network view; {@code <} escaped so it cannot end the script block. */
  public String getJson() {
    return map == null ? "null" : JSON.toJson(map).replace("<", "\\u003c");
  }

  /** The centre, depth and filters as a query string, for the export links. */
  public String getQuery() {
    StringBuilder q = new StringBuilder("centre=").append(encode(centre));
    q.append("&depth=").append(depth);
    append(q, "topic", topic);
    append(q, "targetGroup", targetGroup);
    append(q, "sector", sector);
    append(q, "status", status);
    return q.toString();
  }

  private static void append(StringBuilder q, String name, String value) {
    if (value != null && !value.isBlank()) {
      q.append('&').append(name).append('=').append(encode(value));
    }
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The filters in words, for the printed map. */
  public String getFilterSummary() {
    var locale = localeView.getLocale();
    var lists = taxonomy.lists();
    List<String> parts = new java.util.ArrayList<>();
    if (topic != null && !topic.isBlank()) {
      lists.topics().stream()
          .filter(t -> t.id().equals(topic))
          .findFirst()
          .ifPresent(t -> parts.add(t.name(locale)));
    }
    if (targetGroup != null && !targetGroup.isBlank()) {
      lists.targetGroups().stream()
          .filter(t -> t.id().equals(targetGroup))
          .findFirst()
          .ifPresent(t -> parts.add(t.name(locale)));
    }
    if (sector != null && !sector.isBlank()) {
      parts.add(org.knooppunt.platform.i18n.Messages.get(locale, "sector." + sector));
    }
    if (status != null && !status.isBlank()) {
      parts.add(org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.status." + status));
    }
    return parts.isEmpty()
        ? org.knooppunt.platform.i18n.Messages.get(locale, "filter.all")
        : String.join(", ", parts);
  }

  public String getToday() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
  }

  public String name(String id) {
    MapNode n = byId.get(id);
    return n == null ? id : n.name();
  }

  public MapNode getCentreNode() {
    return map == null ? null : map.nodes().getFirst();
  }

  public SocialMap getMap() {
    return map;
  }

  public String getCentre() {
    return centre;
  }

  public void setCentre(String centre) {
    this.centre = centre;
  }

  public int getDepth() {
    return depth;
  }

  public void setDepth(int depth) {
    this.depth = depth;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(String targetGroup) {
    this.targetGroup = targetGroup;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }
}
