package org.knooppunt.alliance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knooppunt.account.Account;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.region.Region;
import org.knooppunt.region.RegionService;
import org.knooppunt.topic.Taxonomy;

/**
 * The what-if page: a province, a topic and/or target group and some of its libraries (all in the
 * address, so a result can be shared), and the coverage before and after they ally.
 */
@Named
@ViewScoped
public class WhatIfView implements Serializable {

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
  private String librariesParam;
  private List<String> libraries = new ArrayList<>();
  private AllianceGaps.Gain gain;
  private transient List<Suggestion.Named> choices;
  private transient List<Region> regionList;

  public void load() {
    Account actor = currentUser.account().orElse(null);
    if ((region == null || region.isBlank())
        && actor != null
        && actor.regionIds() != null
        && !actor.regionIds().isEmpty()) {
      region = actor.regionIds().get(0);
    }
    if (librariesParam != null && !librariesParam.isBlank() && librariesParam.length() <= 20_000) {
      libraries =
          new ArrayList<>(
              Arrays.stream(librariesParam.split(","))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .distinct()
                  .toList());
    }
    if (region == null || region.isBlank() || libraries.isEmpty()) {
      return;
    }
    try {
      gain =
          service.whatIf(
              FacesContext.getCurrentInstance().getViewRoot().getLocale(),
              actor,
              region,
              topic,
              targetGroup,
              libraries);
    } catch (DomainException e) {
      FacesMessages.show(e, "alliance.field.");
    }
  }

  /** Recalculates at an address that holds the choice. */
  public String go() {
    return "/alliance/whatif.xhtml?faces-redirect=true"
        + SuggestionView.param("region", getChosenRegion())
        + SuggestionView.param("topic", getChosenTopic())
        + SuggestionView.param("targetGroup", getChosenTargetGroup())
        + SuggestionView.param("libraries", String.join(",", libraries));
  }

  public List<Suggestion.Named> getChoices() {
    if (choices == null) {
      choices =
          service.libraries(FacesContext.getCurrentInstance().getViewRoot().getLocale(), region);
    }
    return choices;
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

  public AllianceGaps.Gain getGain() {
    return gain;
  }

  /** A share as a whole percentage, e.g. 61 %. */
  public String percent(double share) {
    return Math.round(share * 100) + " %";
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

  public String getLibrariesParam() {
    return librariesParam;
  }

  public void setLibrariesParam(String librariesParam) {
    this.librariesParam = librariesParam;
  }

  public List<String> getLibraries() {
    return libraries;
  }

  public void setLibraries(List<String> libraries) {
    this.libraries = libraries == null ? new ArrayList<>() : new ArrayList<>(libraries);
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
