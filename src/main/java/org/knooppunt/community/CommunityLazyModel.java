package org.knooppunt.community;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Pages of the community list, loaded from the graph as the table asks for them. */
public class CommunityLazyModel extends LazyDataModel<CommunitySummary> {

  private static final long serialVersionUID = 1L;

  private final transient CommunityService service;
  private final String text;
  private final String topic;
  private final Locale locale;

  CommunityLazyModel(CommunityService service, String text, String topic, Locale locale) {
    this.service = service;
    this.text = text;
    this.topic = topic;
    this.locale = locale;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, service.count(text, topic));
  }

  @Override
  public List<CommunitySummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return service.page(text, topic, first, pageSize, locale);
  }

  @Override
  public String getRowKey(CommunitySummary row) {
    return row.id();
  }

  @Override
  public CommunitySummary getRowData(String rowKey) {
    return null;
  }
}
