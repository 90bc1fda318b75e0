package it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /community/edit.xhtml}: a community's profile and, once it exists, its offer. */
public final class CommunityEditPage {

  public static final String PATH = "/community/edit.xhtml";

  static final By NAME = By.id("edit:name");
  static final By DESCRIPTION = By.id("edit:description");
  static final By SCHEDULE = By.id("edit:schedule");
  static final By BRANCH = By.id("edit:branch");
  static final By SAVE = By.id("edit:save");
  static final By MESSAGES = By.id("edit:messages");
  static final By ACTIVITY_NAME = By.id("activity:activityName");
  static final By ACTIVITY_FROM = By.id("activity:from");
  static final By ACTIVITY_UNTIL = By.id("activity:until");
  static final By ACTIVITY_TOPIC = By.id("activity:activityTopic");
  static final By SAVE_ACTIVITY = By.id("activity:saveActivity");

  private final Browser browser;

  CommunityEditPage(Browser browser) {
    this.browser = browser;
  }

  /** A new community for the user's own organisation. */
  public static CommunityEditPage openNew(Browser browser) {
    browser.open(PATH);
    return new CommunityEditPage(browser);
  }

  public static CommunityEditPage open(Browser browser, String id) {
    browser.open(PATH + "?id=" + id);
    return new CommunityEditPage(browser);
  }

  public CommunityEditPage fill(String name, String purpose, String schedule) {
    type(NAME, name);
    type(DESCRIPTION, purpose);
    type(SCHEDULE, schedule);
    return this;
  }

  /** Chooses the first branch offered; returns its label. */
  public String chooseFirstBranch() {
    Select select = new Select(browser.driver().findElement(BRANCH));
    select.selectByIndex(1);
    return select.getFirstSelectedOption().getText();
  }

  /** Ticks a topic or target group checkbox by its code. */
  public CommunityEditPage tick(String code) {
    browser
        .driver()
        .findElement(By.cssSelector("input[type=checkbox][value='" + code + "']"))
        .click();
    return this;
  }

  /** Saves; lands on the community page when it worked, stays here when refused. */
  public void save() {
    browser.clickAndWaitForPage(browser.driver().findElement(SAVE));
  }

  public String messages() {
    return browser.driver().findElements(MESSAGES).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  public CommunityEditPage addActivity(String name, String from, String until, String topicId) {
    type(ACTIVITY_NAME, name);
    type(ACTIVITY_FROM, from);
    type(ACTIVITY_UNTIL, until);
    new Select(browser.driver().findElement(ACTIVITY_TOPIC)).selectByValue(topicId);
    browser.clickAndWaitForPage(browser.driver().findElement(SAVE_ACTIVITY));
    return this;
  }

  public String notice() {
    return browser.driver().findElements(By.id("done")).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  private void type(By by, String text) {
    WebElement e = browser.driver().findElement(by);
    e.clear();
    e.sendKeys(text);
  }
}
