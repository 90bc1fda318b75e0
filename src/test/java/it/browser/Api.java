package it.browser;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The REST API as a demo account sees it, for setting up and checking data around a browser test
 * (never the thing under test here).
 */
public final class Api {

  private static final List<String> TEXT_FIELDS =
      List.of(
          "name",
          "description",
          "sector",
          "registrationNumber",
          "email",
          "website",
          "phone",
          "street",
          "postcode",
          "place",
          "municipalityCode");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String base = Browser.baseUrl() + "/api";
  private final String authorization;

  public Api(DemoAccount account) {
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (account.username() + ":" + DemoAccount.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
  }

  /** The collaborations of an organisation, each as id, fromId, toId and status. */
  public List<java.util.Map<String, String>> collaborations(String organisationId) {
    String body = send(request("/collaborations?organisation=" + organisationId).GET(), 200);
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(c ->
              java.util.Map.of(
                  "id", c.getString("id"),
                  "fromId", c.getString("fromId"),
                  "toId", c.getString("toId"),
                  "status", c.getString("status")))
          .toList();
    }
  }

  /** Ends a collaboration today. */
  public void endCollaboration(String id) {
    send(
        request("/collaborations/" + id + "/end")
            .POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)),
        200);
  }

  /** {@code GET /api/organisations/{id}}. */
  public JsonObject organisation(String id) {
    return json(send(request("/organisations/" + id).GET(), 200));
  }

  /** The names of the organisations whose name contains {@code text} (first 200). */
  public List<String> namesContaining(String text) {
    String q = URLEncoder.encode(text, StandardCharsets.UTF_8);
    JsonObject page = json(send(request("/organisations?limit=200&q=" + q).GET(), 200));
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(o -> o.getString("name"))
        .toList();
  }

  /** {@code POST /api/organisations}; returns the new organisation's id. */
  public String create(JsonObject form) {
    return json(send(request("/organisations").POST(body(form)), 201)).getString("id");
  }

  /** {@code PUT /api/organisations/{id}}; returns the stored profile. */
  public JsonObject update(String id, JsonObject form) {
    return json(send(request("/organisations/" + id).PUT(body(form)), 200));
  }

  /** A new partner in Utrecht (GM0344) with a name and description of the caller's choosing. */
  public static JsonObjectBuilder partnerForm(String name, String description) {
    return Json.createObjectBuilder()
        .add("kind", "PARTNER")
        .add("name", name)
        .add("description", description)
        .add("sector", "welzijn")
        .add("street", "Oudegracht 1")
        .add("postcode", "3511 AB")
        .add("place", "Utrecht")
        .add("municipalityCode", "GM0344")
        .add("topicIds", JsonValue.EMPTY_JSON_ARRAY)
        .add("targetGroupIds", JsonValue.EMPTY_JSON_ARRAY)
        .add("domainIds", JsonValue.EMPTY_JSON_ARRAY)
        .add("version", 0);
  }

  /** The edit form of a stored profile (as GET returns it), including its version. */
  public static JsonObjectBuilder formOf(JsonObject organisation) {
    JsonObjectBuilder form = Json.createObjectBuilder().add("kind", organisation.getString("kind"));
    for (String field : TEXT_FIELDS) {
      if (organisation.get(field) instanceof JsonString s) {
        form.add(field, s.getString());
      }
    }
    for (String field : List.of("latitude", "longitude")) {
      JsonValue v = organisation.get(field);
      if (v != null && v.getValueType() == JsonValue.ValueType.NUMBER) {
        form.add(field, v);
      }
    }
    form.add("topicIds", ids(organisation.getJsonArray("topics")));
    form.add("targetGroupIds", ids(organisation.getJsonArray("targetGroups")));
    form.add("domainIds", ids(organisation.getJsonArray("domains")));
    form.add("version", organisation.getJsonNumber("version").longValue());
    return form;
  }

  private static JsonArrayBuilder ids(JsonArray refs) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    if (refs != null) {
      refs.getValuesAs(JsonObject.class).forEach(r -> out.add(r.getString("id")));
    }
    return out;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .header("Accept-Language", "nl");
  }

  private static HttpRequest.BodyPublisher body(JsonObject json) {
    return HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8);
  }

  private String send(HttpRequest.Builder builder, int expectedStatus) {
    HttpRequest request = builder.header("Content-Type", "application/json").build();
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != expectedStatus) {
        throw new AssertionError(
            request.method()
                + " "
                + request.uri()
                + " answered "
                + response.statusCode()
                + " (expected "
                + expectedStatus
                + "): "
                + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new AssertionError("Cannot reach " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted calling " + request.uri(), e);
    }
  }

  /**
   * {@code POST /api/network-projects/{id}/signups} for the account's own library, expecting {@code
   * expectedStatus}; returns the answer's message (or the whole body when there is none).
   */
  public String signUpForProject(String projectId, int expectedStatus) {
    JsonObject answer =
        json(
            send(
                request("/network-projects/" + projectId + "/signups")
                    .POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)),
                expectedStatus));
    return answer.containsKey("message") ? answer.getString("message") : answer.toString();
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
