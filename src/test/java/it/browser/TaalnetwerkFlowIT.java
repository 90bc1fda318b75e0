package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.rest.Api;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo taalnetwerk in the browser. In it Bibliotheek De Vaart alone holds the role regisseren.
 * Its librarian adds Basisschool De Kastanjelaan as a member that also directs; the page then no
 * longer warns that one organisation alone holds that role. The health page of the network shows
 * its chart and the table behind it; the policy cell of the province takes this year's snapshot,
 * which adds a row. The school is taken out of the network before and after.
 */
class TaalnetwerkFlowIT {

  static final String DEMO = "00000000-0000-4000-8000-000000000401";
  static final String KASTANJELAAN = "00000000-0000-4000-8000-000000000226";

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    withoutKastanjelaan();
    browser = Browser.start();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
    withoutKastanjelaan();
  }

  /** Puts the demo network back as it was: without the school, over the current version. */
  private static void withoutKastanjelaan() {
    var r = Api.get("/api/taalnetwerken/" + DEMO, "beheerder");
    assertEquals(200, r.statusCode(), r.body());
    JsonObject n = Json.createReader(new StringReader(r.body())).readObject();
    JsonArrayBuilder members = Json.createArrayBuilder();
    boolean present = false;
    for (JsonValue v : n.getJsonArray("members")) {
      JsonObject m = v.asJsonObject();
      if (KASTANJELAAN.equals(m.getString("organisationId"))) {
        present = true;
        continue;
      }
      var member =
          Json.createObjectBuilder()
              .add("organisationId", m.getString("organisationId"))
              .add("roles", m.getJsonArray("roles"));
      if (!m.isNull("since")) {
        member.add("since", m.getString("since"));
      }
      members.add(member);
    }
    if (!present) {
      return;
    }
    JsonArrayBuilder codes = Json.createArrayBuilder();
    n.getJsonArray("municipalities").forEach(m -> codes.add(m.asJsonObject().getString("code")));
    JsonObject taalhuis = n.getJsonObject("taalhuis");
    String body =
        Json.createObjectBuilder()
            .add("name", n.getString("name"))
            .add("description", n.getString("description"))
            .add("municipalityCodes", codes)
            .add("taalhuisBranchId", taalhuis.getString("branchId"))
            .add("taalhuisPhase", taalhuis.getString("phase"))
            .add("members", members)
            .add("version", n.getJsonNumber("version").longValue())
            .build()
            .toString();
    var put = Api.send("PUT", "/api/taalnetwerken/" + DEMO, "beheerder", body, "nl");
    assertEquals(200, put.statusCode(), put.body());
  }

  @Test
  void theLibrarianAddsAMemberWithARoleAndTheCompletenessFollows() {
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    TaalnetwerkPage page = TaalnetwerkPage.open(browser, DEMO);
    assertEquals("Taalnetwerk Utrecht-Oost (demo)", page.name());
    assertTrue(page.completeness().contains("Alle vier rollen"), page.completeness());
    assertTrue(page.soleHolders().contains("regisseren"), page.soleHolders());
    assertTrue(page.soleHolders().contains(DemoAccount.DE_VAART_NAME), page.soleHolders());
    assertFalse(page.members().contains("Kastanjelaan"));

    TaalnetwerkEditPage edit = page.edit();
    edit.addMember("Kastanje", "Basisschool De Kastanjelaan", "regisseren");
    assertTrue(edit.members().contains("Basisschool De Kastanjelaan"), edit.members());
    page = edit.save();

    assertEquals("Het taalnetwerk is opgeslagen.", page.notice());
    assertTrue(page.members().contains("Basisschool De Kastanjelaan (demo)"), page.members());
    assertFalse(
        page.soleHolders().contains("regisseren"), "two members direct now: " + page.soleHolders());
    assertTrue(page.completeness().contains("Alle vier rollen"), page.completeness());

    HealthPage health = page.health();
    assertTrue(health.chartDrawn());
    List<String> rows = health.rows();
    assertTrue(rows.size() >= 2, "the demo history: " + rows);
    assertFalse(health.maySnapshot(), "a librarian does not take snapshots");
  }

  @Test
  void thePolicyCellTakesThisYearsSnapshotOfItsProvince() {
    LoginPage.logInAs(browser, DemoAccount.BELEID);
    HealthPage health = HealthPage.openRegion(browser, "PV26");
    assertEquals("Netwerkgezondheid: Utrecht", browser.heading());
    assertTrue(health.maySnapshot());
    health.snapshot();
    assertEquals("De momentopname van dit jaar is gemaakt.", health.notice());
    List<String> rows = health.rows();
    String thisYear = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
    assertTrue(rows.getFirst().startsWith(thisYear), rows.toString());
    assertTrue(rows.size() >= 3, "this year's beside the demo history: " + rows);
    assertTrue(health.chartDrawn());
  }

  @Test
  void markupInTheNameIsRefusedOnThePageAndNothingIsSaved() {
    String name = "Browser-taalnetwerk " + System.nanoTime();
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("municipalityCodes", Json.createArrayBuilder().add("GM0344"))
            .add(
                "members",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("organisationId", DemoAccount.DE_VAART_ID)
                            .add("roles", Json.createArrayBuilder().add("regisseren"))))
            .build()
            .toString();
    var created = Api.send("POST", "/api/taalnetwerken", "bibliothecaris", body, "nl");
    assertEquals(201, created.statusCode(), created.body());
    String id = Json.createReader(new StringReader(created.body())).readObject().getString("id");

    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    TaalnetwerkEditPage edit = TaalnetwerkEditPage.open(browser, id);
    edit.name("<script>alert(1)</script>").saveRefused();
    assertTrue(browser.path().endsWith("/taalnetwerk/edit.xhtml"), browser.path());
    assertTrue(edit.messages().contains("Naam:"), edit.messages());
    var stored = Api.get("/api/taalnetwerken/" + id, "bibliothecaris");
    assertEquals(
        name, Json.createReader(new StringReader(stored.body())).readObject().getString("name"));
  }

  @Test
  void theLibrarianStartsANetworkOnThePage() {
    String name = "Nieuw netwerk " + System.nanoTime();
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    TaalnetwerkEditPage edit = TaalnetwerkEditPage.openNew(browser);
    assertTrue(
        edit.members().contains(DemoAccount.DE_VAART_NAME), "her library is the first member");
    edit.name(name).addMunicipality("Nieuweg", "Nieuwegein (GM0356)").taalhuis("oriëntatie");
    TaalnetwerkPage page = edit.name(name).save();
    assertEquals(name, page.name());
    assertTrue(
        page.completeness().contains("regisseren"), "all roles missing: " + page.completeness());
    assertTrue(
        browser
            .driver()
            .findElement(org.openqa.selenium.By.id("municipalities"))
            .getText()
            .contains("Nieuwegein"));
    assertTrue(
        browser
            .driver()
            .findElement(org.openqa.selenium.By.id("phase"))
            .getText()
            .contains("oriëntatie"));
  }
}
