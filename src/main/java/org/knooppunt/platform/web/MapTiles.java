package org.knooppunt.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The background tiles of the geographic map ({@code knooppunt.map.tiles.url}, {@code
 * knooppunt.map.tiles.attribution}). An empty URL or {@code none} means no tiles: the map then
 * draws boundaries and markers on a plain background, which works offline. The security headers
 * allow images from the tile server's origin ({@link #origin}).
 */
@Named
@ApplicationScoped
public class MapTiles {

  static final String URL = "knooppunt.map.tiles.url";
  static final String ATTRIBUTION = "knooppunt.map.tiles.attribution";

  private static final Pattern ORIGIN = Pattern.compile("^(?i)(https?)://([^/?#]+)");
  private static final Pattern HOST =
      Pattern.compile("(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:\\d{1,5})?");

  /** The tile URL template, or "" for none. */
  public String getUrl() {
    return url(ConfigProvider.getConfig());
  }

  /** What the tile provider asks to be shown; "" without tiles. */
  public String getAttribution() {
    Config config = ConfigProvider.getConfig();
    return url(config).isEmpty()
        ? ""
        : config.getOptionalValue(ATTRIBUTION, String.class).map(String::strip).orElse("");
  }

  /** The configured tile URL template, or "" when there are no tiles (empty or "none"). */
  public static String url(Config config) {
    String url = config.getOptionalValue(URL, String.class).map(String::strip).orElse("");
    return url.equalsIgnoreCase("none") ? "" : url;
  }

  /**
   * The origin ({@code scheme://host[:port]}) of a tile URL template for the
   * Content-Security-Policy, with a {@code {s}} subdomain as a wildcard ({@code
   * https://*.tile.example.org}); null for no tiles, a relative URL (the application's own origin,
   * allowed anyway) or anything else.
   */
  public static String origin(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = ORIGIN.matcher(url.strip());
    if (!m.find()) {
      return null;
    }
    String host = m.group(2).replace("{s}", "*");
    if (!HOST.matcher(host).matches()) {
      return null;
    }
    return (m.group(1) + "://" + host).toLowerCase(Locale.ROOT);
  }
}
