package it.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny HTTP client for the integration tests: HTTP/1.1, Basic auth, JSON strings. */
public final class Api {

  public static final String PASSWORD = "demo-Knooppunt-2026";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Api() {}

  public static String baseUrl() {
    return System.getProperty("knooppunt.it.baseUrl", "http://localhost:9080");
  }

  public static HttpResponse<String> send(
      String method, String path, String user, String body, String language) {
    return send(method, path, user, body, language, "application/json");
  }

  /** A GET that accepts another media type, e.g. {@code text/csv}. */
  public static HttpResponse<String> getAccepting(String path, String user, String accept) {
    return send("GET", path, user, null, null, accept);
  }

  public static HttpResponse<String> send(
      String method, String path, String user, String body, String language, String accept) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      String token = user + ":" + PASSWORD;
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    if (language != null) {
      b.header("Accept-Language", language);
    }
    b.header("Accept", accept);
    if (body != null) {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A form post without a session, as a browser would send it. */
  public static HttpResponse<String> post(String path, String formBody) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody))
            .build();
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static HttpResponse<String> get(String path, String user) {
    return send("GET", path, user, null, null);
  }

  /**
   * A new unclaimed partner in Utrecht (GM0344), created by the demo librarian, who then speaks for
   * it; its name starts with {@code prefix} and ends with a random id. Returns its id.
   */
  public static String newPartner(String prefix) {
    String body =
        jakarta.json.Json.createObjectBuilder()
            .add("kind", "PARTNER")
            .add("name", prefix + " " + java.util.UUID.randomUUID())
            .add("sector", "welzijn")
            .add("municipalityCode", "GM0344")
            .build()
            .toString();
    var r = send("POST", "/api/organisations", "bibliothecaris", body, "nl");
    if (r.statusCode() != 201) {
      throw new AssertionError("creating a partner: " + r.statusCode() + " " + r.body());
    }
    return jakarta.json.Json.createReader(new java.io.StringReader(r.body()))
        .readObject()
        .getString("id");
  }
}
