package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, security headers, cookies and error pages of the running application. */
class PlatformIT {

  @Test
  void readinessReportsNeo4jAndLivenessTheApplication() {
    var ready = Api.get("/health/ready", null);
    assertEquals(200, ready.statusCode(), ready.body());
    assertTrue(ready.body().contains("\"neo4j\"") && ready.body().contains("UP"), ready.body());
    assertEquals(200, Api.get("/health/live", null).statusCode());
  }

  @Test
  void openApiDescribesTheApplicationsOwnApiOnly() {
    var doc = Api.get("/openapi", null);
    assertEquals(200, doc.statusCode());
    assertTrue(doc.body().contains("/api/organisations"), doc.body());
    assertTrue(doc.body().contains("/api/municipalities"));
    assertFalse(
        doc.body().contains("{databaseName}"), "no Neo4j HTTP endpoints in the API description");
  }

  @Test
  void everyResponseCarriesSecurityHeaders() {
    for (HttpResponse<String> r :
        new HttpResponse[] {
          Api.get("/login.xhtml", null),
          Api.get("/api/organisations", "beleid"),
          Api.get("/api/nope", "beleid")
        }) {
      var h = r.headers();
      assertTrue(
          h.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
          r.uri().toString());
      assertTrue(
          h.firstValue("Content-Security-Policy")
              .orElse("")
              .contains("img-src 'self' data: blob: https://tile.openstreetmap.org;"),
          "the configured map tiles' origin may serve images: " + r.uri());
      assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("same-origin", h.firstValue("Referrer-Policy").orElse(""));
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() {
    var r = Api.get("/login.xhtml", null);
    String cookie =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID"))
            .findFirst()
            .orElse("");
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
  }

  @Test
  void pagesNeedALoginAndTheLoginPageIsDutch() {
    var home = Api.get("/", null);
    assertEquals(302, home.statusCode());
    assertTrue(home.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    var login = Api.get("/login.xhtml", null);
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("lang=\"nl\""));
    assertTrue(login.body().contains("Inloggen"));
  }

  @Test
  void aForgedOrExpiredFormIsNeverA500() {
    var login = Api.get("/login.xhtml", null);
    var matcher =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(login.body());
    assertTrue(matcher.find(), "the login form has a view state");
    String form =
        "login=login&login%3Ausername=x&login%3Apassword=y&login%3Asubmit=&jakarta.faces.ViewState=";
    var expired =
        Api.post(
            "/login.xhtml",
            form
                + java.net.URLEncoder.encode(
                    matcher.group(1), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(
        302, expired.statusCode(), "a view from another (expired) session reloads the page");
    assertTrue(expired.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    var forged = Api.post("/login.xhtml", form + "%25%25not-base64%25%25");
    assertEquals(400, forged.statusCode());
    assertFalse(forged.body().contains("Exception"));
  }

  @Test
  void hostileParametersInPageAndApiUrlsAreInert() {
    String longText = "x".repeat(10_000);
    for (String path :
        new String[] {
          "/organisation/list.xhtml?topic=%3Cscript%3E&kind=zz&sector=%27%7D&province=%60"
              + "&q=%27)%20MATCH%20(n)%20DETACH%20DELETE%20n%20//",
          "/organisation/list.xhtml?q=" + longText,
          "/municipality/list.xhtml?q=" + longText,
          "/organisation/edit.xhtml?kind=%3Cscript%3E",
          "/api/search?q=" + longText,
          "/api/organisations?q=" + longText + "&topic=%27%7D",
        }) {
      var r = Api.get(path, "beheerder");
      assertTrue(
          r.statusCode() < 500,
          path.substring(0, Math.min(60, path.length())) + " -> " + r.statusCode());
      assertFalse(r.body().contains("<script>"), "no markup echoed: " + path.substring(0, 40));
      assertFalse(r.body().contains("Exception"));
    }
    var rest = Api.get("/api/municipalities?limit=1", "beheerder");
    assertTrue(rest.body().contains("\"total\":646"), "the graph is intact");
  }

  @Test
  void errorsNeverShowAStackTrace() {
    var missing = Api.get("/organisation/view.xhtml?id=" + "%3Cscript%3E", "beheerder");
    assertEquals(404, missing.statusCode());
    assertFalse(missing.body().contains("Exception"), missing.body());
    assertFalse(missing.body().contains("<script>"));
    var unknownPage = Api.get("/bestaat-niet.xhtml", "beheerder");
    assertEquals(404, unknownPage.statusCode());
    assertFalse(unknownPage.body().contains("Exception"));
    var forbidden = Api.get("/organisation/edit.xhtml?kind=library", "bibliothecaris");
    assertEquals(403, forbidden.statusCode());
    assertFalse(forbidden.body().contains("Exception"));
  }
}
