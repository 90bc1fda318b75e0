package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.rest.Api;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Saving a social map in the browser: the form sends the network's positions, the page comes back
 * with the saved notice, and opening the map again puts a moved node where it was saved.
 */
class SavedMapFlowIT {

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
  void aSavedMapComesBackWithItsLayout() {
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS);
    browser.open("/socialmap/view.xhtml?centre=" + DemoAccount.DE_VAART_ID + "&depth=1");
    var js = (JavascriptExecutor) browser.driver();
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#network canvas")).isEmpty());
    js.executeScript(
        "window.knooppuntSocialMap.cy.getElementById(arguments[0]).position({x: 4321, y: -1234});",
        DemoAccount.DE_VAART_ID);

    browser.driver().findElement(By.cssSelector("#save-map-panel summary")).click();
    browser.driver().findElement(By.id("save-map-name")).sendKeys("Kaart uit de browsertest");
    browser.driver().findElement(By.id("save-map-shared")).click();
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("save-map-submit")));
    String id = browser.queryParameter("saved");
    try {
      assertTrue(
          browser
              .driver()
              .findElement(By.id("saved-notice"))
              .getText()
              .contains("Kaart opgeslagen"));
      browser.waitUntil(d -> !d.findElements(By.cssSelector("#network canvas")).isEmpty());
      @SuppressWarnings("unchecked")
      Map<String, Object> position =
          (Map<String, Object>)
              js.executeScript(
                  "return window.knooppuntSocialMap.cy.getElementById(arguments[0]).position();",
                  DemoAccount.DE_VAART_ID);
      assertEquals(4321, ((Number) position.get("x")).doubleValue(), 0.01);
      assertEquals(-1234, ((Number) position.get("y")).doubleValue(), 0.01);

      browser.open("/socialmap/saved.xhtml");
      assertTrue(
          browser
              .driver()
              .findElement(By.id("maps:table"))
              .getText()
              .contains("Kaart uit de browsertest"));
    } finally {
      Api.send("DELETE", "/api/savedmaps/" + id, "bibliothecaris", null, null);
    }
  }
}
