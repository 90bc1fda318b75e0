package it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /signup/queue.xhtml}: the approval queue of an admin or librarian. */
public final class SignupQueuePage {

  public static final String PATH = "/signup/queue.xhtml";

  static final By ROWS = By.cssSelector("[id='queue:table'] tbody tr");
  static final By MESSAGES = By.id("messages");
  static final By REASON = By.id("reject:reason");
  static final By CONFIRM_REJECT = By.id("reject:confirmReject");

  private final Browser browser;

  SignupQueuePage(Browser browser) {
    this.browser = browser;
  }

  public static SignupQueuePage open(Browser browser) {
    browser.open(PATH);
    return new SignupQueuePage(browser);
  }

  /** Whether a waiting request for the organisation {@code name} is listed. */
  public boolean lists(String name) {
    return row(name) != null;
  }

  /** Approves the request of {@code name}; the queue comes back with a message. */
  public SignupQueuePage approve(String name) {
    WebElement row = row(name);
    browser.clickAndWaitForPage(row.findElement(By.cssSelector("button[id$=':approve']")));
    return this;
  }

  /** Rejects the request of {@code name} with {@code reason} (two steps on the page). */
  public SignupQueuePage reject(String name, String reason) {
    WebElement row = row(name);
    browser.clickAndWaitForPage(row.findElement(By.cssSelector("button[id$=':startReject']")));
    browser.driver().findElement(REASON).sendKeys(reason);
    browser.clickAndWaitForPage(browser.driver().findElement(CONFIRM_REJECT));
    return this;
  }

  public String messages() {
    return browser.driver().findElements(MESSAGES).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  private WebElement row(String name) {
    for (WebElement row : browser.driver().findElements(ROWS)) {
      if (!row.findElements(By.cssSelector(".kp-request-name")).isEmpty()
          && name.equals(row.findElement(By.cssSelector(".kp-request-name")).getText().strip())) {
        return row;
      }
    }
    return null;
  }
}
