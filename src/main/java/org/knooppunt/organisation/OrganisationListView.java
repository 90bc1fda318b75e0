package org.knooppunt.organisation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.knooppunt.region.Region;
import org.knooppunt.region.RegionService;
import org.knooppunt.topic.Taxonomy;

/**
 * The list of libraries and partners: filters in the URL (so a filtered list can be bookmarked),
 * rows loaded page by page.
 */
@Named
@ViewScoped
public class OrganisationListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient OrganisationService service;
  @Inject transient Taxonomy taxonomy;
  @Inject transient RegionService regions;
  @Inject transient org.knooppunt.platform.security.CurrentUser currentUser;

  private String kind;
  private String sector;
  private String municipality;
  private String province;
  private String topic;
  private String targetGroup;
  private String q;
  private OrganisationLazyModel model;
  private List<Region> regionList;

  public OrganisationLazyModel getModel() {
    if (model == null) {
      model = new OrganisationLazyModel(service, filter());
    }
    return model;
  }

  OrganisationFilter filter() {
    Kind k =
        switch (kind == null ? "" : kind) {
          case "library" -> Kind.LIBRARY;
          case "partner" -> Kind.PARTNER;
          default -> null;
        };
    return new OrganisationFilter(k, sector, municipality, province, topic, targetGroup, q);
  }

  /** Re-reads the list with the current filters (and keeps them in the URL). */
  public String apply() {
    return "/organisation/list.xhtml?faces-redirect=true&includeViewParams=true";
  }

  public boolean isMayCreatePartner() {
    return service.mayCreate(currentUser.account().orElse(null), Kind.PARTNER);
  }

  public boolean isMayCreateLibrary() {
    return service.mayCreate(currentUser.account().orElse(null), Kind.LIBRARY);
  }

  public Sector[] getSectors() {
    return Sector.values();
  }

  public Taxonomy.Lists getTaxonomy() {
    return taxonomy.lists();
  }

  public List<Region> getRegions() {
    if (regionList == null) {
      regionList = regions.regions();
    }
    return regionList;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  /** The municipality filter as shown, "Utrecht (GM0344)"; the URL keeps the code. */
  public String getMunicipalityLabel() {
    return municipality;
  }

  public void setMunicipalityLabel(String value) {
    this.municipality = org.knooppunt.region.MunicipalityChoice.code(value);
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
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

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
