package it.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** {@code /index.xhtml}: the welcome page with the counts. */
public final class HomePage {

  public static final String PATH = "/index.xhtml";

  private static final Pattern MUNICIPALITIES =
      Pattern.compile("(?:Gemeenten|Municipalities): (\\d+)");

  private final Browser browser;

  HomePage(Browser browser) {
    this.browser = browser;
  }

  public static HomePage open(Browser browser) {
    browser.open(PATH);
    return new HomePage(browser);
  }

  public boolean isShown() {
    return browser.path().endsWith(PATH);
  }

  public String heading() {
    return browser.heading();
  }

  /** The number of municipalities on the page, or -1 when it is not shown. */
  public int municipalityCount() {
    String text = browser.driver().findElement(By.cssSelector("main .kp-stats")).getText();
    Matcher m = MUNICIPALITIES.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  public Header header() {
    return new Header(browser);
  }
}
