package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A log-in lives as long as the HTTP session (8 hours), not as long as Liberty keeps the subject in
 * its authentication cache: the integration server shortens that cache to 3 seconds, and a user who
 * logged in with the form is still logged in after it emptied.
 */
class SessionIT {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aFormLogInOutlivesLibertysAuthenticationCache() throws Exception {
    var page = get("/login.xhtml");
    var state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertTrue(state.find());
    String form =
        "login_SUBMIT=1&login%3Ausername=beleid&login%3Apassword="
            + URLEncoder.encode(Api.PASSWORD, StandardCharsets.UTF_8)
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    var login =
        http.send(
            HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, login.statusCode(), login.body());
    assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"));
    assertEquals(200, get("/index.xhtml").statusCode(), "logged in");

    Thread.sleep(8_000);

    var later = get("/index.xhtml");
    assertEquals(200, later.statusCode(), "still logged in: " + later.headers().map());
    var api = get("/api/organisations?limit=1");
    assertEquals(200, api.statusCode(), "the API accepts the same session");
  }
}
