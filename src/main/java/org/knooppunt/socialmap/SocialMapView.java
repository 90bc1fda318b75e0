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

  private String centre;
  private int depth = 1;
  private SocialMap map;
  private Map<String, MapNode> byId = Map.of();
  private String chosen;

  public void load() {
    if (centre == null || centre.isBlank()) {
      return;
    }
    try {
      map = service.map(centre, depth, FacesContext.getCurrentInstance().getViewRoot().getLocale());
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

  /** The map as JSON for the network view; {@code <} escaped so it cannot end the script block. */
  public String getJson() {
    return map == null ? "null" : JSON.toJson(map).replace("<", "\\u003c");
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

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }
}
