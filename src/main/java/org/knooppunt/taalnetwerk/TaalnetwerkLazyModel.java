package org.knooppunt.taalnetwerk;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Pages of the taalnetwerk list, loaded from the graph as the table asks for them. */
public class TaalnetwerkLazyModel extends LazyDataModel<TaalnetwerkSummary> {

  private static final long serialVersionUID = 1L;

  private final transient TaalnetwerkService service;
  private final String text;
  private final String municipality;

  TaalnetwerkLazyModel(TaalnetwerkService service, String text, String municipality) {
    this.service = service;
    this.text = text;
    this.municipality = municipality;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, service.count(text, municipality));
  }

  @Override
  public List<TaalnetwerkSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return service.page(text, municipality, first, pageSize);
  }

  @Override
  public String getRowKey(TaalnetwerkSummary row) {
    return row.id();
  }

  @Override
  public TaalnetwerkSummary getRowData(String rowKey) {
    return null;
  }
}
