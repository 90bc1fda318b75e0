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
  static final By SEARCH_HIGHLIGHTED =
      By.cssSelector("[id='search:q_panel'] .ui-autocomplete-item.ui-state-highlight");
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

  /** Whether the global search box is shown (only to someone logged in). */
  public boolean hasSearch() {
    return browser.isDisplayed(SEARCH_INPUT);
  }

  /** Types {@code text} into the global search and waits for the suggestions. */
  public Header search(String text) {
    if (!hasSearch()) {
      throw new AssertionError(
          "The header of " + browser.driver().getCurrentUrl() + " has no search box");
    }
    WebElement input = browser.waitUntil(ExpectedConditions.elementToBeClickable(SEARCH_INPUT));
    input.clear();
    input.sendKeys(text);
    browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(SEARCH_PANEL));
    browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(SEARCH_ITEMS));
    return this;
  }

  /** The full texts of the suggestions shown (name, type, place). */
  public List<String> suggestions() {
    return browser.driver().findElements(SEARCH_ITEMS).stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.getText().strip())
        .toList();
  }

  /** Clicks the suggestion called {@code label} and waits for its page. */
  public void choose(String label) {
    WebElement item = suggestion(label);
    String before = browser.driver().getCurrentUrl();
    item.click();
    browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    browser.waitUntilReady();
    browser.failOnErrorPage();
  }

  /**
   * Chooses the suggestion called {@code label} with the keyboard only: arrow down until it is
   * highlighted, then enter; waits for its page.
   */
  public void chooseWithKeyboard(String label) {
    suggestion(label);
    WebElement input = browser.driver().findElement(SEARCH_INPUT);
    String before = browser.driver().getCurrentUrl();
    int items = browser.driver().findElements(SEARCH_ITEMS).size();
    for (int i = 0; i <= items && !label.equals(highlighted()); i++) {
      input.sendKeys(Keys.ARROW_DOWN);
    }
    if (!label.equals(highlighted())) {
      throw new AssertionError(
          "Cannot reach '" + label + "' with the arrow keys in " + suggestions());
    }
    input.sendKeys(Keys.ENTER);
    browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlToBe(before)));
    browser.waitUntilReady();
    browser.failOnErrorPage();
  }

  /** Waits for the suggestion called {@code label}. */
  private WebElement suggestion(String label) {
    return browser
        .await()
        .withMessage(() -> "no suggestion called '" + label + "' in " + suggestions())
        .until(d ->
            d.findElements(SEARCH_ITEMS).stream()
                .filter(WebElement::isDisplayed)
                .filter(e -> label.equals(name(e)))
                .findFirst()
                .orElse(null));
  }

  /** The name of the highlighted suggestion, or "". */
  public String highlighted() {
    return browser.driver().findElements(SEARCH_HIGHLIGHTED).stream()
        .filter(WebElement::isDisplayed)
        .map(Header::name)
        .findFirst()
        .orElse("");
  }

  /** The names of the suggestions shown (without their type and place). */
  public List<String> suggestionNames() {
    return browser.driver().findElements(SEARCH_ITEMS).stream()
        .filter(WebElement::isDisplayed)
        .map(Header::name)
        .toList();
  }

  /** A suggestion's name: its first column, or all its text when it has no columns. */
  private static String name(WebElement item) {
    List<WebElement> cells = item.findElements(By.tagName("td"));
    return (cells.isEmpty() ? item : cells.get(0)).getText().strip();
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
