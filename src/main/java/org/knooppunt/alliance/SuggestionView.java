package org.knooppunt.alliance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.region.Region;
import org.knooppunt.region.RegionService;
import org.knooppunt.topic.Taxonomy;

/**
 * The suggestions page: a province (a policy cell's own first), a topic and a target group in the
 * address, and the suggested groups with their reasons and a link that fills the create form.
 */
@Named
@ViewScoped
public class SuggestionView implements Serializable {

  private static final long serialVersionUID = 1L;

  private String chosenRegion;
  private String chosenTopic;
  private String chosenTargetGroup;

  @Inject transient SuggestionService service;
  @Inject transient RegionService regions;
  @Inject transient Taxonomy taxonomy;
  @Inject transient CurrentUser currentUser;

  private String region;
  private String topic;
  private String targetGroup;
  private transient List<Suggestion> suggestions;
  private transient List<Region> regionList;

  public void load() {
    Account actor = currentUser.account().orElse(null);
    if ((region == null || region.isBlank())
        && actor != null
        && actor.regionIds() != null
        && !actor.regionIds().isEmpty()) {
      region = actor.regionIds().get(0);
    }
    if (region == null || region.isBlank()) {
      return;
    }
    try {
      suggestions =
          service.suggest(
              FacesContext.getCurrentInstance().getViewRoot().getLocale(),
              actor,
              region,
              topic,
              targetGroup);
    } catch (DomainException e) {
      FacesMessages.show(e, "alliance.suggest.");
      suggestions = null;
    }
  }

  /** Shows the suggestions for the chosen province, topic and group at a bookmarkable address. */
  public String go() {
    return "/alliance/suggestions.xhtml?faces-redirect=true"
        + param("region", getChosenRegion())
        + param("topic", getChosenTopic())
        + param("targetGroup", getChosenTargetGroup());
  }

  static String param(String name, String value) {
    return value == null || value.isBlank()
        ? ""
        : "&"
            + name
            + "="
            + java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A share as a whole percentage, e.g. 61 %. */
  public String percent(double share) {
    return Math.round(share * 100) + " %";
  }

  /** The suggestion's library ids, comma-separated, for the what-if page. */
  public String ids(Suggestion s) {
    return String.join(",", s.libraries().stream().map(Suggestion.Named::id).toList());
  }

  public boolean isMayCreate() {
    return AllianceService.mayCreate(currentUser.account().orElse(null));
  }

  public List<Region> getRegions() {
    if (regionList == null) {
      regionList = regions.regions();
    }
    return regionList;
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public List<Suggestion> getSuggestions() {
    return suggestions;
  }

  public double getMaxKm() {
    return SuggestionService.MAX_KM;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
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

  /** The form's region: what was chosen on this page, else the address's. */
  public String getChosenRegion() {
    return chosenRegion != null ? chosenRegion : region;
  }

  public void setChosenRegion(String value) {
    this.chosenRegion = value;
  }

  /** The form's topic: what was chosen on this page, else the address's. */
  public String getChosenTopic() {
    return chosenTopic != null ? chosenTopic : topic;
  }

  public void setChosenTopic(String value) {
    this.chosenTopic = value;
  }

  /** The form's targetGroup: what was chosen on this page, else the address's. */
  public String getChosenTargetGroup() {
    return chosenTargetGroup != null ? chosenTargetGroup : targetGroup;
  }

  public void setChosenTargetGroup(String value) {
    this.chosenTargetGroup = value;
  }
}
