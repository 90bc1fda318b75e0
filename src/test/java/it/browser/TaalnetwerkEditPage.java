package it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /taalnetwerk/edit.xhtml}: a taalnetwerk's profile, municipalities, Taalhuis, members. */
public final class TaalnetwerkEditPage {

  static final By NEW_MEMBER = By.id("edit:newMember_input");
  static final By ADD_MEMBER = By.id("edit:addMember");
  static final By SAVE = By.id("edit:save");

  private final Browser browser;

  public static TaalnetwerkEditPage openNew(Browser browser) {
    browser.open("/taalnetwerk/edit.xhtml");
    return new TaalnetwerkEditPage(browser);
  }

  /** Types part of a municipality name, picks the suggestion {@code label} and adds it. */
  public TaalnetwerkEditPage addMunicipality(String typed, String label) {
    By input = By.id("edit:municipality_input");
    browser.driver().findElement(input).sendKeys(typed);
    By item =
        By.xpath(
            "//*[@id='edit:municipality_panel']//li[contains(@class,'ui-autocomplete-item')"
                + " and normalize-space(.)='"
                + label
                + "']");
    browser.waitUntil(d -> d.findElement(item).isDisplayed());
    browser.driver().findElement(item).click();
    browser.waitUntil(d -> label.equals(d.findElement(input).getDomProperty("value")));
    browser.clickAndWaitForPage(browser.driver().findElement(By.id("edit:addMunicipality")));
    return this;
  }

  /** Chooses the first branch offered as the Taalhuis, in the given phase (its code). */
  public TaalnetwerkEditPage taalhuis(String phase) {
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("edit:branch")))
        .selectByIndex(1);
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("edit:phase")))
        .selectByValue(phase);
    return this;
  }

  public static TaalnetwerkEditPage open(Browser browser, String id) {
    browser.open("/taalnetwerk/edit.xhtml?id=" + id);
    return new TaalnetwerkEditPage(browser);
  }

  TaalnetwerkEditPage(Browser browser) {
    this.browser = browser;
  }

  /**
   * Types part of an organisation's name, picks the suggestion starting with {@code name}, ticks
   * {@code role} and adds the member to the page (not yet saved).
   */
  public TaalnetwerkEditPage addMember(String typed, String name, String role) {
    WebElement input = browser.driver().findElement(NEW_MEMBER);
    input.clear();
    input.sendKeys(typed);
    By item =
        By.xpath(
            "//*[@id='edit:newMember_panel']//li[contains(@class,'ui-autocomplete-item')"
                + " and starts-with(normalize-space(.),'"
                + name
                + "')]");
    browser.waitUntil(d -> d.findElement(item).isDisplayed());
    browser.driver().findElement(item).click();
    browser.waitUntil(d -> d.findElement(NEW_MEMBER).getDomProperty("value").startsWith(name));
    browser
        .driver()
        .findElement(By.cssSelector("input[name='edit:newRoles'][value='" + role + "']"))
        .click();
    browser.clickAndWaitForPage(browser.driver().findElement(ADD_MEMBER));
    return this;
  }

  public TaalnetwerkEditPage name(String name) {
    WebElement input = browser.driver().findElement(By.id("edit:name"));
    input.clear();
    input.sendKeys(name);
    return this;
  }

  /** Saves when the save is expected to be refused: the page stays, with its messages. */
  public TaalnetwerkEditPage saveRefused() {
    browser.clickAndWaitForPage(browser.driver().findElement(SAVE));
    return this;
  }

  public String messages() {
    return browser.driver().findElements(By.id("edit:messages")).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  /** The names of the members listed on the page. */
  public String members() {
    return browser.driver().findElements(By.id("memberTable")).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  /** Saves; lands on the taalnetwerk page when it worked. */
  public TaalnetwerkPage save() {
    browser.clickAndWaitForPage(browser.driver().findElement(SAVE));
    return new TaalnetwerkPage(browser);
  }
}
