package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main journeys through the screens in a real (headless) browser: logging in, the global
 * search, creating a partner, a version conflict while editing, and the language switch. Each test
 * has its own browser, its own login and its own data.
 */
class BrowserFlowIT {

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = Browser.start();
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void wrongPasswordIsRefusedThenTheRightOneLogsIn() {
    LoginPage login = LoginPage.open(browser);

    login.logInExpectingRefusal(DemoAccount.BELEID.username(), "not-the-password");

    assertTrue(login.isShown(), "still on the login page: " + browser.driver().getCurrentUrl());
    assertEquals("Gebruikersnaam of wachtwoord klopt niet.", login.messages());
    assertFalse(login.header().isLoggedIn(), "nobody is logged in after a refusal");

    HomePage home = login.logIn(DemoAccount.BELEID.username(), DemoAccount.PASSWORD);
    home.header().ensureDutch();

    assertTrue(home.isShown(), "on the home page: " + browser.driver().getCurrentUrl());
    assertEquals("Welkom bij Knooppunt", home.heading());
    assertEquals(646, home.municipalityCount(), "municipalities on the home page");
    assertTrue(home.header().isLoggedIn(), "the logout link is shown");

    LoginPage after = home.header().logout();
    assertTrue(after.isShown(), "back on the login page after logging out");
    browser.open("/organisation/list.xhtml");
    assertEquals("/login.xhtml", browser.path(), "a page needs a new login after logging out");
  }

  @Test
  void globalSearchLeadsToTheProfile() {
    HomePage home = LoginPage.logInAs(browser, DemoAccount.BELEID);

    Header header = home.header().search("Vaart");
    assertTrue(
        header.suggestionNames().contains(DemoAccount.DE_VAART_NAME),
        "suggestions for 'Vaart': " + header.suggestions());
    header.choose(DemoAccount.DE_VAART_NAME);

    OrganisationViewPage profile = new OrganisationViewPage(browser);
    assertTrue(profile.isShown(), "on a profile: " + browser.driver().getCurrentUrl());
    assertEquals(DemoAccount.DE_VAART_ID, profile.id());
    assertEquals(DemoAccount.DE_VAART_NAME, profile.name());
  }

  @Test
  void globalSearchByKeyboardLeadsToTheMunicipality() {
    HomePage home = LoginPage.logInAs(browser, DemoAccount.BELEID);

    Header header = home.header().search("Utrecht");
    assertTrue(
        header.suggestionNames().contains("Utrecht"),
        "suggestions for 'Utrecht': " + header.suggestions());
    header.chooseWithKeyboard("Utrecht");

    assertEquals("/municipality/list.xhtml", browser.path());
    assertEquals("GM0344", browser.queryParameter("q"));
    assertEquals("Gemeenten", browser.heading());
  }

  @Test
  void librarianCreatesAPartner() {
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    String name = "Browsertest Buurtwerk " + System.nanoTime();

    OrganisationListPage list = OrganisationListPage.open(browser);
    assertTrue(list.mayCreatePartner(), "a librarian sees 'Nieuwe partner'");
    OrganisationEditPage edit =
        list.newPartner()
            .name(name)
            .description("Aangemaakt door een browsertest.")
            .sector("welzijn")
            .chooseMunicipality("Utrec", "Utrecht (GM0344)")
            .street("Oudegracht 1")
            .postcode("3511 AB")
            .place("Utrecht")
            .save();

    OrganisationViewPage profile = edit.savedProfile();
    assertEquals(name, profile.name());
    assertTrue(
        profile.messages().contains("Het profiel is opgeslagen."),
        "saved message: " + profile.messages());
    assertEquals("Aangemaakt door een browsertest.", profile.description());
    assertTrue(profile.profileText().contains("GM0344"), profile.profileText());

    OrganisationListPage found = OrganisationListPage.open(browser).filterByName(name);
    assertEquals(List.of(name), found.names(), "the list finds the new partner");
  }

