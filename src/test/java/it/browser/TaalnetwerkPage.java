package it.browser;

import org.openqa.selenium.By;

/** {@code /taalnetwerk/view.xhtml}: a taalnetwerk with its members and completeness. */
public final class TaalnetwerkPage {

  public static final String PATH = "/taalnetwerk/view.xhtml";

  private final Browser browser;

  TaalnetwerkPage(Browser browser) {
    this.browser = browser;
  }

  public static TaalnetwerkPage open(Browser browser, String id) {
    browser.open(PATH + "?id=" + id);
    return new TaalnetwerkPage(browser);
  }

  private String text(By by) {
    return browser.driver().findElements(by).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  public String name() {
    return browser.heading();
  }

  /** The roles held by one member alone, with who holds them; empty when there are none. */
  public String soleHolders() {
    return text(By.id("sole"));
  }

  public String completeness() {
    return text(By.id("completeness"));
  }

  public String members() {
    return text(By.id("memberTable"));
  }

  public String notice() {
    return text(By.id("done"));
  }

  public TaalnetwerkEditPage edit() {
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("edit")));
    return new TaalnetwerkEditPage(browser);
  }

  public HealthPage health() {
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("health")));
    return new HealthPage(browser);
  }
}
