package it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The coverage page in a browser: the policy cell of Utrecht picks taalvaardigheid for
 * laaggeletterden; the map colours every municipality of the province in the same class as its row
 * in the table twin; the CSV download has the same municipalities in the same order; the print view
 * names date, scope, rule and sources; the what-if for De Vaart says how coverage changes.
 */
class CoverageFlowIT {

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
  void thePolicyCellSeesGapsOnTheMapAndInTheTableAndTakesThemAlong() throws Exception {
    LoginPage.logInAs(browser, DemoAccount.BELEID).header().ensureDutch();
    browser.clickAndWaitForPage(browser.driver().findElement(By.linkText("Dekking")));
    assertEquals("/coverage/view.xhtml", browser.path());
    new Select(browser.driver().findElement(By.id("question:region"))).selectByValue("PV26");
    new Select(browser.driver().findElement(By.id("question:topic")))
        .selectByValue("taalvaardigheid");
    new Select(browser.driver().findElement(By.id("question:targetGroup")))
        .selectByValue("laaggeletterden");
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("question:show")));
    assertEquals("PV26", browser.queryParameter("region"), "the question is in the URL");
    assertEquals("taalvaardigheid", browser.queryParameter("topic"));

    browser
        .await()
        .until(d -> d.findElement(By.id("coveragemap")).getAttribute("data-ready") != null);
    assertEquals(
        "true", browser.driver().findElement(By.id("coveragemap")).getAttribute("data-ready"));
    Map<String, String> onMap = new HashMap<>();
    for (WebElement area :
        browser.driver().findElements(By.cssSelector("#coveragemap path[data-code]"))) {
      onMap.put(area.getAttribute("data-code"), area.getAttribute("data-bin"));
    }
    assertEquals(26, onMap.size(), "every municipality of the province is drawn");

    Map<String, String> inTable = new HashMap<>();
    List<String> order = new java.util.ArrayList<>();
    while (true) {
      String firstOfPage = firstCode();
      for (WebElement row :
          browser.driver().findElements(By.cssSelector("[id='twin:rows_data'] tr"))) {
        String code = row.findElement(By.cssSelector(".kp-code")).getAttribute("data-code");
        inTable.put(code, row.findElement(By.cssSelector(".kp-bin")).getAttribute("data-bin"));
        order.add(code);
      }
      List<WebElement> next =
          browser
              .driver()
              .findElements(
                  By.cssSelector("[id='twin:rows'] .ui-paginator-next:not(.ui-state-disabled)"));
      if (next.isEmpty()) {
        break;
      }
      next.getFirst().click();
      browser.await().until(d -> !firstOfPage.equals(firstCode()));
    }
    assertEquals(onMap, inTable, "map and table agree, municipality by municipality");
    assertTrue(inTable.containsValue("gap"), "the province has gaps");
    assertFalse("gap".equals(inTable.get("GM0355")), "Zeist has the complete taalnetwerk");
    assertEquals("gap", inTable.get(order.getFirst()), "gaps first");

    String csvHref = browser.driver().findElement(By.id("csv")).getAttribute("href");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(download(csvHref)))
            .getRecords();
    assertEquals(
        order, records.stream().map(r -> r.get(1)).toList(), "the CSV in the table's order");

    browser.clickAndWaitForPage(browser.driver().findElement(By.id("print")));
    assertEquals("/coverage/print.xhtml", browser.path());
    assertFalse(browser.driver().findElement(By.id("print-date")).getText().isBlank());
    assertEquals("Utrecht", browser.driver().findElement(By.id("print-scope")).getText());
    assertTrue(
        browser
            .driver()
            .findElement(By.id("print-rule"))
            .getText()
            .contains("alle vier de rollen"));
    assertTrue(
        browser.driver().findElement(By.id("print-sources")).getText().contains("Schatting"));
    assertEquals(26, browser.driver().findElements(By.cssSelector("#print-rows tbody tr")).size());

    browser.driver().navigate().back();
    browser.waitUntilReady();
    browser
        .driver()
        .findElement(
            By.cssSelector(
                "input[name='whatif:libraries'][value='" + DemoAccount.DE_VAART_ID + "']"))
        .click();
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("whatif:try")));
    String summary = browser.driver().findElement(By.id("whatif-summary")).getText();
    assertTrue(
        summary.matches("De dekking gaat van \\d+% naar \\d+% .*\\(\\d+ → \\d+ gemeenten\\)\\."),
        summary);
  }

  /** The municipality code of the table's first row on the page shown, or "" while it changes. */
  private String firstCode() {
    try {
      return browser
          .driver()
          .findElement(By.cssSelector("[id='twin:rows_data'] tr .kp-code"))
          .getAttribute("data-code");
    } catch (org.openqa.selenium.StaleElementReferenceException
        | org.openqa.selenium.NoSuchElementException e) {
      return "";
    }
  }

  /** Downloads a file with the browser's session cookie. */
  private String download(String href) throws IOException, InterruptedException {
    StringBuilder cookies = new StringBuilder();
    for (Cookie c : browser.driver().manage().getCookies()) {
      cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
    }
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .timeout(Duration.ofSeconds(60))
                    .header("Cookie", cookies.toString())
                    .header("Accept", "text/csv")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }
}