  @Test
  void aDuplicateNameInTheSameMunicipalityIsRefusedWithALinkToTheExistingOne() {
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    OrganisationEditPage edit =
        OrganisationEditPage.openNewPartner(browser)
            .name("stichting welzijn oost (demo)")
            .sector("welzijn")
            .chooseMunicipality("Utrec", "Utrecht (GM0344)")
            .save();
    assertFalse(edit.saved());
    assertTrue(edit.messages().contains("er is al een organisatie"), edit.messages());
    String link = edit.duplicateLink();
    assertTrue(
        link != null && link.contains("id=00000000-0000-4000-8000-000000000201"), "link: " + link);
  }

  @Test
  void markupAsNameIsRefusedAndNothingIsSaved() {
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    String name = "<script>alert(1)</script>";

    OrganisationEditPage edit =
        OrganisationEditPage.openNewPartner(browser)
            .name(name)
            .description("Mag niet worden opgeslagen " + System.nanoTime())
            .sector("welzijn")
            .municipalityCode("GM0344")
            .save();

    assertTrue(edit.isShown(), "still on the form: " + browser.driver().getCurrentUrl());
    assertFalse(edit.saved());
    assertFalse(
        edit.messages().isBlank() && edit.fieldMessage("name").isBlank(),
        "an error message is shown (at the top or next to the name)");
    assertEquals(name, edit.nameValue(), "the input stays in the form");

    List<String> stored = new Api(DemoAccount.BEHEERDER).namesContaining("alert(1)");
    assertTrue(stored.stream().noneMatch(n -> n.contains("<script>")), "stored: " + stored);
    OrganisationListPage list = OrganisationListPage.open(browser).filterByName("alert(1)");
    assertTrue(list.isEmpty(), "the list finds nothing: " + list.names());
  }

  @Test
  void editConflictKeepsTheInputAndSavesOnSecondTry() {
    String marker = Long.toString(System.nanoTime());
    Api admin = new Api(DemoAccount.BEHEERDER);
    String id =
        admin.create(
            Api.partnerForm("Browsertest Conflict " + marker, "Oorspronkelijk " + marker).build());

    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    OrganisationEditPage edit = OrganisationEditPage.openEdit(browser, id);
    assertTrue(edit.isShown(), "the librarian may edit this partner");
    String mine = "Uit de browser " + marker;
    edit.description(mine);

    // Meanwhile someone else saves the same profile.
    JsonObject stored = admin.organisation(id);
    String theirs = "Via de API " + marker;
    admin.update(id, Api.formOf(stored).add("description", theirs).build());

    edit.save();
    assertFalse(edit.saved(), "the first save is refused");
    assertTrue(edit.showsConflict(), "the conflict panel is shown");
    assertTrue(edit.messages().startsWith("Iemand anders"), "conflict message: " + edit.messages());
    assertTrue(
        edit.conflictRows().stream().anyMatch(r -> r.contains(theirs) && r.contains(mine)),
        "the differences show both descriptions: " + edit.conflictRows());
    assertEquals(mine, edit.descriptionValue(), "the typed description is still in the field");

    OrganisationViewPage profile = edit.save().savedProfile();
    assertEquals(mine, profile.description());
    assertEquals(mine, admin.organisation(id).getString("description"));
  }

  @Test
  void languageSwitchesToEnglishAndBack() {
    LoginPage.logInAs(browser, DemoAccount.PARTNER);
    OrganisationListPage list = OrganisationListPage.open(browser);
    assertEquals("Bibliotheken en partners", list.heading());
    try {
      list.header().switchToEnglish();
      assertTrue(browser.path().endsWith(OrganisationListPage.PATH), "same page after switching");
      assertEquals("en", browser.language());
      assertEquals("Libraries and partners", list.heading());
      assertEquals(
          List.of(
              "Organisations",
              "Municipalities",
              "Communities",
              "Language networks",
              "Social map",
              "Saved maps",
              "Find partners",
              "About Knooppunt"),
          list.header().menu());

      // Remembered: other pages are English too.
      HomePage home = HomePage.open(browser);
      assertEquals("Welcome to Knooppunt", home.heading());

      home.header().switchToDutch();
      assertEquals("nl", browser.language());
      assertEquals("Welkom bij Knooppunt", home.heading());
      assertEquals(
          List.of(
              "Organisaties",
              "Gemeenten",
              "Communities",
              "Taalnetwerken",
              "Sociale kaart",
              "Opgeslagen kaarten",
              "Partners zoeken",
              "Over Knooppunt"),
          home.header().menu());
    } finally {
      // The language is stored on the account: never leave it English for other tests.
      new Header(browser).ensureDutch();
    }
  }

