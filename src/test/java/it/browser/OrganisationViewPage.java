package it.browser;

import org.openqa.selenium.By;

/** {@code /organisation/view.xhtml?id=…}: one profile. */
public final class OrganisationViewPage {

  public static final String PATH = "/organisation/view.xhtml";

  static final By EDIT = By.id("edit");
  static final By MESSAGES = By.id("messages");
  static final By NOTICES = By.cssSelector("#messages, #saved");
  static final By DESCRIPTION = By.cssSelector("main > p:nth-of-type(2)");
  static final By PROFILE = By.cssSelector("main dl.kp-profile");

  private final Browser browser;

  OrganisationViewPage(Browser browser) {
    this.browser = browser;
  }

  public static OrganisationViewPage open(Browser browser, String id) {
    browser.open(PATH + "?id=" + id);
    return new OrganisationViewPage(browser);
  }

  /** Whether the browser shows a profile page. */
  public boolean isShown() {
    return browser.path().endsWith(PATH) && browser.isDisplayed(PROFILE);
  }

  /** The organisation's id, from the address. */
  public String id() {
    return browser.queryParameter("id");
  }

  /** The organisation's name. */
  public String name() {
    return browser.heading();
  }

  public String description() {
    return browser.driver().findElement(DESCRIPTION).getText().strip();
  }

  /** The profile's facts (sector, address, municipality, …) as text. */
  public String profileText() {
    return browser.driver().findElement(PROFILE).getText();
  }

  /** The messages shown, e.g. "Het profiel is opgeslagen." after a save. */
  public String messages() {
    return browser.driver().findElements(NOTICES).stream()
        .map(e -> e.getText().strip())
        .filter(t -> !t.isEmpty())
        .collect(java.util.stream.Collectors.joining(" "));
  }

  public boolean mayEdit() {
    return browser.isDisplayed(EDIT);
  }

  public OrganisationEditPage edit() {
    browser.clickAndWaitForPage(browser.driver().findElement(EDIT));
    return new OrganisationEditPage(browser);
  }

  public Header header() {
    return new Header(browser);
  }
}
