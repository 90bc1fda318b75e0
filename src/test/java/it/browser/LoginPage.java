package it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /login.xhtml}. */
public final class LoginPage {

  public static final String PATH = "/login.xhtml";

  static final By USERNAME = By.id("login:username");
  static final By PASSWORD = By.id("login:password");
  static final By SUBMIT = By.id("login:submit");
  static final By MESSAGES = By.id("login:messages");

  private final Browser browser;

  LoginPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens the login page (anonymous). */
  public static LoginPage open(Browser browser) {
    browser.open(PATH);
    return new LoginPage(browser);
  }

  /** Logs in as a demo account and lands on the home page, in Dutch. */
  public static HomePage logInAs(Browser browser, DemoAccount account) {
    HomePage home = open(browser).logIn(account.username(), DemoAccount.PASSWORD);
    home.header().ensureDutch();
    return home;
  }

  /** Submits credentials that are expected to work. */
  public HomePage logIn(String username, String password) {
    submit(username, password);
    browser.waitUntil(d -> browser.path().endsWith("/index.xhtml"));
    return new HomePage(browser);
  }

  /** Submits credentials that are expected to be refused; stays on this page. */
  public LoginPage logInExpectingRefusal(String username, String password) {
    submit(username, password);
    return this;
  }

  private void submit(String username, String password) {
    WebElement user = browser.driver().findElement(USERNAME);
    user.clear();
    user.sendKeys(username);
    WebElement pass = browser.driver().findElement(PASSWORD);
    pass.clear();
    pass.sendKeys(password);
    browser.clickAndWaitForPage(browser.driver().findElement(SUBMIT));
  }

  /** Whether the browser shows the login form. */
  public boolean isShown() {
    return browser.path().endsWith(PATH) && browser.isDisplayed(USERNAME);
  }

  /** The text of the messages area. */
  public String messages() {
    return browser.driver().findElement(MESSAGES).getText().strip();
  }

  public Header header() {
    return new Header(browser);
  }
}
