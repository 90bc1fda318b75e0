package org.knooppunt.region;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** All 646 municipalities, page by page, filtered by country, province and name or code. */
@Named
@ViewScoped
public class MunicipalityListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient RegionService service;

  private String country;
  private String province;
  private String q;
  private LazyDataModel<Municipality> model;
  private List<Region> regionList;

  public LazyDataModel<Municipality> getModel() {
    if (model == null) {
      model = new Model(service, country, province, q);
    }
    return model;
  }

  public String apply() {
    return "/municipality/list.xhtml?faces-redirect=true&includeViewParams=true";
  }

  public List<Region> getRegions() {
    if (regionList == null) {
      regionList = service.regions();
    }
    return regionList;
  }

  /** The lazy model over {@link RegionService}. */
  static final class Model extends LazyDataModel<Municipality> {
    private static final long serialVersionUID = 1L;
    private final transient RegionService service;
    private final String country;
    private final String province;
    private final String q;
    private long total = -1;

    Model(RegionService service, String country, String province, String q) {
      this.service = service;
      this.country = country;
      this.province = province;
      this.q = q;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      if (total < 0) {
        total = service.municipalities(country, province, q, 0, 1).total();
      }
      return (int) total;
    }

    @Override
    public List<Municipality> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var page = service.municipalities(country, province, q, first, pageSize);
      total = page.total();
      setRowCount((int) total);
      return page.rows();
    }

    @Override
    public String getRowKey(Municipality row) {
      return row.code();
    }

    @Override
    public Municipality getRowData(String rowKey) {
      return null;
    }
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
