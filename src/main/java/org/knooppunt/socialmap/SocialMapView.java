package org.knooppunt.socialmap;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.Serializable;
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
@ViewScoped
public class SocialMapView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject transient SocialMapService service;
  @Inject transient SearchService search;
  @Inject transient org.knooppunt.platform.web.LocaleView localeView;
  @Inject transient org.knooppunt.topic.Taxonomy taxonomy;

  private String centre;
  private int depth = 1;
  private SocialMap map;
  private Map<String, MapNode> byId = Map.of();
  private String chosen;
  private String topic;
  private String targetGroup;
  private String sector;
  private String status;
  private String domain;
  private String relationTypes;
  private Integer freshness;
  private String partnersOf;
  private String worksWith;
  private Integer radiusKm;
  private String municipalities;

  public void load() {
    if ((centre == null || centre.isBlank())
        && (municipalities == null || municipalities.isBlank())) {
      return;
    }
    // A GET's view action runs before f:view applies the user's language: apply it now, so that
    // messages from here speak it too.
    FacesContext.getCurrentInstance().getViewRoot().setLocale(localeView.getLocale());
    try {
      map =
          service.map(
              new MapScope(centre, depth, radiusKm, SocialMapService.codes(municipalities), null),
              filter(),
              FacesContext.getCurrentInstance().getViewRoot().getLocale());
      byId =
          map.nodes().stream()
              .collect(Collectors.toMap(MapNode::id, Function.identity(), (a, b) -> a));
    } catch (DomainException e) {
      FacesMessages.show(e, "socialmap.field.");
    }
  }

  /**
   * Centres to choose while typing: organisations and municipalities (from the search), branches,
   * communities, taalnetwerken and alliances (by name). A municipality's id is prefixed {@code m:}.
   */
  public List<SearchHit> complete(String query) {
    var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    List<SearchHit> hits = new java.util.ArrayList<>();
    for (SearchHit h : search.search(query, locale, 10)) {
      if (h.type().equals("library") || h.type().equals("partner")) {
        hits.add(h);
      } else if (h.type().equals("municipality")) {
        hits.add(
            new SearchHit(
                h.type(),
                "m:" + h.id(),
                h.name(),
                org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.kind.municipality"),
                h.url()));
      }
    }
    for (String[] c : service.centres(query)) {
      hits.add(
          new SearchHit(
              c[2],
              c[0],
              c[1],
              org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.kind." + c[2]),
              null));
    }
    return hits.stream().limit(15).toList();
  }

  /**
   * A chosen centre opens its map. A municipality chosen while the map is one of municipalities is
   * added to the set; otherwise it starts a new one.
   */
  public void onSelect(SelectEvent<String> event) throws IOException {
    String id = event.getObject();
    if (id == null || !id.matches("(m:)?[A-Za-z0-9-]{1,64}")) {
      return;
    }
    var external = FacesContext.getCurrentInstance().getExternalContext();
    String base = external.getRequestContextPath() + "/socialmap/view.xhtml?";
    if (id.startsWith("m:")) {
      String code = id.substring(2);
      List<String> set =
          centre == null || centre.isBlank()
              ? new java.util.ArrayList<>(SocialMapService.codes(municipalities))
              : new java.util.ArrayList<>();
      if (!set.contains(code)) {
        set.add(code);
      }
      external.redirect(base + "municipalities=" + encode(String.join(",", set)));
      return;
    }
    external.redirect(base + "centre=" + id + "&depth=" + depth);
  }

  /** What an expansion added to the map (and the super-node it replaced), for the network view. */
  public record Added(List<MapNode> nodes, List<MapEdge> edges, String removed, String error) {}

  /**
   * Expands the map in place, from the network view's card: a node's neighbours (one hop, same
   * filters) or a super-node's members. The map of this view grows, so the table twin (sorted,
   * filtered, paged on the server) shows what the network shows.
   */
  public void expand() {
    FacesContext faces = FacesContext.getCurrentInstance();
    var params = faces.getExternalContext().getRequestParameterMap();
    String node = params.get("node");
    String group = params.get("group");
    Added added;
    try {
      if (map == null) {
        throw new DomainException(
            DomainException.Kind.NOT_FOUND,
            org.knooppunt.platform.i18n.Messages.get(
                localeView.getLocale(), "socialmap.unknownCentre"));
      }
      MapScope scope =
          group != null
              ? new MapScope(centre, depth, radiusKm, SocialMapService.codes(municipalities), group)
              : MapScope.hops(node, 1);
      SocialMap extra = service.map(scope, filter(), localeView.getLocale());
      java.util.Set<String> known =
          map.nodes().stream().map(MapNode::id).collect(java.util.stream.Collectors.toSet());
      String removed = group == null ? null : "group:" + group;
      List<MapNode> newNodes =
          extra.nodes().stream().filter(n -> !known.contains(n.id()) && !n.group()).toList();
      java.util.Set<String> all = new java.util.HashSet<>(known);
      newNodes.forEach(n -> all.add(n.id()));
      java.util.Set<List<String>> knownEdges =
          map.edges().stream()
              .map(e -> List.of(e.source(), e.target(), e.type()))
              .collect(java.util.stream.Collectors.toSet());
      List<MapEdge> newEdges =
          extra.edges().stream()
              .filter(e -> !e.type().equals("GROUPED"))
              .filter(e -> all.contains(e.source()) && all.contains(e.target()))
              .filter(e -> !knownEdges.contains(List.of(e.source(), e.target(), e.type())))
              .toList();
      List<MapNode> nodes = new java.util.ArrayList<>(map.nodes());
      List<MapEdge> edges = new java.util.ArrayList<>(map.edges());
      if (removed != null) {
        nodes.removeIf(n -> n.id().equals(removed));
        edges.removeIf(e -> e.target().equals(removed) || e.source().equals(removed));
      }
      nodes.addAll(newNodes);
      edges.addAll(newEdges);
      map =
          new SocialMap(
              map.centre(),
              map.depth(),
              nodes,
              edges,
              map.truncated(),
              Math.max(0, map.grouped() - (removed == null ? 0 : newNodes.size())),
              map.maxNodes());
      byId =
          map.nodes().stream()
              .collect(Collectors.toMap(MapNode::id, Function.identity(), (a, b) -> a));
      added = new Added(newNodes, newEdges, removed, null);
    } catch (DomainException e) {
      added = new Added(List.of(), List.of(), null, e.getMessage());
    }
    org.primefaces.PrimeFaces.current()
        .ajax()
        .addCallbackParam("added", JSON.toJson(added).replace("<", "\\u003c"));
  }

  private MapFilter filter() {
    return new MapFilter(
        topic,
        targetGroup,
        sector,
        status,
        domain,
        SocialMapService.categories(relationTypes),
        freshness,
        partnersOf,
        worksWith);
  }

  /** Removes one municipality from the set of an area map. */
  public String withoutMunicipality(String code) {
    List<String> set = new java.util.ArrayList<>(SocialMapService.codes(municipalities));
    set.remove(code);
    return String.join(",", set);
  }

  public List<MapNode> getMunicipalityNodes() {
    return map == null
        ? List.of()
        : map.nodes().stream().filter(n -> n.kind().equals("municipality")).toList();
  }

  /** Organisations on the map, for the network-aware filters. */
  public List<MapNode> getOrganisations() {
    if (map == null) {
      return List.of();
    }
    List<MapNode> out =
        new java.util.ArrayList<>(
            map.nodes().stream()
                .filter(n -> !n.group() && !n.kind().equals("municipality"))
                .sorted(
                    java.util.Comparator.comparing(
                        n -> n.name() == null ? "" : n.name(), String.CASE_INSENSITIVE_ORDER))
                .toList());
    return out;
  }

  public List<jakarta.faces.model.SelectItem> getFreshnessOptions() {
    var locale = localeView.getLocale();
    return java.util.stream.Stream.of(3, 6, 12, 24)
        .map(m ->
            new jakarta.faces.model.SelectItem(
                m,
                org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.freshness.months", m)))
        .toList();
  }

  public List<String> getRelationTypeList() {
    return List.copyOf(SocialMapService.categories(relationTypes));
  }

  public void setRelationTypeList(List<String> list) {
    relationTypes = list == null || list.isEmpty() ? null : String.join(",", list);
  }

  /** Texts for the network view's script: kinds, sectors, relation types and statuses, actions. */
  public String getLabels() {
    var locale = localeView.getLocale();
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    for (String kind :
        List.of(
            "library",
            "partner",
            "branch",
            "community",
            "taalnetwerk",
            "alliance",
            "municipality",
            "group")) {
      labels.put(
          "kind." + kind,
          org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.kind." + kind));
    }
    for (var sectorValue : org.knooppunt.organisation.Sector.values()) {
      labels.put(
          "sector." + sectorValue.code(),
          org.knooppunt.platform.i18n.Messages.get(locale, "sector." + sectorValue.code()));
    }
    for (String type :
        List.of(
            "COLLABORATES_WITH",
            "HAS_BRANCH",
            "MEMBER_OF",
            "HOSTS",
            "RUNS",
            "MEETS_AT",
            "HAS_TAALHUIS",
            "GROUPED")) {
      labels.put(
          "type." + type,
          org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.type." + type));
    }
    for (String st : SocialMapService.STATUSES) {
      labels.put(
          "status." + st,
          org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.status." + st));
    }
    for (String key : List.of("other", "expandGroup", "expandNode", "loading", "added", "failed")) {
      labels.put(key, org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.card." + key));
    }
    labels.put("show", org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.showInNetwork"));
    return JSON.toJson(labels);
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
    StringBuilder q = new StringBuilder("depth=").append(depth);
    append(q, "centre", centre);
    append(q, "municipalities", municipalities);
    append(q, "radiusKm", radiusKm == null ? null : radiusKm.toString());
    append(q, "domain", domain);
    append(q, "relationTypes", relationTypes);
    append(q, "freshness", freshness == null ? null : freshness.toString());
    append(q, "partnersOf", partnersOf);
    append(q, "worksWith", worksWith);
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
    if (domain != null && !domain.isBlank()) {
      lists.domains().stream()
          .filter(t -> t.id().equals(domain))
          .findFirst()
          .ifPresent(t -> parts.add(t.name(locale)));
    }
    for (String type : SocialMapService.categories(relationTypes)) {
      parts.add(org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.relationType." + type));
    }
    if (freshness != null) {
      parts.add(
          org.knooppunt.platform.i18n.Messages.get(
              locale, "socialmap.freshness.months", freshness));
    }
    if (partnersOf != null && !partnersOf.isBlank()) {
      parts.add(
          org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.field.partnersOf")
              + " "
              + name(partnersOf));
    }
    if (worksWith != null && !worksWith.isBlank()) {
      parts.add(
          org.knooppunt.platform.i18n.Messages.get(locale, "socialmap.field.worksWith")
              + " "
              + name(worksWith));
    }
    if (radiusKm != null) {
      parts.add(radiusKm + " km");
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

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getRelationTypes() {
    return relationTypes;
  }

  public void setRelationTypes(String relationTypes) {
    this.relationTypes = relationTypes;
  }

  public Integer getFreshness() {
    return freshness;
  }

  public void setFreshness(Integer freshness) {
    this.freshness = freshness;
  }

  public String getPartnersOf() {
    return partnersOf;
  }

  public void setPartnersOf(String partnersOf) {
    this.partnersOf = partnersOf;
  }

  public String getWorksWith() {
    return worksWith;
  }

  public void setWorksWith(String worksWith) {
    this.worksWith = worksWith;
  }

  public Integer getRadiusKm() {
    return radiusKm;
  }

  public void setRadiusKm(Integer radiusKm) {
    this.radiusKm = radiusKm;
  }

  public String getMunicipalities() {
    return municipalities;
  }

  public void setMunicipalities(String municipalities) {
    this.municipalities = municipalities;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }
}
