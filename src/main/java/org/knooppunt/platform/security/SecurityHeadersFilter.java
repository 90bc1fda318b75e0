package org.knooppunt.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.knooppunt.platform.web.MapTiles;

/**
 * Security headers on every response. The script policy allows inline scripts because Faces and
 * PrimeFaces render inline event handlers; everything else is restricted to the application's own
 * origin (no CDN is used), except the images of the geographic map's tile server, whose origin
 * comes from {@code knooppunt.map.tiles.url} (nothing is added when it is empty); no one may frame
 * the application.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(SecurityHeadersFilter.class.getName());

  /** The policy without a tile server. */
  static final String CSP = csp(null);

  private String csp = CSP;

  @Override
  public void init() {
    String url = MapTiles.url(ConfigProvider.getConfig());
    String origin = MapTiles.origin(url);
    if (!url.isEmpty() && origin == null && url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
      LOG.warning(() ->
          "knooppunt.map.tiles.url has no usable http(s) origin, so the Content-Security-Policy"
              + " does not allow its images: "
              + url);
    }
    csp = csp(origin);
  }

  /** The policy, allowing images from {@code tileOrigin} too when it is not null. */
  static String csp(String tileOrigin) {
    return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:"
        + (tileOrigin == null ? "" : " " + tileOrigin)
        + "; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'none'";
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("Content-Security-Policy", csp);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
    chain.doFilter(req, res);
  }
}
