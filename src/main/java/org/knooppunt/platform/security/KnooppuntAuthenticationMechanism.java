package org.knooppunt.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * One mechanism for both kinds of client: the login page hands credentials over with {@code
 * SecurityContext.authenticate} (form login, session kept), an API client sends HTTP Basic on each
 * request. An anonymous request for a protected page is redirected to the login page; one for the
 * API gets a 401 with a JSON body, never a login form.
 *
 * <p>Jakarta Security allows one mechanism per application, which is why this is not the built-in
 * form mechanism. For an organisation's own identity provider, Liberty's {@code
 * openidConnectClient} replaces this (see README).
 */
@ApplicationScoped
public class KnooppuntAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The session attributes that hold a form log-in: the caller's name and groups. */
  static final String CALLER = "knooppunt.caller";

  static final String GROUPS = "knooppunt.groups";

  @Inject IdentityStoreHandler identityStores;

  /**
   * A form log-in is kept in the HTTP session (8 hours, see server.xml) and given to the container
   * again on every request. Not with {@code @AutoApplySession}: on Liberty that keeps the log-in
   * only in its authentication cache (10 minutes idle, 25,000 entries), which cannot rebuild it
   * without a Liberty user registry, so users were logged out early.
   */
  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    var params = context.getAuthParameters();
    if (params != null && params.getCredential() instanceof UsernamePasswordCredential c) {
      CredentialValidationResult result = identityStores.validate(c);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        if (request.getSession(false) != null) {
          request.changeSessionId(); // no session fixation
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(CALLER, result.getCallerPrincipal().getName());
        session.setAttribute(GROUPS, new HashSet<>(result.getCallerGroups()));
      }
      return notify(context, result);
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential basic = basic(header.substring(6).strip());
      CredentialValidationResult result =
          basic == null
              ? CredentialValidationResult.INVALID_RESULT
              : identityStores.validate(basic);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return unauthorized(response, context);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(CALLER) instanceof String caller
        && session.getAttribute(GROUPS) instanceof Set<?> groups) {
      Set<String> names = new HashSet<>();
      groups.forEach(g -> names.add(String.valueOf(g)));
      return context.notifyContainerAboutLogin(caller, names);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(response, context);
    }
    return context.redirect(request.getContextPath() + "/login.xhtml");
  }

  private static AuthenticationStatus notify(
      HttpMessageContext context, CredentialValidationResult result) {
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"Knooppunt\"");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write("{\"status\":401,\"error\":\"unauthorized\",\"message\":\"Log in first.\"}");
    } catch (IOException e) {
      // The client went away; nothing to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static UsernamePasswordCredential basic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new UsernamePasswordCredential(
          decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
