package org.knooppunt.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.knooppunt.account.AccountService;
import org.knooppunt.platform.i18n.Messages;
import org.knooppunt.platform.security.CurrentUser;

/**
 * The interface language of this session: Dutch first, English one click away, remembered on the
 * account of a logged-in user (and taken from it at the next login).
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountService accounts;
  @Inject transient CurrentUser currentUser;

  private Locale locale;
  private String accountSeen;

  public Locale getLocale() {
    var account = currentUser.account();
    if (account.isPresent() && !account.get().username().equals(accountSeen)) {
      accountSeen = account.get().username();
      locale = Messages.of(account.get().locale());
    }
    return locale == null ? Messages.DUTCH : locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /** Switches language and stays on the same page. */
  public void switchTo(String language) throws IOException {
    locale = Messages.of(language);
    currentUser.account().ifPresent(a -> accounts.setLocale(a.username(), locale.getLanguage()));
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    var external = faces.getExternalContext();
    var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
    String query = request.getQueryString();
    external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
  }
}
