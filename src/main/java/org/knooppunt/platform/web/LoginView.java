package org.knooppunt.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.knooppunt.account.AccountService;
import org.knooppunt.platform.security.LoginThrottle;

/** The login page: hands the credentials to Jakarta Security, explains a refusal, logs out. */
@Named
@RequestScoped
public class LoginView {

  @Inject SecurityContext security;
  @Inject LoginThrottle throttle;
  @Inject AccountService accounts;

  private String username;
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      FacesMessages.error("login.failed");
      return;
    }
    if (throttle.blocked(username)) {
      FacesMessages.error("login.throttled");
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.strip(), password))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        if (throttle.blocked(username)) {
          FacesMessages.error("login.throttled");
        } else {
          switch (accounts.refusal(username, password.toCharArray())) {
            case PENDING -> FacesMessages.error("login.pending");
            case REJECTED -> FacesMessages.error("login.rejected");
            default -> FacesMessages.error("login.failed");
          }
        }
      }
    }
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
