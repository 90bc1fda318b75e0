package it.browser;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** {@code /exchange/import.xhtml}: upload, dry run, start, progress and report. */
public final class ImportPage {

  public static final String PATH = "/exchange/import.xhtml";

  static final By FILE = By.id("upload:file");
  static final By DRY_RUN = By.id("upload:dryRun");
  static final By START = By.id("upload:start");
  static final By COUNTS = By.id("counts");
  static final By REFUSAL = By.id("refusal");
  static final By STATUS = By.id("status");
  static final By REPORT = By.id("report");
  static final By PROBLEM_ROWS = By.cssSelector("[id$='problems_data'] tr");

  private final Browser browser;

  ImportPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens the upload form. */
  public static ImportPage open(Browser browser) {
    browser.open(PATH);
    return new ImportPage(browser);
  }

  /** Opens a job's progress or report, as a reload of its address does. */
  public static ImportPage job(Browser browser, String jobId) {
    browser.open(PATH + "?job=" + jobId);
    return new ImportPage(browser);
  }

  /** Chooses {@code file} and asks for its dry run; the page comes back with the preview. */
  public ImportPage dryRun(Path file) {
    browser.driver().findElement(FILE).sendKeys(file.toAbsolutePath().toString());
    browser.clickAndWaitForPage(browser.driver().findElement(DRY_RUN));
    return this;
  }

  /** Chooses several files at once (the input is {@code multiple}) and asks for their dry run. */
  public ImportPage dryRun(List<Path> files) {
    browser
        .driver()
        .findElement(FILE)
        .sendKeys(
            String.join("\n", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
    browser.clickAndWaitForPage(browser.driver().findElement(DRY_RUN));
    return this;
  }

  /** The line naming the file of the dry run and its format. */
  public String chosenFile() {
    return browser.driver().findElement(By.id("chosenFile")).getText();
  }

  public String counts() {
    return browser.driver().findElement(COUNTS).getText();
  }

  public String refusal() {
    return browser.isDisplayed(REFUSAL) ? browser.driver().findElement(REFUSAL).getText() : "";
  }

  public boolean isStartable() {
    return !browser.driver().findElements(START).isEmpty();
  }

  /** The problems table's rows as "line: message". */
  public List<String> problems() {
    return browser.driver().findElements(PROBLEM_ROWS).stream()
        .map(tr -> tr.findElements(By.tagName("td")))
        .filter(cells -> cells.size() >= 2)
        .map(cells -> cells.get(0).getText() + ": " + cells.get(1).getText())
        .toList();
  }

  /** Starts the previewed import; lands on the job's address. */
  public ImportPage start() {
    WebElement start = browser.driver().findElement(START);
    browser.clickAndWaitForPage(start);
    browser.waitUntil(d -> browser.queryParameter("job") != null);
    return this;
  }

  public String jobId() {
    return browser.queryParameter("job");
  }

  /** Waits until the polled progress says the job finished (done). */
  public ImportPage awaitDone() {
    browser.waitUntil(d -> status().endsWith("klaar"));
    return this;
  }

  public String status() {
    return browser.driver().findElement(STATUS).getText();
  }

  public String report() {
    return browser.driver().findElement(REPORT).getText();
  }
}
