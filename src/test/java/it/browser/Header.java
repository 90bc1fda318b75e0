package it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The header on every page: main menu, global search, language switch and logout. */
public final class Header {

  static final By SEARCH_INPUT = By.id("search:q_input");
  static final By SEARCH_PANEL = By.id("search:q_panel");
  static final By SEARCH_ITEMS = By.cssSelector("[id='search:q_panel'] .ui-autocomplete-item");
  static final By TO_ENGLISH = By.id("lang:en");
  static final By TO_DUTCH = By.id("lang:nl");
  static final By LOGOUT = By.id("user:logout");
  static final By MENU_LINKS = By.cssSelector("header nav.kp-nav a");

  private final Browser browser;

  public Header(Browser browser) {
    this.browser = browser;
  }

  /** The texts of the main menu links. */
  public List<String> menu() {
    return browser.driver().findElements(MENU_LINKS).stream()
        .map(e -> e.getText().strip())
        .toList();
  }

  /** Types {@code text} into the global search and waits for the suggestions. */
  public Header search(String text) {
    WebElement input = browser.waitUntil(ExpectedConditions.elementToBeClickable(SEARCH_INPUT));
    input.clear();
    input.sendKeys(text);
    browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(SEARCH_PANEL));
    browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(SEARCH_ITEMS));
    return this;
  }

  /** The texts of the suggestions shown. */
  public List<String> suggestions() {
    return browser.driver().findElements(SEARCH_ITEMS).stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.getText().strip())
        .toList();
  }

  /** Clicks the first suggestion whose text starts with {@code label} and waits for its page. */
  public void choose(String label) {
    WebElement item =
        browser.waitUntil(d ->
            d.findElements(SEARCH_ITEMS).stream()
                .filter(WebElement::isDisplayed)
                .filter(e -> e.getText().strip().startsWith(label))
                .findFirst()
                .orElse(null));
    String before = browser.driver().getCurrentUrl();
    item.click();
    browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    browser.waitUntilReady();
  }

  /** Chooses the first suggestion with the keyboard (arrow down, enter) and waits for its page. */
  public void chooseFirstWithKeyboard() {
    WebElement input = browser.driver().findElement(SEARCH_INPUT);
    String before = browser.driver().getCurrentUrl();
    input.sendKeys(Keys.ARROW_DOWN);
    input.sendKeys(Keys.ENTER);
    browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    browser.waitUntilReady();
  }

  public boolean isEnglish() {
    return "en".equals(browser.language());
  }

  /** Switches the interface to English; the same page reloads. */
  public Header switchToEnglish() {
    browser.clickAndWaitForPage(browser.driver().findElement(TO_ENGLISH));
    return this;
  }

  /** Switches the interface to Dutch; the same page reloads. */
  public Header switchToDutch() {
    browser.clickAndWaitForPage(browser.driver().findElement(TO_DUTCH));
    return this;
  }

  /** Makes sure the interface is Dutch (the language is remembered on the account). */
  public Header ensureDutch() {
    if (!browser.driver().findElements(TO_DUTCH).isEmpty()) {
      switchToDutch();
    }
    return this;
  }

  /** Whether someone is logged in (the logout link is shown). */
  public boolean isLoggedIn() {
    return browser.isDisplayed(LOGOUT);
  }

  public LoginPage logout() {
    browser.clickAndWaitForPage(browser.driver().findElement(LOGOUT));
    return new LoginPage(browser);
  }
}
