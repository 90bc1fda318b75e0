package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A collaboration request through the inbox: a partner profile that the librarian speaks for
 * (created by her, no account of its own) asks the demo partner (account "partner") to collaborate;
 * the request is in the partner's inbox with its message; the partner opens it and accepts; the
 * librarian is told, and the relation is confirmed on the map.
 */
class InboxApiIT {

  private static final String KASTANJELAAN = "00000000-0000-4000-8000-000000000226";

  private static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  private static long unread(String user) {
    var r = Api.get("/api/inbox/unread", user);
    assertEquals(200, r.statusCode(), r.body());
    return json(r).getJsonNumber("unread").longValue();
  }

  private static String newPartner() {
    return Api.newPartner("Inboxtest");
  }

  @Test
  void aRequestIsAnsweredFromTheInboxAndTheAnswerComesBack() {
    String mine = newPartner();
    long partnerBefore = unread("partner");
    long librarianBefore = unread("bibliothecaris");
    String message = "Doen jullie mee met de voorleesweek? " + UUID.randomUUID();
    var proposed =
        Api.send(
            "POST",
            "/api/collaborations",
            "bibliothecaris",
            Json.createObjectBuilder()
                .add("from", mine)
                .add("to", KASTANJELAAN)
                .add("topic", "leesbevordering")
                .add("note", message)
                .build()
                .toString(),
            "nl");
    assertEquals(201, proposed.statusCode(), proposed.body());
    String collaboration = json(proposed).getString("id");
    assertEquals(partnerBefore + 1, unread("partner"));

    var inbox = json(Api.get("/api/inbox?kind=request&unread=true&limit=50", "partner"));
    JsonObject item =
        inbox.getJsonArray("rows").stream()
            .map(v -> v.asJsonObject())
            .filter(i -> collaboration.equals(i.getString("refId", null)))
            .findFirst()
            .orElseThrow();
    assertEquals("REQUEST", item.getString("kind"));
    assertEquals(message, item.getString("message"));
    assertTrue(item.getString("subject").contains("Basisschool De Kastanjelaan"), item.toString());
    assertEquals("/collaboration/view.xhtml?id=" + collaboration, item.getString("link"));

    var notYours =
        Api.send("POST", "/api/inbox/" + item.getString("id") + "/read", "beleid", null, "en");
    assertEquals(404, notYours.statusCode(), "one reads only one's own inbox");
    var read =
        Api.send("POST", "/api/inbox/" + item.getString("id") + "/read", "partner", null, "en");
    assertEquals(200, read.statusCode(), read.body());
    assertEquals(partnerBefore, unread("partner"));

    var accepted =
        Api.send(
            "POST", "/api/collaborations/" + collaboration + "/confirm", "partner", null, "en");
    assertEquals(200, accepted.statusCode(), accepted.body());
    assertEquals("confirmed", json(accepted).getString("status"));
    assertTrue(
        unread("bibliothecaris") > librarianBefore,
        "the librarian who speaks for the asking profile hears of it");
    var edges =
        json(Api.get("/api/socialmap?centre=" + mine + "&depth=1&status=confirmed", "beleid"))
            .getJsonArray("edges");
    assertEquals(1, edges.size(), "the confirmed relation is on the map");
  }

  @Test
  void badInboxRequestsAreClearRefusals() {
    assertEquals(400, Api.get("/api/inbox?kind=alles", "partner").statusCode());
    assertEquals(
        404, Api.send("POST", "/api/inbox/bestaat-niet/read", "partner", null, "en").statusCode());
    assertEquals(401, Api.send("GET", "/api/inbox/unread", null, null, "en").statusCode());
  }
}
