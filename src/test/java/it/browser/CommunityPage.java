package it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /community/view.xhtml?id=…}: one community, joining it and answering requests. */
public final class CommunityPage {

  public static final String PATH = "/community/view.xhtml";

  static final By PURPOSE = By.id("purpose");
  static final By MEETS = By.id("meets");
  static final By RUN_BY = By.id("runBy");
  static final By OFFER = By.id("activities");
  static final By MEMBERS = By.id("memberTable");
  static final By NOTICE = By.id("done");
  static final By MESSAGES = By.id("messages");
  static final By JOIN_AS = By.id("join:memberId");
  static final By JOIN_MESSAGE = By.id("join:message");
  static final By ASK = By.id("join:ask");
  static final By REQUESTS = By.cssSelector("#requests .kp-request");

  private final Browser browser;

  CommunityPage(Browser browser) {
    this.browser = browser;
  }

  public static CommunityPage open(Browser browser, String id) {
    browser.open(PATH + "?id=" + id);
    return new CommunityPage(browser);
  }

  public String name() {
    return browser.heading();
  }

  public String purpose() {
    return text(PURPOSE);
  }

  public String meets() {
    return text(MEETS);
  }

  public String runBy() {
    return text(RUN_BY);
  }

  /** The date shown as "last reviewed". */
  public String lastReviewed() {
    return text(By.id("reviewed-date"));
  }

  public String offer() {
    return text(OFFER);
  }

  public String members() {
    return browser.driver().findElements(MEMBERS).isEmpty() ? "" : text(MEMBERS);
  }

  /** The notice after an action ("Uw aanvraag is verstuurd …") and any error messages. */
  public String notices() {
    return browser.driver().findElements(By.cssSelector("#done, #messages")).stream()
        .map(e -> e.getText().strip())
        .filter(t -> !t.isEmpty())
        .collect(java.util.stream.Collectors.joining(" "));
  }

  public boolean mayJoin() {
    return browser.isDisplayed(ASK);
  }

  /** Asks to join for the organisation or colleague {@code memberId}, with a message. */
  public CommunityPage askToJoin(String memberId, String message) {
    new Select(browser.driver().findElement(JOIN_AS)).selectByValue(memberId);
    browser.driver().findElement(JOIN_MESSAGE).sendKeys(message);
    browser.clickAndWaitForPage(browser.driver().findElement(ASK));
    return this;
  }

  /** The names of those waiting for an answer (owners only). */
  public List<String> requests() {
    return browser.driver().findElements(REQUESTS).stream()
        .map(r -> r.findElement(By.className("kp-request-name")).getText().strip())
        .toList();
  }

  /** Accepts the request of {@code name} with {@code role}. */
  public CommunityPage accept(String name, String role) {
    WebElement request = request(name);
    WebElement input = request.findElement(By.cssSelector("input[id$=':role']"));
    input.clear();
    input.sendKeys(role);
    browser.clickAndWaitForPage(request.findElement(By.cssSelector("button[id$=':accept']")));
    return this;
  }

  private WebElement request(String name) {
    return browser.driver().findElements(REQUESTS).stream()
        .filter(r -> r.findElement(By.className("kp-request-name")).getText().strip().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no request of " + name + ": " + requests()));
  }

  private String text(By by) {
    return browser.driver().findElement(by).getText().strip();
  }
}
