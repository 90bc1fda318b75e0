package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract of sign-up, the approval queue and invites over REST, on the demo accounts:
 * "bibliothecaris" (librarian of De Vaart, which serves Utrecht) decides sign-ups in Utrecht;
 * "partner" may not. Each test signs up its own organisation with a fresh name, number and
 * username, and sends its own client address in {@code X-Forwarded-For} (the server under test
 * trusts it: {@code knooppunt.clientAddress.forwardedFor=true}), so the throttle of one test does
 * not touch another.
 */
class SignupApiIT {

  private static final String DE_VAART = "00000000-0000-4000-8000-000000000101";
  private static final String KASTANJELAAN = "00000000-0000-4000-8000-000000000226";
  private static final String PASSWORD = "Sterk-Wachtw00rd!";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static HttpResponse<String> call(
      String method, String path, String user, String password, String body, String client) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Accept-Language", "nl");
    if (user != null) {
      String token = user + ":" + password;
      b.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    if (client != null) {
      b.header("X-Forwarded-For", client);
    }
    b.header("Content-Type", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> anonymous(
      String method, String path, String body, String client) {
    return call(method, path, null, null, body, client);
  }

  private static HttpResponse<String> demo(String method, String path, String user, String body) {
    return call(method, path, user, Api.PASSWORD, body, null);
  }

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static String unique() {
    return Long.toString(System.nanoTime(), 36);
  }

  private static String client() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "198.51." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  private static String kvk() {
    return String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
  }

  private static JsonObjectBuilder organisation(String name, String number) {
    return Json.createObjectBuilder()
        .add("kind", "PARTNER")
        .add("name", name)
        .add("sector", "welzijn")
        .add("municipalityCode", "GM0344")
        .add("registrationNumber", number)
        .add("street", "Teststraat 1")
        .add("email", "info@test.example")
        .add("topicIds", Json.createArrayBuilder().add("taalvaardigheid"))
        .add("targetGroupIds", Json.createArrayBuilder().add("laaggeletterden"));
  }

  private static JsonObjectBuilder contact(String username) {
    return Json.createObjectBuilder()
        .add("username", username)
        .add("displayName", "Contact " + username)
        .add("email", username + "@test.example")
        .add("password", PASSWORD);
  }

  private static String signup(String name, String number, String username) {
    return Json.createObjectBuilder()
        .add("organisation", organisation(name, number))
        .add("contact", contact(username))
        .build()
        .toString();
  }

  private static void assertNo500(HttpResponse<String> r) {
    assertTrue(r.statusCode() < 500, r.statusCode() + " " + r.body());
  }

  @Test
  void aSignUpIsApprovedAndTheNewPartnerEditsItsOwnProfileOnly() {
    String name = "Welzijn IT " + unique();
    String username = "it" + unique();
    String client = client();
    var created = anonymous("POST", "/api/signup", signup(name, kvk(), username), client);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject done = json(created);
    assertEquals("pending", done.getString("status"));
    String requestId = done.getString("requestId");
    String orgId = done.getString("organisationId");

    var listed =
        demo("GET", "/api/organisations?q=" + name.replace(" ", "%20"), "bibliothecaris", null);
    assertEquals(0, json(listed).getInt("total"), "a pending profile is in no list");
    assertEquals(
        404,
        demo("GET", "/api/organisations/" + orgId, "partner", null).statusCode(),
        "nor opened by others");
    assertEquals(
        200,
        demo("GET", "/api/organisations/" + orgId, "bibliothecaris", null).statusCode(),
        "those who decide on it see it");
    assertEquals(
        401,
        call("GET", "/api/organisations/" + orgId, username, PASSWORD, null, null).statusCode(),
        "a pending account cannot log in");

    var queue = demo("GET", "/api/signup-requests?limit=200", "bibliothecaris", null);
    assertEquals(200, queue.statusCode(), queue.body());
    assertTrue(queue.body().contains(requestId), "De Vaart serves Utrecht: in her queue");
    assertEquals(403, demo("GET", "/api/signup-requests", "partner", null).statusCode());
    var refused = demo("POST", "/api/signup-requests/" + requestId + "/approve", "partner", null);
    assertEquals(403, refused.statusCode(), refused.body());

    var approved =
        demo("POST", "/api/signup-requests/" + requestId + "/approve", "bibliothecaris", null);
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("approved", json(approved).getString("status"));
    var again =
        demo("POST", "/api/signup-requests/" + requestId + "/approve", "bibliothecaris", null);
    assertEquals(409, again.statusCode(), again.body());
    assertFalse(json(again).getString("message").isBlank());

    var own = call("GET", "/api/organisations/" + orgId, username, PASSWORD, null, null);
    assertEquals(200, own.statusCode(), own.body());
    assertEquals("active", json(own).getString("status"));
    String body =
        organisation(name, json(own).getString("registrationNumber"))
            .add("description", "Zelf bijgehouden")
            .add("version", json(own).getJsonNumber("version").longValue())
            .build()
            .toString();
    var put = call("PUT", "/api/organisations/" + orgId, username, PASSWORD, body, null);
    assertEquals(200, put.statusCode(), put.body());
    assertEquals("Zelf bijgehouden", json(put).getString("description"));

    for (String other : new String[] {KASTANJELAAN, DE_VAART}) {
      JsonObject theirs = json(demo("GET", "/api/organisations/" + other, "beheerder", null));
      String theirBody =
          Json.createObjectBuilder(theirs)
              .remove("topics")
              .remove("targetGroups")
              .remove("domains")
              .remove("branches")
              .add("description", "Overgenomen")
              .build()
              .toString();
      var forbidden =
          call("PUT", "/api/organisations/" + other, username, PASSWORD, theirBody, null);
      assertEquals(403, forbidden.statusCode(), other + ": " + forbidden.body());
    }
    var create =
        call(
            "POST",
            "/api/organisations",
            username,
            PASSWORD,
            organisation("Nieuw " + unique(), kvk()).build().toString(),
            null);
    assertEquals(403, create.statusCode(), "a partner creates no profiles");
    var librarian = demo("PUT", "/api/organisations/" + orgId, "bibliothecaris", body);
    assertEquals(403, librarian.statusCode(), "claimed now: librarians no longer edit it");
  }

  @Test
  void aRejectionNeedsAReasonAndTheAccountStaysLockedOut() {
    String username = "it" + unique();
    var created =
        anonymous(
            "POST", "/api/signup", signup("Afgewezen " + unique(), kvk(), username), client());
    assertEquals(201, created.statusCode(), created.body());
    String requestId = json(created).getString("requestId");
    var noReason =
        demo("POST", "/api/signup-requests/" + requestId + "/reject", "bibliothecaris", "{}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    assertEquals(
        "reason", json(noReason).getJsonArray("fieldErrors").getJsonObject(0).getString("field"));
    var rejected =
        demo(
            "POST",
            "/api/signup-requests/" + requestId + "/reject",
            "bibliothecaris",
            "{\"reason\": \"<script>alert(1)</script> onbekend\"}");
    assertEquals(200, rejected.statusCode(), rejected.body());
    assertEquals("<script>alert(1)</script> onbekend", json(rejected).getString("reason"));
    assertEquals(
        401, call("GET", "/api/organisations", username, PASSWORD, null, null).statusCode());
  }

  @Test
  void duplicatesAndBadNumbersAreRefusedClearly() {
    String number = kvk();
    String name = "Dubbel " + unique();
    String client = client();
    assertEquals(
        201,
        anonymous("POST", "/api/signup", signup(name, number, "it" + unique()), client)
            .statusCode());
    var sameNumber =
        anonymous(
            "POST", "/api/signup", signup("Anders " + unique(), number, "it" + unique()), client);
    assertEquals(409, sameNumber.statusCode(), sameNumber.body());
    assertTrue(json(sameNumber).getString("message").contains(name), sameNumber.body());
    var badKvk =
        anonymous(
            "POST", "/api/signup", signup("Kort " + unique(), "1234567", "it" + unique()), client);
    assertEquals(400, badKvk.statusCode(), badKvk.body());
    assertTrue(badKvk.body().contains("registrationNumber"), badKvk.body());
    var existingUser =
        anonymous("POST", "/api/signup", signup("Nog " + unique(), kvk(), "partner"), client);
    assertEquals(409, existingUser.statusCode(), existingUser.body());
  }

  @Test
  void aReusedOrUnknownInviteIsRefusedWithAMessage() {
    var made = demo("POST", "/api/invites", "bibliothecaris", "{\"note\": \"IT\"}");
    assertEquals(201, made.statusCode(), made.body());
    String token = json(made).getString("token");
    assertTrue(json(made).getString("link").endsWith("/signup/accept.xhtml?token=" + token));
    assertEquals(403, demo("POST", "/api/invites", "partner", "{}").statusCode());

    String client = client();
    var peek = anonymous("GET", "/api/invites/accept?token=" + token, null, client);
    assertEquals(200, peek.statusCode(), peek.body());
    assertEquals("open", json(peek).getString("status"));
    String username = "it" + unique();
    String accept =
        Json.createObjectBuilder()
            .add("token", token)
            .add("contact", contact(username))
            .add("organisation", organisation("Uitgenodigd " + unique(), kvk()))
            .build()
            .toString();
    var accepted = anonymous("POST", "/api/invites/accept", accept, client);
    assertEquals(201, accepted.statusCode(), accepted.body());
    assertEquals("active", json(accepted).getString("status"));
    assertEquals(
        200,
        call(
                "GET",
                "/api/organisations/" + json(accepted).getString("organisationId"),
                username,
                PASSWORD,
                null,
                null)
            .statusCode(),
        "active at once: no queue");

    var reused =
        anonymous("POST", "/api/invites/accept", accept.replace(username, username + "b"), client);
    assertEquals(409, reused.statusCode(), reused.body());
    assertTrue(json(reused).getString("message").contains("al gebruikt"), reused.body());
    var unknown =
        anonymous("POST", "/api/invites/accept", accept.replace(token, "A".repeat(43)), client);
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertFalse(json(unknown).getString("message").isBlank());
  }

  @Test
  void signUpsAreThrottledPerClientWith429() {
    String client = client();
    for (int i = 0; i < 5; i++) {
      var r = anonymous("POST", "/api/signup", "{\"organisation\": {}, \"contact\": {}}", client);
      assertEquals(400, r.statusCode(), r.body());
    }
    var throttled =
        anonymous(
            "POST", "/api/signup", signup("Te veel " + unique(), kvk(), "it" + unique()), client);
    assertEquals(429, throttled.statusCode(), throttled.body());
    assertTrue(json(throttled).getString("message").contains("minuten"), throttled.body());
    for (int i = 0; i < 5; i++) {
      assertEquals(
          400,
          anonymous(
                  "POST",
                  "/api/invites/accept",
                  "{\"token\": \"" + "B".repeat(43) + "\", \"contact\": {}}",
                  client)
              .statusCode());
    }
    assertEquals(
        429, anonymous("POST", "/api/invites/accept", "{\"token\": \"x\"}", client).statusCode());
  }

  @Test
  void badBodiesAreNeverA500() {
    String client = client();
    for (String body :
        new String[] {
          "{", "[]", "null", "{\"organisation\": 5}", "{\"contact\": {\"password\": \"\u0000\"}}"
        }) {
      var r = anonymous("POST", "/api/signup", body, client);
      assertNo500(r);
      client = client();
    }
    assertNo500(anonymous("POST", "/api/signup/claims", "{\"organisationId\": \"<x>\"}", client()));
    assertNo500(anonymous("POST", "/api/invites/accept", "{", client()));
    assertNo500(anonymous("GET", "/api/invites/accept", null, client()));
    assertNo500(demo("POST", "/api/signup-requests/nope/approve", "bibliothecaris", null));
    assertNo500(demo("GET", "/api/signup-requests?status=%3Cscript%3E", "beheerder", null));
  }

  @Test
  void aClaimedProfileIsKeptByItsPartnerAndNoLongerByLibrarians() {
    String number = kvk();
    String name = "Claimbaar " + unique();
    var made =
        demo(
            "POST",
            "/api/organisations",
            "bibliothecaris",
            organisation(name, number).build().toString());
    assertEquals(201, made.statusCode(), made.body());
    String orgId = json(made).getString("id");
    String username = "it" + unique();
    String client = client();
    String claim =
        Json.createObjectBuilder()
            .add("organisationId", orgId)
            .add("registrationNumber", number)
            .add("contact", contact(username))
            .build()
            .toString();
    var wrong = anonymous("POST", "/api/signup/claims", claim.replace(number, kvk()), client);
    assertEquals(400, wrong.statusCode(), wrong.body());
    var claimed = anonymous("POST", "/api/signup/claims", claim, client);
    assertEquals(201, claimed.statusCode(), claimed.body());
    String requestId = json(claimed).getString("requestId");
    var queued = demo("GET", "/api/signup-requests/" + requestId, "bibliothecaris", null);
    assertEquals("claim", json(queued).getString("kind"));
    assertEquals(
        200,
        demo("POST", "/api/signup-requests/" + requestId + "/approve", "beheerder", null)
            .statusCode());

    JsonObject profile =
        json(call("GET", "/api/organisations/" + orgId, username, PASSWORD, null, null));
    String body =
        organisation(name, number)
            .add("description", "Nu van de partner")
            .add("version", profile.getJsonNumber("version").longValue())
            .build()
            .toString();
    assertEquals(
        403, demo("PUT", "/api/organisations/" + orgId, "bibliothecaris", body).statusCode());
    var own = call("PUT", "/api/organisations/" + orgId, username, PASSWORD, body, null);
    assertEquals(200, own.statusCode(), own.body());
  }
}
