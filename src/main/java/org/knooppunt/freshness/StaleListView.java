package org.knooppunt.freshness;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.knooppunt.account.Account;
import org.knooppunt.account.Role;
import org.knooppunt.platform.security.CurrentUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The stale profiles of the user's area ({@code freshness/stale.xhtml}): how long unreviewed counts
 * (in the URL, so it can be bookmarked), rows loaded page by page, sortable by last review.
 * Partners have no area and get a 403.
 */
@Named
@ViewScoped
public class StaleListView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The choices of "not reviewed in", in months. */
  private static final List<Integer> MONTHS = List.of(6, 12, 24, 36);

  @Inject transient FreshnessService service;
  @Inject transient CurrentUser currentUser;

  private int months = 24;
  private Model model;

  /** Refuses those without an area before anything is shown. */
  public void check() throws IOException {
    if (!FreshnessService.maySeeStale(currentUser.account().orElse(null))) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.responseComplete();
      faces.getExternalContext().responseSendError(403, "");
    }
  }

  public LazyDataModel<ReviewItem> getModel() {
    if (model == null) {
      model = new Model(this);
    }
    return model;
  }

  /** Re-reads the list (and keeps the choice in the URL). */
  public String apply() {
    return "/freshness/stale.xhtml?faces-redirect=true&includeViewParams=true";
  }

  /** Whether the user sees every municipality (an admin). */
  public boolean isAreaAll() {
    return currentUser.account().map(a -> a.has(Role.ADMIN)).orElse(false);
  }

  public List<Integer> getMonthChoices() {
    return MONTHS;
  }

  public int getMonths() {
    return months;
  }

  public void setMonths(int months) {
    this.months = MONTHS.contains(months) ? months : 24;
  }

  FreshnessService.Page page(StaleSort sort, boolean descending, int first, int size) {
    Account actor = currentUser.account().orElse(null);
    return service.stale(
        actor,
        months,
        sort,
        descending,
        first,
        size,
        FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** Pages of the list, with the total from the same read. */
  static final class Model extends LazyDataModel<ReviewItem> {
    private static final long serialVersionUID = 1L;
    private final StaleListView view;
    private transient FreshnessService.Page last;
    private transient String lastKey;

    Model(StaleListView view) {
      this.view = view;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, fetch(StaleSort.LAST_REVIEWED, false, 0, 1).total());
    }

    @Override
    public List<ReviewItem> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      StaleSort key = StaleSort.LAST_REVIEWED;
      boolean descending = false;
      if (sortBy != null && !sortBy.isEmpty()) {
        SortMeta meta = sortBy.values().iterator().next();
        key = StaleSort.of(meta.getField());
        descending = meta.getOrder() == SortOrder.DESCENDING;
      }
      var page = fetch(key, descending, first, pageSize);
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.rows();
    }

    private FreshnessService.Page fetch(StaleSort key, boolean descending, int first, int size) {
      String k = key + "/" + descending + "/" + first + "/" + size;
      if (last == null || !k.equals(lastKey)) {
        last = view.page(key, descending, first, size);
        lastKey = k;
      }
      return last;
    }

    @Override
    public String getRowKey(ReviewItem row) {
      return row.kind() + "/" + row.id();
    }

    @Override
    public ReviewItem getRowData(String rowKey) {
      return null;
    }
  }
}
