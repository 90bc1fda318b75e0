package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The social map journey in a real browser: a branch's map, a topic filter that changes the table
 * twin, a selection shared by network and table, the node card expanding neighbours, adding a
 * collaboration and confirming it as the other side, and the exports parsed back.
 */
class SocialMapFlowIT {

  /** The central branch of Bibliotheek De Vaart (its Taalhuis). */
  static final String DE_VAART_CENTRUM = "00000000-0000-4000-8000-000000000111";

  /** Bibliotheek Heuvelrand, a partner of De Vaart with partners of its own. */
  static final String HEUVELRAND = "00000000-0000-4000-8000-000000000102";

  /** The demo partner account's organisation. */
  static final String KASTANJELAAN = "00000000-0000-4000-8000-000000000226";

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

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  private List<WebElement> rows() {
    return browser.driver().findElements(By.cssSelector("[id='twin:nodes_data'] tr[data-ri]"));
  }

  private void waitForNetwork() {
    browser.waitUntil(d -> !d.findElements(By.cssSelector("#network canvas")).isEmpty());
    browser.waitUntil(d -> js("return !!window.knooppuntSocialMap;").equals(Boolean.TRUE));
  }

  @Test
  void aBranchMapIsFilteredSelectedAndExpanded() {
    LoginPage.logInAs(browser, DemoAccount.BELEID).header().ensureDutch();
    browser.open("/socialmap/view.xhtml?centre=" + DE_VAART_CENTRUM + "&depth=2");
    waitForNetwork();
    int before = rows().size();
    assertTrue(before > 5, "the branch's neighbourhood: " + before);
    assertEquals(
        DE_VAART_CENTRUM,
        rows()
            .getFirst()
            .findElement(org.openqa.selenium.By.cssSelector("button.kp-show"))
            .getDomAttribute("data-select"),
        "centre first");

    new Select(browser.driver().findElement(By.id("filters:topic")))
        .selectByValue("taalvaardigheid");
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("filters:apply")));
    assertEquals("taalvaardigheid", browser.queryParameter("topic"), "the filter is in the URL");
    waitForNetwork();
    int after = rows().size();
    assertTrue(after < before, "the table twin shrank: " + before + " → " + after);
    assertEquals(
        (long) after,
        ((Number) js("return window.knooppuntSocialMap.cy.nodes().length;")).longValue(),
        "network and table show the same nodes");

    WebElement row = rows().get(1);
    String id =
        row.findElement(org.openqa.selenium.By.cssSelector("button.kp-show"))
            .getDomAttribute("data-select");
    row.findElement(By.cssSelector("button.kp-show")).sendKeys(Keys.ENTER);
    browser.waitUntil(d -> String.valueOf(row.getDomAttribute("class")).contains("kp-selected"));
    assertEquals(id, js("return window.knooppuntSocialMap.cy.$('node.selected').id();"));
    WebElement card = browser.driver().findElement(By.id("card"));
    assertTrue(card.isDisplayed(), "the node's card opens");

    // Expanding a node from its card adds its neighbours to the network and the table twin.
    browser.open("/socialmap/view.xhtml?centre=" + DemoAccount.DE_VAART_ID + "&depth=1");
    waitForNetwork();
    int nodesBefore = rows().size();
    WebElement heuvelrand =
        browser.driver().findElement(By.cssSelector("button[data-select='" + HEUVELRAND + "']"));
    heuvelrand.click();
    browser.driver().findElement(By.cssSelector("#card .kp-card-expand")).click();
    browser.waitUntil(d ->
        d.findElement(By.cssSelector("#card .kp-card-status")).getText().contains("toegevoegd"));
    int nodesAfter =
        ((Number) js("return window.knooppuntSocialMap.cy.nodes().length;")).intValue();
    assertTrue(nodesAfter > nodesBefore, nodesBefore + " → " + nodesAfter);
    assertEquals(
        nodesAfter - nodesBefore + " knopen toegevoegd.",
        browser.driver().findElement(By.cssSelector("#card .kp-card-status")).getText());
    assertEquals(nodesAfter, rows().size(), "added nodes are in the table twin too");
  }

  @Test
  void exportsParseBackToTheMapOnThePage() throws Exception {
    LoginPage.logInAs(browser, DemoAccount.BELEID);
    browser.open("/socialmap/view.xhtml?centre=" + DemoAccount.DE_VAART_ID + "&depth=1");
    waitForNetwork();
    int nodes = rows().size();
    int edges =
        browser.driver().findElements(By.cssSelector("[id='twin:edges_data'] tr[data-ri]")).size();
    String csv = fetch("export-nodes");
    var records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertEquals(nodes, records.size());
    assertEquals(DemoAccount.DE_VAART_ID, records.getFirst().get("id"));
    String edgesCsv = fetch("export-edges");
    assertEquals(
        edges,
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(edgesCsv))
            .getRecords()
            .size());
    String graphml = fetch("export-graphml");
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var doc =
        factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(graphml)));
    assertEquals(nodes, doc.getElementsByTagName("node").getLength());
    assertEquals(edges, doc.getElementsByTagName("edge").getLength());
    String png = (String) js("return window.knooppuntSocialMap.cy.png({full: true});");
    assertTrue(png.startsWith("data:image/png;base64,"), "the network as PNG");
  }

  /** Fetches an export link's file with the browser's own session. */
  private String fetch(String linkId) {
    String href = browser.driver().findElement(By.id(linkId)).getDomAttribute("href");
    Object text =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'})"
                    + ".then(r => r.ok ? r.text() : 'HTTP ' + r.status).then(done);",
                href);
    assertFalse(String.valueOf(text).startsWith("HTTP "), href + ": " + text);
    return (String) text;
  }

  @Test
  void aLibrarianAddsACollaborationAndThePartnerConfirmsIt() {
    // Start clean: end any open collaboration between the two from an earlier run.
    var api = new Api(DemoAccount.BEHEERDER);
    for (var c : api.collaborations(KASTANJELAAN)) {
      if (c.get("toId").equals(DemoAccount.DE_VAART_ID)
          || c.get("fromId").equals(DemoAccount.DE_VAART_ID)) {
        if (!"ended".equals(c.get("status"))) {
          api.endCollaboration(c.get("id"));
        }
      }
    }

    LoginPage.logInAs(browser, DemoAccount.BIBLIOTHECARIS).header().ensureDutch();
    browser.open("/socialmap/view.xhtml?centre=" + DemoAccount.DE_VAART_ID + "&depth=1");
    browser.clickAndWaitForPage(
        browser.driver().findElement(By.cssSelector("a[id$='addCollaboration']")));
    assertEquals("/collaboration/new.xhtml", browser.path());
    WebElement to = browser.driver().findElement(By.id("choose:to_input"));
    to.sendKeys("Kastanjelaan");
    browser.waitUntil(d -> !d.findElements(By.cssSelector(".ui-autocomplete-item")).isEmpty());
    browser.clickAndWaitForPage(
        browser.driver().findElement(By.cssSelector(".ui-autocomplete-item")));
    assertEquals(KASTANJELAAN, browser.queryParameter("to"));
    assertEquals(
        DemoAccount.DE_VAART_NAME,
        new Select(browser.driver().findElement(By.id("propose:from")))
            .getFirstSelectedOption()
            .getText());
    new Select(browser.driver().findElement(By.id("propose:topic")))
        .selectByValue("leesbevordering");
    browser.driver().findElement(By.id("propose:since")).sendKeys("2026-11-20");
    browser.driver().findElement(By.id("propose:note")).sendKeys("Voorlezen <b>samen</b>");
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("propose:save")));
    assertEquals("/collaboration/new.xhtml", browser.path(), "markup is refused");
    assertTrue(
        browser
            .driver()
            .findElement(By.cssSelector(".ui-messages"))
            .getText()
            .contains("Toelichting"),
        "with a message that names the field");
    browser.driver().findElement(By.id("propose:note")).clear();
    browser.driver().findElement(By.id("propose:note")).sendKeys("Voorlezen samen (MATCH (n))");
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("propose:save")));
    assertEquals("/collaboration/view.xhtml", browser.path());
    assertEquals("voorgesteld", browser.driver().findElement(By.id("status")).getText());
    assertEquals(
        "Voorlezen samen (MATCH (n))",
        browser
            .driver()
            .findElement(By.xpath("//dt[text()='Toelichting']/following-sibling::dd[1]"))
            .getText(),
        "query text is kept as text");
    String url = browser.driver().getCurrentUrl();
    assertTrue(
        browser.driver().findElements(By.id("actions:confirm")).isEmpty(),
        "the proposing side cannot confirm");

    // The map shows it as proposed, with a link to the relation.
    browser.open("/socialmap/view.xhtml?centre=" + KASTANJELAAN + "&depth=1");
    assertTrue(
        browser.driver().findElement(By.id("twin:edges")).getText().contains("voorgesteld"),
        "proposed on the map");

    browser.forgetSession();
    LoginPage.logInAs(browser, DemoAccount.PARTNER).header().ensureDutch();
    browser.driver().get(url);
    browser.waitUntilReady();
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("actions:confirm")));
    assertEquals("bevestigd", browser.driver().findElement(By.id("status")).getText());
    assertTrue(
        browser.driver().findElement(By.id("history")).getText().contains("Bevestigd door partner"),
        browser.driver().findElement(By.id("history")).getText());

    browser.open("/socialmap/view.xhtml?centre=" + KASTANJELAAN + "&depth=1&status=confirmed");
    String edgesText = browser.driver().findElement(By.id("twin:edges")).getText();
    assertTrue(
        edgesText.contains(DemoAccount.DE_VAART_NAME) && edgesText.contains("bevestigd"),
        edgesText);
  }
}
