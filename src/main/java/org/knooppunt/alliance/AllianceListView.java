package org.knooppunt.alliance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.knooppunt.platform.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The alliance list: a page at a time from the graph (name filter, active or ended), with links to
 * create one and to the suggestions for whoever may create.
 */
@Named
@ViewScoped
public class AllianceListView implements Serializable {

  private static final long serialVersionUID = 1L;

  private String chosenQ;
  private String chosenStatus;

  @Inject transient AllianceService service;
  @Inject transient CurrentUser currentUser;

  private String q;
  private String status;
  private LazyDataModel<AllianceSummary> model;

  public LazyDataModel<AllianceSummary> getModel() {
    if (model == null) {
      model = new Lazy(service, new AllianceRepository.Filter(q, status, null));
    }
    return model;
  }

  /** Shows the list for the filter at an address that holds it. */
  public String search() {
    model = null;
    String q = getChosenQ();
    String status =
        "active".equals(getChosenStatus()) || "ended".equals(getChosenStatus())
            ? getChosenStatus()
            : null;
    StringBuilder url = new StringBuilder("/alliance/list.xhtml?faces-redirect=true");
    if (q != null && !q.isBlank()) {
      url.append("&q=")
          .append(java.net.URLEncoder.encode(q.strip(), java.nio.charset.StandardCharsets.UTF_8));
    }
    if (status != null) {
      url.append("&status=").append(status);
    }
    return url.toString();
  }

  public boolean isMayCreate() {
    return AllianceService.mayCreate(currentUser.account().orElse(null));
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null || q.length() <= 100 ? q : q.substring(0, 100);
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = "active".equals(status) || "ended".equals(status) ? status : null;
  }

  /** Pages of the list as the table asks for them: one count and one page query. */
  static final class Lazy extends LazyDataModel<AllianceSummary> {
    private static final long serialVersionUID = 1L;
    private final transient AllianceService service;
    private final AllianceRepository.Filter filter;

    Lazy(AllianceService service, AllianceRepository.Filter filter) {
      this.service = service;
      this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, service.list(filter, 0, 1).total());
    }

    @Override
    public List<AllianceSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return service.list(filter, first, pageSize).rows();
    }

    @Override
    public String getRowKey(AllianceSummary row) {
      return row.id();
    }

    @Override
    public AllianceSummary getRowData(String rowKey) {
      return null;
    }
  }

  /** The form's q: what was chosen on this page, else the address's. */
  public String getChosenQ() {
    return chosenQ != null ? chosenQ : q;
  }

  public void setChosenQ(String value) {
    this.chosenQ = value;
  }

  /** The form's status: what was chosen on this page, else the address's. */
  public String getChosenStatus() {
    return chosenStatus != null ? chosenStatus : status;
  }

  public void setChosenStatus(String value) {
    this.chosenStatus = value;
  }
}
