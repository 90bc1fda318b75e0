package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 100 editors change the same organisation profile over the API at the same time, each the way a
 * client should: read it, append its own marker to the description, send it back with the version
 * it read, and on a 409 read again and retry. In the end no edit is lost (every marker is there,
 * once), the version went up by exactly 100, and every refusal was a 409 with a message: none a
 * 500, none silent.
 *
 * <p>The editors log in with the form and then edit in their sessions, as a browser would (HTTP
 * Basic would hash the password on every request and measure that instead).
 */
class ConcurrentEditIT {

  private static final int EDITORS = 100;

  /**
   * Editors share a few logged-in sessions, an administrator's and a librarian's: a log-in costs a
   * deliberately slow password hash, which is not what this test measures.
   */
  private static final int SESSIONS = 10;

  private static final int MAX_ATTEMPTS = 1_000;
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** The profile as an update body: the fields of the form, with the version it was read at. */
  private static JsonObjectBuilder form(JsonObject org, String description) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    for (String f :
        List.of(
            "kind",
            "name",
            "sector",
            "registrationNumber",
            "email",
            "website",
            "phone",
            "street",
            "postcode",
            "place",
            "municipalityCode",
            "latitude",
            "longitude",
            "version")) {
      if (org.containsKey(f) && org.get(f).getValueType() != JsonValue.ValueType.NULL) {
        b.add(f, org.get(f));
      }
    }
    b.add("description", description);
    b.add("topicIds", ids(org.getJsonArray("topics")));
    b.add("targetGroupIds", ids(org.getJsonArray("targetGroups")));
    b.add("domainIds", ids(org.getJsonArray("domains")));
    return b;
  }

  private static JsonArray ids(JsonArray refs) {
    var a = Json.createArrayBuilder();
    if (refs != null) {
      refs.getValuesAs(JsonObject.class).forEach(r -> a.add(r.getString("id")));
    }
    return a.build();
  }

  /** One editor: its own cookie session. */
  private static final class Editor {
    private final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    HttpResponse<String> send(String method, String path, String body) throws Exception {
      var b =
          HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
              .timeout(Duration.ofSeconds(60))
              .header("Accept", "application/json")
              .header("Accept-Language", "en");
      if (body != null) {
        b.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
      } else {
        b.method(method, HttpRequest.BodyPublishers.noBody());
      }
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    void logIn(String username) throws Exception {
      var page =
          http.send(
              HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/login.xhtml")).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      var state = VIEW_STATE.matcher(page.body());
      assertTrue(state.find(), "the login page has a view state");
      String form =
          "login_SUBMIT=1&login%3Ausername="
              + username
              + "&login%3Apassword="
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
      assertEquals(302, login.statusCode(), "logged in");
    }
  }

  @Test
  void hundredConcurrentEditorsLoseNoUpdateAndEveryRejectionIsA409WithAMessage() throws Exception {
    String name = "IT Gelijktijdig " + System.nanoTime();
    var created =
        Api.send(
            "POST",
            "/api/organisations",
            "beheerder",
            Json.createObjectBuilder()
                .add("kind", "PARTNER")
                .add("name", name)
                .add("sector", "welzijn")
                .add("municipalityCode", "GM0344")
                .add("description", "Start.")
                .add("topicIds", Json.createArrayBuilder().add("taalvaardigheid"))
                .build()
                .toString(),
            null);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject start = json(created.body());
    String path = "/api/organisations/" + start.getString("id");
    long startVersion = start.getJsonNumber("version").longValue();

    AtomicInteger conflicts = new AtomicInteger();
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    List<Editor> sessions = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      Editor session = new Editor();
      session.logIn(i % 2 == 0 ? "beheerder" : "bibliothecaris");
      sessions.add(session);
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
    List<Future<?>> editors = new ArrayList<>();
    long began;
    try {
      for (int i = 0; i < EDITORS; i++) {
        String marker = String.format("[e%03d]", i);
        editors.add(
            pool.submit(() -> {
              Editor editor = sessions.get(Integer.parseInt(marker.substring(2, 5)) % SESSIONS);
              go.await();
              for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                var read = editor.send("GET", path, null);
                if (read.statusCode() != 200) {
                  failures.add("GET " + read.statusCode() + " " + read.body());
                  return null;
                }
                JsonObject org = json(read.body());
                String description = org.getString("description", "") + " " + marker;
                var write = editor.send("PUT", path, form(org, description).build().toString());
                if (write.statusCode() == 200) {
                  return null;
                }
                if (write.statusCode() != 409) {
                  failures.add("PUT " + write.statusCode() + " " + write.body());
                  return null;
                }
                String message = json(write.body()).getString("message", "");
                if (message.isBlank()) {
                  failures.add("a 409 without a message: " + write.body());
                  return null;
                }
                conflicts.incrementAndGet();
                // Exponential back-off with full jitter, as a well-behaved client retries. Reads
                // and
                // saves of one profile queue for its lock, so the waits start at the time a hundred
                // queued requests take (tens of ms each) and grow to about ten seconds: shorter
                // waits only make the editors collide, and each collision costs two more requests.
                Thread.sleep(ThreadLocalRandom.current().nextLong(1, 80L << Math.min(attempt, 7)));
              }
              failures.add(marker + " gave up after " + MAX_ATTEMPTS + " attempts");
              return null;
            }));
      }
      began = System.nanoTime();
      go.countDown();
      // One deadline for all editors: on a slow, shared machine the whole run has taken two
      // minutes.
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
      for (Future<?> f : editors) {
        f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = (System.nanoTime() - began) / 1_000_000;

    assertTrue(failures.isEmpty(), "refusals other than 409, or lost editors: " + failures);
    JsonObject end = json(Api.get(path, "beheerder").body());
    String description = end.getString("description");
    for (int i = 0; i < EDITORS; i++) {
      String marker = String.format("[e%03d]", i);
      assertEquals(
          description.indexOf(marker),
          description.lastIndexOf(marker),
          marker + " is there exactly once");
      assertTrue(description.contains(marker), marker + " was lost: " + description);
    }
    assertEquals(startVersion + EDITORS, end.getJsonNumber("version").longValue());
    assertTrue(conflicts.get() > 0, "the editors did collide");
    System.out.printf(
        "ConcurrentEditIT: %d editors, %d accepted, %d rejected with 409, %d ms%n",
        EDITORS, EDITORS, conflicts.get(), millis);
  }
}
