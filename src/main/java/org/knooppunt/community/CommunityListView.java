package org.knooppunt.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.LocaleView;
import org.knooppunt.topic.Taxonomy;

/**
 * The list of communities: the name and topic filters in the URL (so a filtered list can be
 * bookmarked), rows loaded page by page.
 */
@Named
@ViewScoped
public class CommunityListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CommunityService service;
  @Inject transient Taxonomy taxonomy;
  @Inject transient CurrentUser currentUser;
  @Inject transient LocaleView localeView;

  private String q;
  private String topic;
  private CommunityLazyModel model;

  public CommunityLazyModel getModel() {
    if (model == null) {
      model = new CommunityLazyModel(service, q, topic, localeView.getLocale());
    }
    return model;
  }

  /** Re-reads the list with the current filters (and keeps them in the URL). */
  public String apply() {
    return "/community/list.xhtml?faces-redirect=true&includeViewParams=true";
  }

  /** Whether the user may start a community for her own organisation. */
  public boolean isMayCreate() {
    return currentUser
        .account()
        .map(a -> CommunityService.mayCreate(a, a.organisationId()))
        .orElse(false);
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }
}
