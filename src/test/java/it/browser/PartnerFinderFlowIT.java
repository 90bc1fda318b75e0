package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The partner finder in a browser: a need chosen, ranked suggestions with reasons, a proposal. */
class PartnerFinderFlowIT {

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
  void aLibrarianFindsExplainedSuggestionsAndProposesACollaboration() {
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS).header().ensureDutch();
    browser.open("/partner/finder.xhtml");
    browser
        .driver()
        .findElement(
            By.cssSelector("input[name='need:targetGroups'][value='nieuwkomers-anderstaligen']"))
        .click();
    browser
        .driver()
        .findElement(By.cssSelector("input[name='need:topics'][value='taalvaardigheid']"))
        .click();
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("need:find")));
    assertEquals(
        DemoAccount.DE_VAART_ID, browser.queryParameter("for"), "the search is in the URL");
    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("[id='results_data'] tr[data-ri]"));
    assertFalse(rows.isEmpty(), "suggestions");
    String reasons = rows.getFirst().findElement(By.cssSelector(".kp-reasons")).getText();
    assertTrue(
        reasons.contains("bereikt") || reasons.contains("werkt aan"),
        "the reasons say how it fits the need: " + reasons);

    String firstName = rows.getFirst().findElement(By.cssSelector("a")).getText();
    String finder = browser.driver().getCurrentUrl();
    browser.clickAndWaitForPage(
        rows.getFirst().findElement(By.linkText("Wie kan mij introduceren?")));
    assertEquals("/partner/introduce.xhtml", browser.path());
    List<WebElement> steps = browser.driver().findElements(By.cssSelector("#path li"));
    assertTrue(steps.size() >= 2, "a chain from us to them");
    assertTrue(
        steps.getFirst().getText().startsWith(DemoAccount.DE_VAART_NAME),
        steps.getFirst().getText());
    assertTrue(steps.getLast().getText().startsWith(firstName), steps.getLast().getText());
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("path-network")).getAttribute("data-ready") != null);
    assertEquals(
        String.valueOf(steps.size()),
        browser.driver().findElement(By.id("path-network")).getAttribute("data-ready"),
        "the small network draws the same steps as the list");
    browser.open(finder.substring(finder.indexOf("/partner/")));
    rows = browser.driver().findElements(By.cssSelector("[id='results_data'] tr[data-ri]"));

    WebElement propose = rows.getFirst().findElement(By.linkText("Samenwerking voorstellen"));
    browser.clickAndWaitForPage(propose);
    assertEquals("/collaboration/new.xhtml", browser.path());
    assertEquals(DemoAccount.DE_VAART_ID, browser.queryParameter("from"));
    assertTrue(browser.driver().findElement(By.id("toName")).getText().length() > 0);
  }

  @Test
  void withoutANeedTheFinderSaysWhatIsMissing() {
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS).header().ensureDutch();
    browser.open("/partner/finder.xhtml?for=" + DemoAccount.DE_VAART_ID + "&radiusKm=5");
    assertTrue(browser.driver().findElements(By.id("results")).isEmpty());
    browser.open(
        "/partner/finder.xhtml?for=" + DemoAccount.DE_VAART_ID + "&topics=%27%29%20DETACH");
    assertTrue(
        browser.driver().findElement(By.cssSelector(".ui-messages")).getText().contains("Behoefte"),
        browser.driver().findElement(By.cssSelector(".ui-messages")).getText());
  }

  /** De Vaart → Heuvelrand → Taalmaatjes: Heuvelrand is asked, and its librarian gets it. */
  @Test
  void askingForAnIntroductionSendsItToTheOneInBetween() {
    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS).header().ensureDutch();
    browser.open(
        "/partner/introduce.xhtml?for="
            + DemoAccount.DE_VAART_ID
            + "&to=00000000-0000-4000-8000-000000000222");
    browser
        .await()
        .until(d -> d.findElement(By.id("path-network")).getAttribute("data-ready") != null);
    assertEquals(
        "3", browser.driver().findElement(By.id("path-network")).getAttribute("data-ready"));
    browser.driver().findElement(By.id("askForm:message")).sendKeys("<b>vet</b>");
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("askForm:send")));
    assertTrue(
        browser.driver().findElement(By.cssSelector(".ui-messages")).getText().contains("Bericht"),
        "markup is refused with a message naming the field");
    var message = browser.driver().findElement(By.id("askForm:message"));
    message.clear();
    message.sendKeys("Kun je ons voorstellen aan Taalmaatjes?");
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("askForm:send")));
    String asked = browser.driver().findElement(By.id("asked")).getText();
    assertTrue(asked.contains("Bibliotheek Heuvelrand") && asked.contains("gestuurd"), asked);
  }
}
