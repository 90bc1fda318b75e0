package org.knooppunt.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knooppunt.platform.web.MapTiles;

/** The Content-Security-Policy allows the map's tile server, and only when there is one. */
class SecurityHeadersFilterTest {

  @Test
  void allowsImagesFromTheTileServersOriginOnly() {
    String origin = MapTiles.origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    assertEquals("https://tile.openstreetmap.org", origin);
    String csp = SecurityHeadersFilter.csp(origin);
    assertTrue(csp.contains("img-src 'self' data: blob: https://tile.openstreetmap.org;"), csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertTrue(csp.contains("connect-src 'self';"), "tiles are images, not fetched: " + csp);
  }

  @Test
  void addsNothingWithoutTiles() {
    assertNull(MapTiles.origin(""));
    assertNull(MapTiles.origin(null));
    assertTrue(SecurityHeadersFilter.csp(null).contains("img-src 'self' data: blob:;"));
    assertEquals(SecurityHeadersFilter.CSP, SecurityHeadersFilter.csp(MapTiles.origin("")));
  }

  @Test
  void derivesSchemeHostAndPort() {
    assertEquals(
        "https://*.tile.example.org", MapTiles.origin("https://{s}.tile.example.org/{z}/{x}/{y}"));
    assertEquals(
        "http://tiles.local:8080", MapTiles.origin("http://Tiles.Local:8080/osm/{z}/{x}/{y}.png"));
    assertNull(MapTiles.origin("/tiles/{z}/{x}/{y}.png"), "own origin: 'self' covers it");
    assertNull(MapTiles.origin("ftp://tiles.example.org/{z}/{x}/{y}.png"));
    assertNull(MapTiles.origin("https://user@tiles.example.org/{z}/{x}/{y}.png"));
    assertNull(MapTiles.origin("https://tiles.example.org; script-src *"));
  }
}
