package org.knooppunt.coverage;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.knooppunt.platform.domain.DomainException;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.CurrentUser;
import org.knooppunt.platform.web.LocaleView;

/**
 * The need import page ({@code coverage/need.xhtml}): the CSV pasted or read from a file in the
 * browser, sent to {@link NeedImportService}; shows what was imported or every bad line.
 */
@Named
@ViewScoped
public class NeedImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient NeedImportService service;
  @Inject transient CurrentUser currentUser;
  @Inject transient LocaleView localeView;

  private String csv;
  private NeedImportService.Result result;
  private String refusal;
  private List<NeedImportService.Problem> problems = List.of();

  public void load() {
    FacesContext.getCurrentInstance().getViewRoot().setLocale(localeView.getLocale());
  }

  public boolean isAllowed() {
    return NeedImportService.mayImport(currentUser.account().orElse(null));
  }

  @SuppressWarnings("unchecked")
  public void importCsv() {
    result = null;
    refusal = null;
    problems = List.of();
    try {
      result = service.importCsv(localeView.getLocale(), currentUser.account().orElse(null), csv);
    } catch (DomainException e) {
      refusal = e.getMessage();
      if (e.detail() instanceof List<?> list) {
        problems = (List<NeedImportService.Problem>) list;
      }
    }
  }

  public String getResultText() {
    if (result == null) {
      return "";
    }
    return Messages.get(
        localeView.getLocale(),
        "need.result",
        result.rows(),
        result.created(),
        result.changed(),
        result.unchanged());
  }

  public String getCsv() {
    return csv;
  }

  public void setCsv(String csv) {
    this.csv = csv;
  }

  public NeedImportService.Result getResult() {
    return result;
  }

  public String getRefusal() {
    return refusal;
  }

  public List<NeedImportService.Problem> getProblems() {
    return problems;
  }
}
