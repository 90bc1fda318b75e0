package it.browser;

import java.util.List;
import org.openqa.selenium.By;

/** {@code /networkhealth/view.xhtml}: the health of a region or taalnetwerk, chart and table. */
public final class HealthPage {

  public static final String PATH = "/networkhealth/view.xhtml";

  private final Browser browser;

  HealthPage(Browser browser) {
    this.browser = browser;
  }

  public static HealthPage openRegion(Browser browser, String region) {
    browser.open(PATH + "?region=" + region);
    return new HealthPage(browser);
  }

  /** Whether the chart has been drawn (its canvas is there and has a size). */
  public boolean chartDrawn() {
    return browser.waitUntil(d ->
        d.findElements(By.cssSelector("#chart canvas")).stream()
            .anyMatch(c -> c.isDisplayed() && c.getSize().getWidth() > 0));
  }

  /** The table's rows: year first, then the numbers, as shown. */
  public List<String> rows() {
    return browser.driver().findElements(By.cssSelector("#snapshots tbody tr")).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  public boolean maySnapshot() {
    return !browser.driver().findElements(By.id("take:snapshot")).isEmpty();
  }

  public HealthPage snapshot() {
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("take:snapshot")));
    return this;
  }

  public String notice() {
    return browser.driver().findElements(By.id("done")).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }
}
