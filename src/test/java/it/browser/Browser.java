package it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test: starts it with a throw-away profile, knows the application's
 * base URL, and waits the way the pages need (full page loads, PrimeFaces AJAX). Close it when
 * done; closing quits the driver and removes the profile.
 */
public final class Browser implements AutoCloseable {

  /** The longest any wait in these tests takes before it fails. */
  public static final Duration TIMEOUT = Duration.ofSeconds(15);

  /**
   * The tests use no DevTools protocol, so Selenium's warning that it has no CDP binding for this
   * Chromium version is noise; kept in a field so the logger's level is not garbage collected.
   */
  private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  static {
    CDP_LOG.setLevel(Level.SEVERE);
  }

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  /** The message on the application's error page ({@code <p role="alert">} in main). */
  static final By ERROR_MESSAGE = By.cssSelector("main p[role='alert']");

  private final ChromeDriver driver;
  private final Path profile;
  private final String baseUrl;

  private Browser(ChromeDriver driver, Path profile, String baseUrl) {
    this.driver = driver;
    this.profile = profile;
    this.baseUrl = baseUrl;
  }

  /** The application under test, without a trailing slash; from {@code knooppunt.it.baseUrl}. */
  public static String baseUrl() {
    String url = System.getProperty("knooppunt.it.baseUrl", "http://localhost:9080");
    if (url.isBlank()) {
      url = "http://localhost:9080";
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Starts a fresh headless Chromium. */
  public static Browser start() {
    if (System.getProperty("webdriver.chrome.driver") == null) {
      // With the driver given, Selenium Manager never tries to download one.
      System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("knooppunt-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    try {
      ChromeDriver driver = new ChromeDriver(options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      return new Browser(driver, profile, baseUrl());
    } catch (RuntimeException e) {
      deleteQuietly(profile);
      throw e;
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Loads {@code path} (starting with "/") of the application and waits until it is ready. Fails
   * when the application answers with its error page.
   */
  public void open(String path) {
    openAllowingError(path);
    failOnErrorPage();
  }

  /** Loads {@code path} like {@link #open}, but the error page is a fine answer. */
  public void openAllowingError(String path) {
    driver.get(baseUrl + path);
    waitUntilReady();
  }

  /** A wait of at most {@link #TIMEOUT}. */
  public WebDriverWait await() {
    return new WebDriverWait(driver, TIMEOUT);
  }

  public <T> T waitUntil(ExpectedCondition<T> condition) {
    return await().until(condition);
  }

  /** Waits until the document has loaded and no jQuery (PrimeFaces) request is running. */
  public void waitUntilReady() {
    await()
        .until(d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.jQuery || jQuery.active === 0);")));
  }

  /**
   * Clicks something that loads a new page (a full form submit, a link, a redirect) and waits until
   * the new page has replaced this one and is ready.
   */
  public void clickAndWaitForPage(WebElement element) {
    WebElement html = driver.findElement(By.tagName("html"));
    element.click();
    waitUntil(d -> gone(html));
    waitUntilReady();
    failOnErrorPage();
  }

  /**
   * Whether {@code element} left the document. Besides the usual stale-element answer, Chromium
   * sometimes answers "Node with given id does not belong to the document" (an unknown error) for
   * an element of the page being replaced; both mean the old page is gone.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("does not belong to the document")
          || message.contains("No node with given id")) {
        return true;
      }
      throw e;
    }
  }

  /** The HTTP status of the current page's document (0 when the browser does not know it). */
  public long httpStatus() {
    Object status =
        driver.executeScript(
            "var n = performance.getEntriesByType('navigation');"
                + " return n.length ? n[0].responseStatus : 0;");
    return status instanceof Number n ? n.longValue() : 0;
  }

  /** Whether the browser shows the application's error page ({@code /error.xhtml}). */
  public boolean showsErrorPage() {
    return !driver.findElements(ERROR_MESSAGE).isEmpty();
  }

  /** The text of the error page's message, or "" when it is not the error page. */
  public String errorMessage() {
    return driver.findElements(ERROR_MESSAGE).stream()
        .map(e -> e.getText().strip())
        .findFirst()
        .orElse("");
  }

  /** Fails with the address, status and message when the application showed its error page. */
  public void failOnErrorPage() {
    if (showsErrorPage()) {
      throw new AssertionError(
          "The application answered "
              + driver.getCurrentUrl()
              + " with its error page (HTTP "
              + httpStatus()
              + "): "
              + errorMessage());
    }
  }

  /** The path of the current page, e.g. {@code /organisation/view.xhtml}. */
  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  /** The value of query parameter {@code name} of the current page, or null. */
  public String queryParameter(String name) {
    String query = URI.create(driver.getCurrentUrl()).getQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(
            pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** The text of the page's single h1. */
  public String heading() {
    return driver.findElement(By.cssSelector("main h1")).getText().strip();
  }

  /** The language the page declares ({@code <html lang>}). */
  public String language() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /** Whether an element with this id is on the page and displayed. */
  public boolean isDisplayed(By by) {
    return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
  }

  /** Forgets the session (log out without the page), so the next page starts anonymous. */
  public void forgetSession() {
    driver.manage().deleteAllCookies();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A leftover temporary directory is not worth failing a test for.
    }
  }
}
