package it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /signup/register.xhtml}: a partner signs itself up (no log-in). */
public final class SignupPage {

  public static final String PATH = "/signup/register.xhtml";

  static final By NAME = By.id("signup:name");
  static final By NUMBER = By.id("signup:registrationNumber");
  static final By SECTOR = By.id("signup:sector");
  static final By MUNICIPALITY = By.id("signup:municipality_input");
  static final By STREET = By.id("signup:street");
  static final By EMAIL = By.id("signup:email");
  static final By DISPLAY_NAME = By.id("signup:displayName");
  static final By CONTACT_EMAIL = By.id("signup:contactEmail");
  static final By USERNAME = By.id("signup:username");
  static final By PASSWORD = By.id("signup:password");
  static final By SUBMIT = By.id("signup:submit");
  static final By MESSAGES = By.id("signup:messages");
  static final By DONE = By.id("signup:done");

  private final Browser browser;

  SignupPage(Browser browser) {
    this.browser = browser;
  }

  public static SignupPage open(Browser browser) {
    browser.open(PATH);
    return new SignupPage(browser);
  }

  /** Fills in the organisation (a bare municipality code) and its contact's account. */
  public SignupPage fill(
      String name, String number, String municipalityCode, String username, String password) {
    type(NAME, name);
    type(NUMBER, number);
    new Select(browser.driver().findElement(SECTOR)).selectByValue("welzijn");
    type(MUNICIPALITY, municipalityCode);
    type(STREET, "Browserstraat 1");
    type(EMAIL, "info@browser.example");
    type(DISPLAY_NAME, "Contact " + username);
    type(CONTACT_EMAIL, username + "@browser.example");
    type(USERNAME, username);
    type(PASSWORD, password);
    return this;
  }

  /** Sends the form; the same page comes back with a confirmation or messages. */
  public SignupPage submit() {
    browser.clickAndWaitForPage(browser.driver().findElement(SUBMIT));
    return this;
  }

  public boolean isDone() {
    return browser.isDisplayed(DONE);
  }

  public String messages() {
    return browser.driver().findElements(MESSAGES).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  private void type(By field, String value) {
    WebElement e = browser.driver().findElement(field);
    e.clear();
    e.sendKeys(value);
  }
}
