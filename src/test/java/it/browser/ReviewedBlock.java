package it.browser;

import org.openqa.selenium.By;

/**
 * The "last reviewed / still correct" block of a profile page ({@code
 * WEB-INF/includes/reviewed.xhtml}), and the review list on the home page.
 */
public final class ReviewedBlock {

  static final By DATE = By.id("reviewed-date");
  static final By STALE = By.id("reviewed-stale");
  static final By CONFIRM = By.id("reviewForm:confirm");
  static final By DONE = By.id("reviewed-done");
  static final By HOME_LIST = By.id("to-review-table");

  private final Browser browser;

  ReviewedBlock(Browser browser) {
    this.browser = browser;
  }

  /** The review date as shown, e.g. "21 november 2026". */
  public String date() {
    return browser.driver().findElement(DATE).getText().strip();
  }

  /** The ISO date of the review date (its time element's datetime). */
  public String isoDate() {
    return browser.driver().findElement(DATE).getAttribute("datetime");
  }

  public boolean markedStale() {
    return browser.isDisplayed(STALE);
  }

  public boolean mayConfirm() {
    return browser.isDisplayed(CONFIRM);
  }

  /** Clicks "Nog juist" and waits for the profile to come back. */
  public void confirm() {
    browser.clickAndWaitForPage(browser.driver().findElement(CONFIRM));
  }

  /** The confirmation shown after "still correct", or "" when none. */
  public String done() {
    return browser.driver().findElements(DONE).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  /** The text of the home page's "your profiles to review" table, or "" when it is not shown. */
  public String homeList() {
    return browser.driver().findElements(HOME_LIST).stream()
        .map(e -> e.getText())
        .findFirst()
        .orElse("");
  }

  /** Clicks "Nog juist" in the home page's row of the profile named {@code name}. */
  public void confirmOnHome(String name) {
    var row =
        browser
            .driver()
            .findElement(
                By.xpath(
                    "//table[@id='to-review-table']//tr[.//a[normalize-space(.)='" + name + "']]"));
    browser.clickAndWaitForPage(row.findElement(By.cssSelector("input[type=submit]")));
  }
}
