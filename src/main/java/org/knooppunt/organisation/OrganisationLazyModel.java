package org.knooppunt.organisation;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Pages of the organisation list, loaded from the graph as the table asks for them. */
public class OrganisationLazyModel extends LazyDataModel<OrganisationSummary> {

  private static final long serialVersionUID = 1L;

  private final transient OrganisationService service;
  private final OrganisationFilter filter;

  OrganisationLazyModel(OrganisationService service, OrganisationFilter filter) {
    this.service = service;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, service.count(filter));
  }

  @Override
  public List<OrganisationSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortKey key = SortKey.NAME;
    boolean descending = false;
    if (sortBy != null && !sortBy.isEmpty()) {
      SortMeta meta = sortBy.values().iterator().next();
      key = SortKey.of(meta.getField());
      descending = meta.getOrder() == SortOrder.DESCENDING;
    }
    return service.page(filter, key, descending, first, pageSize);
  }

  @Override
  public String getRowKey(OrganisationSummary row) {
    return row.id();
  }

  @Override
  public OrganisationSummary getRowData(String rowKey) {
    return null;
  }
}
