package it.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The HSDS read API on the demo data: paging, modified_after, 400s and 401. */
class HsdsApiIT {

  static final String DE_VAART = "00000000-0000-4000-8000-000000000101";

  static JsonObject json(HttpResponse<String> r) {
    return Json.createReader(new StringReader(r.body())).readObject();
  }

  @Test
  void unauthenticatedIs401() {
    assertEquals(401, Api.get("/api/hsds/organizations", null).statusCode());
    assertEquals(401, Api.get("/api/hsds/export.zip", null).statusCode());
  }

  @Test
  void organizationsArePagedLikeTheHsdsApi() {
    HttpResponse<String> r1 = Api.get("/api/hsds/organizations?page=1&per_page=5", "partner");
    assertEquals(200, r1.statusCode(), r1.body());
    JsonObject p1 = json(r1);
    int total = p1.getInt("total_items");
    assertTrue(total > 10, r1.body());
    assertEquals((total + 4) / 5, p1.getInt("total_pages"));
    assertEquals(1, p1.getInt("page_number"));
    assertEquals(5, p1.getInt("size"));
    assertTrue(p1.getBoolean("first_page"));
    assertFalse(p1.getBoolean("last_page"));
    assertFalse(p1.getBoolean("empty"));
    JsonObject p2 = json(Api.get("/api/hsds/organizations?page=2&per_page=5", "partner"));
    assertEquals(2, p2.getInt("page_number"));
    Set<String> ids = new HashSet<>();
    p1.getJsonArray("contents").forEach(o -> ids.add(o.asJsonObject().getString("id")));
    p2.getJsonArray("contents").forEach(o -> ids.add(o.asJsonObject().getString("id")));
    assertEquals(10, ids.size(), "pages do not overlap");
    JsonObject last =
        json(
            Api.get(
                "/api/hsds/organizations?per_page=100&page=" + ((total + 99) / 100), "partner"));
    assertTrue(last.getBoolean("last_page"));
  }

  @Test
  void modifiedAfterFilters() {
    JsonObject future =
        json(Api.get("/api/hsds/organizations?modified_after=2999-01-01T00:00:00Z", "beleid"));
    assertEquals(0, future.getInt("total_items"));
    assertTrue(future.getBoolean("empty"));
    JsonObject past = json(Api.get("/api/hsds/organizations?modified_after=2000-01-01", "beleid"));
    assertTrue(past.getInt("total_items") > 10);
  }

  @Test
  void badParametersAre400WithTheField() {
    for (String q :
        new String[] {
          "per_page=101", "per_page=0", "page=0", "page=abc", "modified_after=gisteren"
        }) {
      HttpResponse<String> r =
          Api.send("GET", "/api/hsds/organizations?" + q, "partner", null, "nl");
      assertEquals(400, r.statusCode(), q + " " + r.body());
      assertTrue(r.body().startsWith("{"), r.body());
    }
    HttpResponse<String> r =
        Api.send("GET", "/api/hsds/services?modified_after=x", "partner", null, "en");
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("modified_after"), r.body());
  }

  @Test
  void singleObjectsListsAndExports() {
    HttpResponse<String> one = Api.get("/api/hsds/organizations/" + DE_VAART, "bibliothecaris");
    assertEquals(200, one.statusCode(), one.body());
    assertEquals(DE_VAART, json(one).getString("id"));
    assertFalse(json(one).getJsonArray("locations").isEmpty());
    assertEquals(404, Api.get("/api/hsds/organizations/nope", "partner").statusCode());
    assertEquals(404, Api.get("/api/hsds/services/nope", "partner").statusCode());
    for (String list : new String[] {"services", "locations", "taxonomy_terms"}) {
      HttpResponse<String> r = Api.get("/api/hsds/" + list, "partner");
      assertEquals(200, r.statusCode(), list + " " + r.body());
      assertTrue(json(r).containsKey("contents"), list);
    }
    assertFalse(json(Api.get("/api/hsds/locations", "partner")).getJsonArray("contents").isEmpty());
    int total = json(Api.get("/api/hsds/organizations", "partner")).getInt("total_items");
    HttpResponse<String> all = Api.get("/api/hsds/export.json", "partner");
    assertEquals(200, all.statusCode());
    assertEquals(total, json(all).getJsonArray("contents").size());
    HttpResponse<String> zip =
        Api.getAccepting("/api/hsds/export.zip", "partner", "application/zip");
    assertEquals(200, zip.statusCode());
    assertTrue(zip.body().startsWith("PK"));
  }
}
