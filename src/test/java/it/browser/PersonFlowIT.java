package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * People in the browser: the librarian adds a person to her library from its profile, gives and
 * withdraws a consent, removes the person again; downloads her own data (she logs in as Noor van
 * Dijkhuizen); and a partner account cannot open the edit page of someone else's person.
 */
class PersonFlowIT {

  private static final String NOOR = "00000000-0000-4000-8000-000000000301";

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
  void aLibrarianAddsEditsWithConsentsAndRemovesAPersonOfHerLibrary() {
    String name = "Browser Testpersoon " + (System.nanoTime() % 100000);
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    PersonPage page =
        PersonPage.addFrom(browser, DemoAccount.DE_VAART_ID)
            .type("name", name)
            .type("jobTitle", "Leesconsulent")
            .type("email", "test.persoon@bibliotheekdevaart.example")
            .consent("consentMaps", true)
            .save();
    assertTrue(page.showsSaved());
    assertTrue(page.details().contains("Leesconsulent"));
    assertTrue(
        page.consentText("consentMaps").contains("gegeven op"), page.consentText("consentMaps"));
    assertTrue(page.consentText("consentMaps").contains("v1"));
    assertTrue(page.consentText("consentIntroductions").contains("niet gegeven"));

    page.edit().type("jobTitle", "Mediacoach").consent("consentMaps", false).save();
    assertTrue(page.details().contains("Mediacoach"));
    assertTrue(page.consentText("consentMaps").contains("niet gegeven"));

    page.edit().remove();
    assertTrue(
        browser.isDisplayed(By.id("personDeleted")),
        browser.path() + " " + browser.driver().findElement(By.tagName("main")).getText());
    assertTrue(!browser.driver().findElement(By.id("peopleList")).getText().contains(name));
    assertTrue(
        browser
            .driver()
            .findElement(By.id("peopleList"))
            .getText()
            .contains("Noor van Dijkhuizen"));
  }

  @Test
  void aPersonDownloadsEverythingStoredAboutHer() {
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    PersonPage page = PersonPage.view(browser, NOOR);
    assertTrue(browser.isDisplayed(By.id("self")));
    String download = page.download();
    assertTrue(download.startsWith("200 attachment"), download);
    assertTrue(download.contains("\"name\":\"Noor van Dijkhuizen\""), download);
    assertTrue(download.contains("\"relationships\""), download);
  }

  @Test
  void aPartnerAccountCannotEditAnotherOrganisationsPerson() {
    LoginPage.logInAs(browser, DemoAccount.PARTNER);
    PersonPage.view(browser, NOOR);
    assertTrue(browser.driver().findElements(By.id("edit")).isEmpty());
    browser.openAllowingError(PersonPage.EDIT + "?id=" + NOOR);
    assertEquals(403, browser.httpStatus());
  }

  @Test
  void theOrganisationAsksForErasureAndAnAdminCompletesIt() {
    String name = "Wies Wisser " + (System.nanoTime() % 100000);
    var created =
        it.rest.Api.send(
            "POST",
            "/api/people",
            "bibliothecaris",
            "{\"organisationId\": \""
                + DemoAccount.DE_VAART_ID
                + "\", \"name\": \""
                + name
                + "\", \"visibility\": \"ORGANISATION\"}",
            null);
    assertEquals(201, created.statusCode(), created.body());
    String id =
        jakarta.json.Json.createReader(new java.io.StringReader(created.body()))
            .readObject()
            .getString("id");

    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    PersonPage.view(browser, id).askErasure("<b>vertrokken</b>");
    assertTrue(browser.isDisplayed(By.id("erasureRequested")));
    assertTrue(browser.driver().findElements(By.id("erasure:ask")).isEmpty(), "asked once");

    browser.forgetSession();
    LoginPage.logInAs(browser, DemoAccount.BEHEERDER);
    browser.open("/person/erasures.xhtml");
    assertTrue(
        browser
            .driver()
            .findElement(By.id("requests:table"))
            .getText()
            .contains("<b>vertrokken</b>"),
        "the reason is shown as text");
    PersonPage.completeErasureOf(browser, name);
    assertTrue(browser.driver().findElement(By.id("done")).getText().contains("verwijderd-"));
    assertEquals(404, it.rest.Api.get("/api/people/" + id, "beheerder").statusCode());
  }
}
