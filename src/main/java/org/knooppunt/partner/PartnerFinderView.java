package org.knooppunt.partner;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knooppunt.account.Account;
import org.knooppunt.organisation.OrganisationService;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.knooppunt.platform.web.LocaleView;
import org.knooppunt.socialmap.SocialMapService;
import org.knooppunt.topic.Taxonomy;

/**
 * The partner finder page: for whom (the user's organisation or one of its branches), the need and
 * the area come from the URL, so a search can be bookmarked; the results from one call.
 */
@Named
@ViewScoped
public class PartnerFinderView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PartnerFinderService service;
  @Inject transient OrganisationService organisations;
  @Inject transient CurrentUser currentUser;
  @Inject transient Taxonomy taxonomy;
  @Inject transient LocaleView localeView;

  private String forId;
  private String topics;
  private String targetGroups;
  private Integer radiusKm;
  private List<Suggestion> suggestions;
  private final Map<String, String> sides = new LinkedHashMap<>();
  private String speaker;

  public void load() {
    FacesContext.getCurrentInstance().getViewRoot().setLocale(localeView.getLocale());
    Account actor = currentUser.account().orElse(null);
    if (actor != null && actor.organisationId() != null) {
      organisations
          .find(actor.organisationId())
          .ifPresent(o -> {
            sides.put(o.id(), o.name());
            o.branches().forEach(b -> sides.put(b.id(), o.name() + " – " + b.name()));
          });
    }
    if (forId == null && !sides.isEmpty()) {
      forId = sides.keySet().iterator().next();
    }
    if (forId != null && !sides.containsKey(forId)) {
      organisations.find(forId).ifPresent(o -> sides.put(o.id(), o.name()));
    }
    if (getTopicList().isEmpty() && getTargetGroupList().isEmpty()) {
      return;
    }
    try {
      suggestions =
          service.suggest(
              actor,
              forId,
              getTopicList(),
              getTargetGroupList(),
              radiusKm,
              List.of(),
              10,
              localeView.getLocale());
      speaker =
          forId != null && sides.containsKey(forId) && actor != null
              ? actor.organisationId()
              : forId;
    } catch (DomainException e) {
      FacesMessages.show(e, "partner.field.");
    }
  }

  private String to;
  private IntroductionPath introduction;
  private boolean introductionAsked;

  /** The introduction page: the shortest chain from "for" to "to". */
  public void loadIntroduction() {
    FacesContext.getCurrentInstance().getViewRoot().setLocale(localeView.getLocale());
    introductionAsked = true;
    try {
      introduction =
          service
              .introduction(currentUser.account().orElse(null), forId, to, localeView.getLocale())
              .orElse(null);
    } catch (DomainException e) {
      FacesMessages.show(e, "partner.field.");
    }
  }

  public IntroductionPath getIntroduction() {
    return introduction;
  }

  private String message;
  private String asked;

  /** Sends the request for an introduction to the first person on the path. */
  public void askIntroduction() {
    Locale locale = localeView.getLocale();
    try {
      asked =
          service.askIntroduction(currentUser.account().orElse(null), forId, to, message, locale);
      message = null;
    } catch (DomainException e) {
      FacesMessages.show(e, "partner.field.");
    }
  }

  /** The path as nodes and edges for the small network; {@code <} escaped for the script block. */
  public String getPathJson() {
    if (introduction == null) {
      return "null";
    }
    var steps = introduction.steps();
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<Map<String, Object>> edges = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      var s = steps.get(i);
      nodes.add(Map.of("id", "n" + i, "label", s.name() == null ? "" : s.name(), "kind", s.kind()));
      if (i > 0) {
        edges.add(
            Map.of(
                "source",
                "n" + (i - 1),
                "target",
                "n" + i,
                "label",
                Messages.get(
                    localeView.getLocale(), "partner.rel." + introduction.relations().get(i - 1))));
      }
    }
    try (var jsonb = jakarta.json.bind.JsonbBuilder.create()) {
      return jsonb.toJson(Map.of("nodes", nodes, "edges", edges)).replace("<", "\\u003c");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  /** The name of the person asked, after a request was sent. */
  public String getAsked() {
    return asked;
  }

  public boolean isIntroductionAsked() {
    return introductionAsked;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  /** Shows the results for the chosen need, all of it in the URL. */
  public String apply() {
    return "/partner/finder.xhtml?faces-redirect=true&includeViewParams=true";
  }

  /** The reasons in one line, e.g. "werkt aan Taalvaardigheid · bereikt Nieuwkomers · 4 km". */
  public String reasons(Suggestion s) {
    Locale locale = localeView.getLocale();
    List<String> parts = new ArrayList<>();
    if (!s.targetGroups().isEmpty()) {
      parts.add(
          Messages.get(locale, "partner.reason.reaches", String.join(", ", s.targetGroups())));
    }
    if (!s.topics().isEmpty()) {
      parts.add(Messages.get(locale, "partner.reason.worksOn", String.join(", ", s.topics())));
    }
    if (!s.commonPartners().isEmpty()) {
      List<String> names = s.commonPartners().stream().limit(3).toList();
      parts.add(
          Messages.get(
              locale,
              "partner.reason.common",
              s.commonPartners().size(),
              String.join(", ", names) + (s.commonPartners().size() > 3 ? ", …" : "")));
    }
    if (s.distanceKm() != null) {
      parts.add(Messages.get(locale, "partner.reason.km", s.distanceKm()));
    }
    for (String role : s.taalnetwerkRoles()) {
      parts.add(Messages.get(locale, "partner.reason.taalnetwerk", role));
    }
    if (s.stale()) {
      parts.add(Messages.get(locale, "partner.reason.stale"));
    }
    return String.join(" · ", parts);
  }

  public List<String> getTopicList() {
    return SocialMapService.codes(topics).stream().toList();
  }

  public void setTopicList(List<String> list) {
    topics = list == null || list.isEmpty() ? null : String.join(",", list);
  }

  public List<String> getTargetGroupList() {
    return SocialMapService.codes(targetGroups).stream().toList();
  }

  public void setTargetGroupList(List<String> list) {
    targetGroups = list == null || list.isEmpty() ? null : String.join(",", list);
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public Map<String, String> getSides() {
    return sides;
  }

  public List<Suggestion> getSuggestions() {
    return suggestions;
  }

  /** The organisation a collaboration would be proposed for: the user's, or the chosen one. */
  public String getSpeaker() {
    return speaker;
  }

  public String getForId() {
    return forId;
  }

  public void setForId(String forId) {
    this.forId = forId;
  }

  public String getTopics() {
    return topics;
  }

  public void setTopics(String topics) {
    this.topics = topics;
  }

  public String getTargetGroups() {
    return targetGroups;
  }

  public void setTargetGroups(String targetGroups) {
    this.targetGroups = targetGroups;
  }

  public Integer getRadiusKm() {
    return radiusKm;
  }

  public void setRadiusKm(Integer radiusKm) {
    this.radiusKm = radiusKm;
  }
}
