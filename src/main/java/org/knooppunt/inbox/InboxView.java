package org.knooppunt.inbox;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The inbox page: the user's notices, newest first, paged from the graph; opening one marks it read
 * and goes to what it is about.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient InboxService service;
  @Inject transient CurrentUser currentUser;

  private String kind;
  private boolean unreadOnly;
  private final Items items = new Items(this);

  public LazyDataModel<InboxItem> getItems() {
    return items;
  }

  public List<Notice.Kind> getKinds() {
    return List.of(Notice.Kind.values());
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind == null || kind.isBlank() ? null : kind;
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
  }

  /** Marks the item read and follows its link (an application path only). */
  public void open(String id) throws IOException {
    Locale locale = locale();
    try {
      InboxItem item = service.open(currentUser.require(locale), id, locale);
      ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
      String link = item.link();
      if (link != null && link.startsWith("/") && !link.startsWith("//")) {
        ext.redirect(ext.getRequestContextPath() + link);
      } else {
        ext.redirect(ext.getRequestContextPath() + "/inbox/list.xhtml");
      }
    } catch (DomainException e) {
      FacesMessages.show(e, "inbox.field.");
    }
  }

  public void markAllRead() {
    Locale locale = locale();
    try {
      service.markAllRead(currentUser.require(locale), locale);
    } catch (DomainException e) {
      FacesMessages.show(e, "inbox.field.");
    }
  }

  private Notice.Kind kindFilter() {
    try {
      return kind == null ? null : Notice.Kind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** Pages of the inbox as the table asks for them. */
  static final class Items extends LazyDataModel<InboxItem> {
    private static final long serialVersionUID = 1L;
    private final InboxView view;
    private transient InboxService.Page last;

    Items(InboxView view) {
      this.view = view;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return last == null ? 0 : (int) Math.min(Integer.MAX_VALUE, last.total());
    }

    @Override
    public List<InboxItem> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      Locale locale = locale();
      last =
          view.service.list(
              view.currentUser.require(locale),
              view.kindFilter(),
              view.unreadOnly,
              first,
              pageSize,
              locale);
      setRowCount((int) Math.min(Integer.MAX_VALUE, last.total()));
      return last.rows();
    }

    @Override
    public String getRowKey(InboxItem row) {
      return row.id();
    }

    @Override
    public InboxItem getRowData(String rowKey) {
      return null;
    }
  }
}