  @Test
  void theSocialMapShowsTheNetworkAndItsTableTwinInSync() {
    LoginPage.logInAs(browser, DemoAccount.BELEID);
    browser.open(OrganisationViewPage.PATH + "?id=" + DemoAccount.DE_VAART_ID);
    browser.clickAndWaitForPage(
        browser.driver().findElement(org.openqa.selenium.By.id("socialmap")));
    assertEquals("/socialmap/view.xhtml", browser.path());
    browser.waitUntil(
        d -> !d.findElements(org.openqa.selenium.By.cssSelector("#network canvas")).isEmpty());
    var rows =
        browser
            .driver()
            .findElements(org.openqa.selenium.By.cssSelector("[id='twin:nodes_data'] tr[data-ri]"));
    assertTrue(rows.size() > 10, "the table twin lists the map's nodes: " + rows.size());
    Object drawn =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return window.knooppuntSocialMap.cy.nodes().length;");
    assertEquals(
        (long) rows.size(), ((Number) drawn).longValue(), "network and table show the same nodes");

    var row = rows.get(3);
    String id =
        row.findElement(org.openqa.selenium.By.cssSelector("button.kp-show"))
            .getDomAttribute("data-select");
    row.findElement(org.openqa.selenium.By.cssSelector("button.kp-show")).click();
    browser.waitUntil(d ->
        row.getDomAttribute("class") != null
            && row.getDomAttribute("class").contains("kp-selected"));
    Object selected =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return window.knooppuntSocialMap.cy.$('node.selected').id();");
    assertEquals(id, selected, "the row's node is selected in the network");
    assertFalse(
        browser.driver().findElement(org.openqa.selenium.By.id("selection")).getText().isBlank());
  }

  @Test
  void theGeographicMapShowsTheSameNodesAndSharesTheSelection() {
    LoginPage.logInAs(browser, DemoAccount.BELEID);
    browser.open("/socialmap/view.xhtml?centre=" + DemoAccount.DE_VAART_ID + "&depth=1");
    var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
    browser.waitUntil(d ->
        Boolean.TRUE.equals(
            js.executeScript(
                "return !!window.knooppuntGeoMap && window.knooppuntGeoMap.boundaries() !== null;")));
    var rows =
        browser
            .driver()
            .findElements(org.openqa.selenium.By.cssSelector("[id='twin:nodes_data'] tr[data-ri]"));
    Object placed =
        js.executeScript(
            "var g = window.knooppuntGeoMap;"
                + " return Object.keys(g.markers).length + g.withoutLocation;");
    assertEquals(
        (long) rows.size(),
        ((Number) placed).longValue(),
        "every node is a marker or counted as without a location");
    assertTrue(
        browser
            .driver()
            .findElement(org.openqa.selenium.By.cssSelector("#geomap .leaflet-control-attribution"))
            .getText()
            .contains("CBS/PDOK (CC BY 4.0); Statbel"));

    String id = (String) js.executeScript("return Object.keys(window.knooppuntGeoMap.markers)[0];");
    js.executeScript("window.knooppuntSocialMap.select(arguments[0]);", id);
    assertEquals(
        id,
        js.executeScript("return window.knooppuntGeoMap.selected();"),
        "a node selected in the network is selected on the map");

    browser.driver().findElement(org.openqa.selenium.By.id("geo-need")).click();
    assertTrue(browser.isDisplayed(org.openqa.selenium.By.id("geo-legend")));
  }
}
